// Array.prototype.sort with comparator functions on numbers, strings and records.
function makeData(n, seed) {
  var a = [];
  for (var i = 0; i < n; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    a.push(seed % 100000);
  }
  return a;
}
function run() {
  var checksum = 0;
  for (var round = 0; round < 10; round++) {
    var nums = makeData(20000, 42 + round);
    nums.sort(function (a, b) { return a - b; });
    var recs = [];
    for (var i = 0; i < 8000; i++) recs.push({ key: nums[(i * 7919) % nums.length] % 100, name: 'r' + ((i * 31) % 1000), idx: i });
    recs.sort(function (a, b) { return a.key - b.key || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0); });
    var strs = [];
    for (var j = 0; j < 5000; j++) strs.push('s' + nums[j * 3]);
    strs.sort(function (a, b) { return a < b ? -1 : a > b ? 1 : 0; });
    var desc = nums.slice(0, 5000).sort(function (a, b) { return b - a; });
    checksum = (checksum + nums[0] + nums[nums.length - 1] + nums[10000] + recs[0].idx + recs[7999].idx + recs[4000].key + strs[0].length + strs[4999].charCodeAt(1) + desc[0] + desc[4999]) % 1000000007;
  }
  return checksum;
}
