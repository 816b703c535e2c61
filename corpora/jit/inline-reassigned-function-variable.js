// A hot caller's call target is a global function variable that is reassigned after the
// caller was optimized (the call-target check must deoptimize or call the new function).
function helper(x) { return x + 1; }
function caller(n) { var s = 0; for (var i = 0; i < n; i++) s += helper(i); return s; }
var t = 0;
for (var r = 0; r < 1200; r++) t += caller(5);
console.log(t, caller(5));
helper = function (x) { return x * 10; };
console.log(caller(5));
helper = function (x) { return "h" + x; };
console.log(caller(3));
var saved = helper;
helper = Math.abs;
console.log(caller(4));
helper = saved;
for (var r = 0; r < 1200; r++) caller(2);
console.log(caller(3));
