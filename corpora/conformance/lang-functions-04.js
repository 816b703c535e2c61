// function declarations in blocks, IIFEs, recursion, function properties
print((function () { return 'iife1'; })(), (function () { return 'iife2'; }()), (() => 'arrow-iife')());
!function () { print('bang iife'); }();
void function () { print('void iife'); }();
function withProp() { withProp.calls = (withProp.calls || 0) + 1; return withProp.calls; }
withProp(); withProp(); print(withProp(), withProp.calls);
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); } print(fib(20), [0, 1, 2, 3, 10].map(fib).join());
function makeRec() { return function r(n) { return n ? n + r(n - 1) : 0; }; } print(makeRec()(100));
'use strict';
{ function blockFn() { return 'block fn'; } print(blockFn()); }
print(typeof blockFn);
if (true) { function condFn() { return 'cond'; } } print(typeof condFn);
function returnsUndefined() {} function returnsNothing() { return; } print(returnsUndefined(), returnsNothing());
function manyReturns(x) { if (x > 10) return 'big'; else if (x > 5) return 'medium'; if (x < 0) { return 'neg'; } return 'small'; }
print([20, 7, -1, 3].map(manyReturns).join());
var fnExprs = { a: function () { return 1; }, b() { return 2; }, c: () => 3 }; print(fnExprs.a() + fnExprs.b() + fnExprs.c());
function hasLen(a, b, c) { return hasLen.length + arguments.length; } print(hasLen(1));
var ff = function () {}; ff.custom = 'x'; print(Object.keys(ff).join(), typeof ff.prototype, ff.prototype.constructor === ff);
print(typeof function () {}.call, (function () { return this; }).call(7) == 7);
function outerFn() { return typeof innerHoisted; function innerHoisted() {} } print(outerFn());
