// Scheduling of pure values: computations defined in one branch arm and used after the
// merge through a phi, values defined before a loop and used only inside it, and values
// used only on the loop exit path.
function f(x, n) {
  var pre = x * 3 + 1;
  var onlyExit = x * x - 2;
  var v;
  if (x > 10) v = pre + 5; else v = pre - 5;
  var s = 0;
  for (var i = 0; i < n; i++) s += pre + i;
  if (s > 1000) return onlyExit + v;
  return s + v;
}
var t = 0;
for (var r = 0; r < 2000; r++) t += f(r % 23, r % 13);
console.log(t);
console.log(f(11, 5), f(10, 5), f(100, 20), f(0, 0), f(-1, 3), f(0.5, 2), f(11, 0));
