// A deopt in the middle of a loop in an optimized function must resume with every local
// (loop counter, partial sums, a string being built) exactly as it was at that iteration.
function walk(a) {
  var sum = 0, str = "", cnt = 0, prod = 1;
  for (var i = 0; i < a.length; i++) {
    var v = a[i];
    sum += v;
    prod = (prod * 3 + i) % 1000;
    str += i % 4 === 0 ? "." : "";
    cnt++;
  }
  return [sum, str, cnt, prod, i].join("|");
}
var ints = [];
for (var i = 0; i < 24; i++) ints.push(i);
for (var r = 0; r < 1200; r++) walk(ints);
console.log(walk(ints));
var mid = ints.slice();
mid[11] = 0.5;
console.log(walk(mid));
var str = ints.slice();
str[18] = "s";
console.log(walk(str));
var late = ints.slice();
late[23] = { valueOf: function () { return 1000; } };
console.log(walk(late));
