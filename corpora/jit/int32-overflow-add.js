// Int32 overflow in speculated integer addition: a hot add on small ints, then operands
// at 2^31-1 and -2^31 whose sum leaves the int32 range and must become a double.
function add(a, b) { return a + b; }
var s = 0;
for (var i = 0; i < 2000; i++) s = add(s, i & 7);
console.log(s);
console.log(add(2147483647, 1));
console.log(add(-2147483648, -1));
console.log(add(2147483647, 2147483647));
console.log(add(-2147483648, -2147483648));
var acc = 2147483600;
for (var i = 0; i < 100; i++) acc = add(acc, 1);
console.log(acc);
function inc(x) { return x + 1 | 0; }
var w = 0;
for (var i = 0; i < 2000; i++) w = inc(w);
console.log(w, inc(2147483647), inc(-1));
