// Subtraction and negation at the int32 edges: -(-2^31) is 2^31, 0 - 0 is +0 but -(0) is
// -0; a hot negate warmed on small ints must produce these exactly.
function neg(x) { return -x; }
function sub(a, b) { return a - b; }
var s = 0;
for (var i = 1; i < 2000; i++) s += neg(i) + sub(i, 1);
console.log(s);
console.log(neg(-2147483648), neg(2147483647));
console.log(1 / neg(0), Object.is(neg(0), -0));
console.log(sub(-2147483648, 1), sub(2147483647, -1));
console.log(1 / sub(0, 0), 1 / sub(-0, 0));
for (var i = 0; i < 1500; i++) s = sub(s, neg(i % 3));
console.log(s);
console.log(neg("5"), neg(""), neg("x"), neg(null));
var e = [-2147483648, 2147483647, 0, -0, 1];
var line = "";
for (var i = 0; i < 1500; i++) line = neg(e[i % 5]) + " " + sub(e[i % 5], 1) + " " + 1 / neg(e[i % 5]);
console.log(line);
