// try/catch around a hot call and inside a hot function: an exception thrown from
// optimized code (or after a deopt) must reach the right handler with the right state.
function risky(x) { if (x === 13) throw new Error("bad " + x); return x * 2; }
function safe(x) { try { return risky(x); } catch (e) { return e.message; } }
var s = 0;
for (var i = 0; i < 2000; i++) { var r = safe(i % 20); if (typeof r === "number") s += r; }
console.log(s, safe(13), safe(12));
var caught = 0;
for (var i = 0; i < 2000; i++) { try { risky(i % 20); } catch (e) { caught++; } }
console.log(caught);
function sumUntilThrow(arr) {
  var s = 0;
  try { for (var i = 0; i < arr.length; i++) s += arr[i].v; }
  catch (e) { return "threw at " + i + " with " + s; }
  return s;
}
for (var r = 0; r < 1200; r++) sumUntilThrow([{ v: 1 }, { v: 2 }]);
console.log(sumUntilThrow([{ v: 1 }, { v: 2 }]), sumUntilThrow([{ v: 1 }, null, { v: 3 }]));
