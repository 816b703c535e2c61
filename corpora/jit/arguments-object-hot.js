// The arguments object in hot functions: length, indexed reads beyond the count, writes to
// arguments[i] in strict mode (no aliasing with the named parameter there).
function sumArgs() { var s = 0; for (var i = 0; i < arguments.length; i++) s += arguments[i]; return s; }
function writeArg(a) { "use strict"; arguments[0] = 99; return arguments[0] + a; }
function beyond(a) { return String(arguments[1]) + String(arguments[5]); }
var t = 0;
for (var i = 0; i < 2000; i++) t += sumArgs(i, 1, 2) + sumArgs() + sumArgs(i);
console.log(t, sumArgs(1.5, "2", 3), sumArgs(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
for (var i = 0; i < 1200; i++) { writeArg(i); beyond(i, i); }
console.log(writeArg(1), writeArg(), beyond(1, 2), beyond(1), sumArgs.length, beyond.length);
function strictAlias(a) { "use strict"; arguments[0] = 99; return a; }
for (var i = 0; i < 1200; i++) strictAlias(i);
console.log(strictAlias(1));
function lastArg() { return arguments[arguments.length - 1]; }
for (var i = 0; i < 1200; i++) lastArg(i, i + 1);
console.log(lastArg(1, 2, 3), lastArg(), lastArg("only"));
