// Map-based hash-map workload: string and integer keys, get/set/has/delete, iteration.
function work(salt) {
  var m = new Map();
  var checksum = 0;
  for (var i = 0; i < 60000; i++) {
    var key = 'k' + ((i + salt) % 5000);
    var v = m.get(key);
    m.set(key, v === undefined ? 1 : v + 1);
  }
  var ints = new Map();
  for (var j = 0; j < 60000; j++) {
    var ik = (j * 7919) % 20011;
    ints.set(ik, (ints.get(ik) || 0) + j);
    if (j % 3 === 0) ints.delete((j * 31) % 20011);
  }
  var hits = 0;
  for (var q = 0; q < 40000; q++) if (ints.has(q)) hits++;
  m.forEach(function (value, key) { checksum = (checksum + value * key.length) | 0; });
  var it = ints.entries(), e;
  while (!(e = it.next()).done) checksum = (checksum + e.value[0] * 3 + e.value[1]) | 0;
  return checksum + '/' + m.size + '/' + ints.size + '/' + hits;
}
function run() {
  var out = '';
  for (var r = 0; r < 9; r++) out = work(r * 17);
  return out;
}
