// hoisting of function declarations
print(typeof hoisted, hoisted());
function hoisted() { return 'hoisted!'; }
print(typeof notYet);
var notYet = function () { return 1; };
print(typeof notYet);
function outer() {
  print(inner(2));
  return inner;
  function inner(x) { return x * 10; }
}
print(outer()(3));
function dup() { return 1; }
function dup() { return 2; }
print(dup());
var v1 = 5;
function v1f() {}
print(typeof v1);
function params(a, b) {
  print(a, b, typeof a);
  function a() {}
  print(typeof a);
}
params(1, 2);
(function () {
  print(typeof later);
  var later = 1;
  print(later);
})();
var count = 0;
function incr() { count++; return count; }
print(incr(), incr(), count);
print(globalThis.hoisted === hoisted, 'incr' in globalThis);
