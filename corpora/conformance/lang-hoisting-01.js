// var hoisting across blocks, functions, and loops
print(typeof a, a);
var a = 1;
if (false) { var neverAssigned = 'x'; } print(typeof neverAssigned, neverAssigned);
for (var loopVar = 0; loopVar < 2; loopVar++) { var insideLoop = loopVar; } print(loopVar, insideLoop);
try { throw 1; } catch (e) { var fromCatch = 'catch var'; } print(fromCatch);
function f() { return inner; var inner = 'unreached'; } print(f());
function g() { if (true) { return h(); } function h() { return 'h hoisted'; } } print(g());
function k() { var x = 1; { var x = 2; } return x; } print(k());
var shadowed = 'global'; function m() { print(shadowed); if (false) { var shadowed = 'never'; } return shadowed; } print(m());
function n() { return typeof fn1 + ' ' + typeof fn2; function fn1() {} var fn2 = function () {}; } print(n());
var dupVar = 1; var dupVar; print(dupVar);
function redefine() { return 'first'; } var redefineResult = redefine(); function redefine() { return 'second'; } print(redefineResult);
var fnVar = 'string'; function fnVar() {} print(typeof fnVar);
print(typeof laterClass); try { new laterClass2(); } catch (e) { print(e.name); } class laterClass2 {}
