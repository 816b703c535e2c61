// Dead-code elimination must keep unused operations that have side effects: an unused
// property read through a getter, an unused ToNumber that calls valueOf, an unused call.
var effects = 0;
var g = { get p() { effects++; return 1; } };
var v = { valueOf: function () { effects += 10; return 2; } };
function f(o, x, fn) {
  var unused1 = o.p;
  var unused2 = x * 2;
  var unused3 = fn();
  return 5;
}
function nop() { return 0; }
var plain = { p: 0 };
for (var i = 0; i < 2000; i++) f(plain, i, nop);
console.log(effects);
f(g, 1, nop);
console.log(effects);
f(plain, v, nop);
console.log(effects);
f(plain, 1, function () { effects += 100; });
console.log(effects);
