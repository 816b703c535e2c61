// Flags: --allow-natives-syntax --inject gvn.load-ignores-effects
// Expect-Phase: gvn
// Expect-Rule: merge-equivalent-value
// A field read after a store to it sees the stored value.
function f(o) {
  var before = o.x;
  o.x = before + 10;
  var after = o.x;
  return before + ":" + after;
}
%PrepareFunctionForOptimization(f);
f({x: 1});
f({x: 2});
%OptimizeFunctionOnNextCall(f);
console.log(f({x: 5}));
