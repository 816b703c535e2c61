// Flags: --allow-natives-syntax --inject inlining.includes-ignores-prototype
// Expect-Phase: inlining
// Expect-Rule: reduce-array-indexof
// A hole reads through to Array.prototype: includes / indexOf must find the element there.
function has(a) { return a.includes(5); }
function where(a) { return a.indexOf(5); }
var holey = [1, , 3];
%PrepareFunctionForOptimization(has);
%PrepareFunctionForOptimization(where);
has(holey);
where(holey);
%OptimizeFunctionOnNextCall(has);
%OptimizeFunctionOnNextCall(where);
console.log(has(holey), where(holey));
Array.prototype[1] = 5;
console.log(has(holey), where(holey));
