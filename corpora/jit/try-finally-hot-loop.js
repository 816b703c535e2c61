// try/finally in hot code: finally runs on normal exit, on return, on break/continue and
// on throw; counters updated in finally must be exact.
var fin = 0;
function f(x) {
  try {
    if (x < 0) throw x;
    if (x === 0) return "zero";
    return x + 1;
  } finally {
    fin++;
  }
}
var s = 0;
for (var i = 0; i < 2000; i++) { try { var r = f(i % 10 - 1); if (typeof r === "number") s += r; } catch (e) { s -= 1000; } }
console.log(s, fin);
function loop(n) {
  var log = 0;
  for (var i = 0; i < n; i++) {
    try { if (i % 3 === 0) continue; if (i === 7) break; log += i; }
    finally { log += 100; }
  }
  return log;
}
for (var r = 0; r < 1200; r++) loop(5);
console.log(loop(5), loop(10), loop(0));
