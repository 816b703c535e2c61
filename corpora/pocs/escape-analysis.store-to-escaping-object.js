// Flags: --allow-natives-syntax --inject escape-analysis.store-to-escaping-object
// Expect-Phase: escape-analysis
// Expect-Rule: materialize-at-escaping-store
// The box stored into the holder is the same object that is updated afterwards.
function attach(holder, v) {
  var box = {value: v};
  holder.box = box;
  box.value = v * 2;
}
var h = {box: null};
%PrepareFunctionForOptimization(attach);
attach(h, 1);
attach(h, 2);
%OptimizeFunctionOnNextCall(attach);
attach(h, 5);
console.log(h.box.value);
