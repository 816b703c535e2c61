// A loop bounded by a.length while the body shrinks or grows the array: the bound must be
// re-read each iteration (no hoisting of a.length out of the loop).
function shrinkSum(a) {
  var s = 0;
  for (var i = 0; i < a.length; i++) {
    s += a[i];
    if (a[i] % 2 === 0) a.pop();
  }
  return s + ":" + a.length;
}
function growSum(a, limit) {
  var s = 0;
  for (var i = 0; i < a.length; i++) {
    s += a[i];
    if (a.length < limit) a.push(a[i] + 1);
  }
  return s + ":" + a.length;
}
var r;
for (var k = 0; k < 1100; k++) r = shrinkSum([1, 3, 5, 7, 9, 11]);
console.log(r);
console.log(shrinkSum([1, 2, 3, 4, 5, 6, 7, 8]), shrinkSum([2, 4, 6, 8]));
for (var k = 0; k < 1100; k++) r = growSum([1], 1);
console.log(r, growSum([1], 10), growSum([5, 5], 7));
