// Closures in hot code: a captured counter mutated by the closure and by its creator;
// the optimized closure must read the context slot each time, not a cached value.
function makeCounter(start) {
  var n = start;
  function inc(by) { n += by; return n; }
  function reset() { n = start; }
  return { inc: inc, reset: reset, peek: function () { return n; } };
}
var c = makeCounter(10);
var s = 0;
for (var i = 0; i < 2000; i++) s += c.inc(1);
console.log(s, c.peek());
c.reset();
console.log(c.peek(), c.inc(0.5), c.inc("x"), c.peek());
var d = makeCounter(0);
for (var i = 0; i < 2000; i++) { d.inc(2); if (i % 500 === 0) d.reset(); }
console.log(d.peek(), c.peek());
