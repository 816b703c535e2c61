// Flags: --inject load-elimination.call-does-not-kill
// Expect-Phase: load-elimination
// Expect-Rule: reuse-earlier-load
// The callee is not inlined (it has a try/catch); it clears the field the caller read.
function clear(o) {
  try { o.count = 0; } catch (e) { }
}
function drain(o) {
  const taken = o.count;
  clear(o);
  return taken * 10 + o.count;
}
let total = 0;
for (let i = 0; i < 3000; i++) total += drain({ count: i % 7 });
console.log(total);
