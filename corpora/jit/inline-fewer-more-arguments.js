// Small inlinable callees called with fewer or more arguments than declared: missing
// parameters are undefined, extra arguments are ignored but visible through `arguments`.
function add3(a, b, c) { return a + b + (c === undefined ? 100 : c); }
function countArgs() { return arguments.length; }
function first(a) { return a; }
var s = 0;
for (var i = 0; i < 2000; i++) s += add3(i, 1, 2);
console.log(s);
console.log(add3(1, 2), add3(1), add3(1, 2, 3, 4));
for (var i = 0; i < 2000; i++) countArgs(i, i);
console.log(countArgs(), countArgs(1), countArgs(1, 2, 3, 4, 5));
for (var i = 0; i < 2000; i++) first(i, i, i);
console.log(first(), first(7, 8), first(undefined, 1));
function caller(x) { return add3(x) + add3(x, x) + add3(x, x, x, x); }
for (var i = 0; i < 2000; i++) caller(i);
console.log(caller(1), caller(0.5));
