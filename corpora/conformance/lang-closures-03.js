// closures: module pattern, generators of functions, recursion via closures
var Module = (function () {
  var priv = 0;
  function helper() { return priv * 2; }
  return { inc: function () { priv++; return this; }, get value() { return helper(); } };
})();
print(Module.inc().inc().value, typeof priv);
function makeCounters(n) { var out = []; for (let i = 0; i < n; i++) { let c = i * 10; out.push(() => ++c); } return out; }
var cs = makeCounters(3); cs[0](); cs[0](); cs[2](); print(cs.map(f => f()).join());
function compose(...fns) { return x => fns.reduceRight((v, f) => f(v), x); }
var inc = x => x + 1, dbl = x => x * 2, sq = x => x * x;
print(compose(inc, dbl, sq)(3), compose(sq, dbl, inc)(3), compose()(7));
function curry(fn) { return function c(...args) { return args.length >= fn.length ? fn.apply(this, args) : (...more) => c.apply(this, args.concat(more)); }; }
var add3 = curry((a, b, c) => a + b + c); print(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3), add3(1, 2, 3));
function debounceSim() { var calls = []; var pending = null; return { call(v) { pending = v; }, flush() { if (pending !== null) calls.push(pending); pending = null; }, calls }; }
var d = debounceSim(); d.call(1); d.call(2); d.flush(); d.call(3); d.flush(); d.flush(); print(d.calls.join());
var fact = (function f(n) { return n <= 1 ? 1 : n * f(n - 1); }); print(fact(10), typeof f);
var namedExpr = function self() { return typeof self; }; print(namedExpr());
var reassign = function me() { me = 5; return typeof me; }; print(reassign());
var closures = []; for (var i = 0; i < 3; i++) (function (j) { closures.push(() => j); })(i); print(closures.map(f => f()).join());
function outer() { var x = 'outer'; function mid() { var y = 'mid'; return function inner() { return x + '>' + y; }; } return mid(); } print(outer()());
var shadowTest = 'global'; function sh() { var shadowTest = 'local'; return () => shadowTest; } print(sh()(), shadowTest);
