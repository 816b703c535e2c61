// Flags: --allow-natives-syntax
// Object literals that never leave their function are scalar-replaced by escape analysis;
// each function then deoptimizes (a failed type guard, %DeoptimizeNow, a literal whose
// property value changes type) and the interpreter must see the objects with the field
// values they had at that point.
function point(a, b, stop) {
  var o = {x: a, y: b};
  var s = o.x + o.y;
  if (stop) %DeoptimizeNow();
  return s + o.x * o.y;
}
%PrepareFunctionForOptimization(point);
point(1, 2, false); point(3, 4, false);
%OptimizeFunctionOnNextCall(point);
print(point(5, 6, false), point(7, 8, true));

function guarded(a, b) {
  var o = {x: a, y: b};
  var s = o.x + 1;
  print("guarded", o.x, o.y, s);
  return s + o.y;
}
%PrepareFunctionForOptimization(guarded);
guarded(1, 2); guarded(3, 4);
%OptimizeFunctionOnNextCall(guarded);
print(guarded(5, 6));
print(guarded("five", 6));
print(guarded(2.5, 6));

function halfBuilt(a, b) {
  var o = {x: a, y: b + 1, z: 3};
  return o;
}
%PrepareFunctionForOptimization(halfBuilt);
halfBuilt(1, 2); halfBuilt(3, 4);
%OptimizeFunctionOnNextCall(halfBuilt);
var h = halfBuilt(5, "s");
print(Object.keys(h).join(), h.x, h.y, h.z, JSON.stringify(halfBuilt(1, 2)));

function nested(a, stop) {
  var inner = {v: a};
  var outer = {inner: inner, k: a + 1};
  var s = outer.k + inner.v;
  if (stop) %DeoptimizeNow();
  return s + outer.inner.v + (outer.inner === inner ? 100 : 0);
}
%PrepareFunctionForOptimization(nested);
nested(1, false); nested(2, false);
%OptimizeFunctionOnNextCall(nested);
print(nested(3, false), nested(4, true), nested(0.5, false));

function inLoop(n, scale) {
  var s = 0;
  for (var i = 0; i < n; i++) {
    var p = {x: i, y: i * scale};
    s = s + p.x + p.y;
  }
  return s;
}
%PrepareFunctionForOptimization(inLoop);
inLoop(3, 2); inLoop(4, 2);
%OptimizeFunctionOnNextCall(inLoop);
print(inLoop(10, 2), inLoop(10, 0.5), inLoop(3, "x"));

function escapes(a) {
  var o = {x: a};
  var keep = {o: o};
  return keep;
}
%PrepareFunctionForOptimization(escapes);
escapes(1); escapes(2);
%OptimizeFunctionOnNextCall(escapes);
var e1 = escapes(3), e2 = escapes(4);
e1.o.x = 30;
print(e1.o.x, e2.o.x, e1.o === e2.o, JSON.stringify(e1));
