// Flags: --allow-natives-syntax --inject scheduling.ignores-effect-order
// Expect-Phase: scheduling
// The second read of o.x must come after the store through p (the same object here).
function f(o, p, v) {
  const a = o.x;
  p.x = v;
  return a + o.x;
}
%PrepareFunctionForOptimization(f);
console.log(f({ x: 1 }, { x: 2 }, 3));
console.log(f({ x: 1 }, { x: 2 }, 3));
%OptimizeFunctionOnNextCall(f);
const o = { x: 1 };
console.log(f(o, o, 5));
