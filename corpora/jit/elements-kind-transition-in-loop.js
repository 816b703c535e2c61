// The elements kind changes inside the hot loop itself: a store of a double into an int
// array half-way through, then of a string; reads in the same loop must see the new kinds.
function run(n, at, v) {
  var a = [];
  for (var i = 0; i < n; i++) a.push(i);
  var s = 0;
  for (var i = 0; i < n; i++) {
    if (i === at) a[i + 1] = v;
    s += a[i];
  }
  return s;
}
var r = 0;
for (var k = 0; k < 1100; k++) r += run(50, -1, 0);
console.log(r);
console.log(run(10, 3, 0.5));
console.log(run(10, 3, "x"));
console.log(run(10, 8, null));
console.log(run(10, 9, 1.5));
for (var k = 0; k < 40; k++) r = run(20, k % 20, 0.25);
console.log(r);
