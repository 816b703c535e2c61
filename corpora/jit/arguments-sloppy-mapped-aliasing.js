// Sloppy-mode functions have a mapped arguments object: arguments[0] and the first
// parameter are the same variable, in both directions, but only for passed arguments.
// Hot functions warmed with ints, then the aliasing is observed.
function writeArgs(a) { arguments[0] = 99; return a; }
function writeParam(a) { a = 7; return arguments[0]; }
function notPassed(a, b) { arguments[1] = 5; return String(b) + ":" + arguments.length; }
var s = 0;
for (var i = 0; i < 1200; i++) s += writeArgs(i) + writeParam(i);
console.log(s);
console.log(writeArgs(1), writeArgs(), writeParam(1), writeParam());
for (var i = 0; i < 1200; i++) notPassed(i);
console.log(notPassed(1), notPassed(1, 2));
function strictWrite(a) { "use strict"; arguments[0] = 99; return a; }
for (var i = 0; i < 1200; i++) strictWrite(i);
console.log(strictWrite(1));
