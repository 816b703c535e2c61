// Type changes after optimization, one step at a time: int -> double -> string -> object
// with valueOf/toString, on a function that is hot in each phase.
function combine(a, b) { return a + b * 2; }
var r = 0;
for (var i = 0; i < 1500; i++) r = combine(i, 1);
console.log(r);
for (var i = 0; i < 1500; i++) r = combine(i + 0.25, 0.5);
console.log(r);
var s;
for (var i = 0; i < 1500; i++) s = combine("k" + (i % 10), 3);
console.log(s);
var o = { valueOf: function () { return 10; }, toString: function () { return "T"; } };
console.log(combine(o, 1), combine(1, o));
console.log(combine("x", o));
console.log(combine(o, o));
for (var i = 0; i < 1500; i++) r = combine(i, 1);
console.log(r, combine(2147483647, 2147483647));
