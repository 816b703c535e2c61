// An elements-kind check hoisted or deduplicated across a builtin call that changes the
// array's kind inside the loop (fill with a double, then with a string): each later
// element load must use the new kind.
function walk(a, at) {
  var s = 0;
  for (var i = 0; i < a.length; i++) {
    s += a[i];
    if (i === at) a.fill(0.5, i + 1);
    if (i === at + 2) a.fill("x", i + 1, i + 2);
  }
  return s;
}
var t = 0;
for (var r = 0; r < 1500; r++) t += walk([1, 2, 3, 4, 5, 6, 7, 8], r % 10);
console.log(t);
console.log(walk([1, 2, 3, 4, 5, 6, 7, 8], 0), walk([1, 2, 3, 4, 5, 6, 7, 8], 3));
console.log(walk([1, 2, 3, 4, 5, 6, 7, 8], 6), walk([1, 2, 3], 9), walk([], 0));
