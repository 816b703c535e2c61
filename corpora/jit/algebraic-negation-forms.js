// 0 - x and -x differ for x = 0 (0 - 0 is +0, -0 is -0); -(-x) is x; x * -1 is -x. The
// simplifier must not replace one form by another.
function zeroMinus(x) { return 0 - x; }
function negate(x) { return -x; }
function timesMinusOne(x) { return x * -1; }
function doubleNeg(x) { return -(-x); }
var s = 0;
for (var i = 0; i < 2000; i++) s += zeroMinus(i) + negate(i) + timesMinusOne(i) + doubleNeg(i);
console.log(s);
console.log(1 / zeroMinus(0), 1 / negate(0), 1 / timesMinusOne(0), 1 / doubleNeg(-0));
console.log(1 / zeroMinus(-0), 1 / negate(-0), 1 / timesMinusOne(-0), 1 / doubleNeg(0));
console.log(zeroMinus(-2147483648), negate(-2147483648), timesMinusOne(-2147483648));
console.log(doubleNeg("5"), typeof doubleNeg("5"), negate("-0"), 1 / negate("0"));
var mixed = [0, -0, 1.5, -2147483648, NaN];
var line = "";
for (var i = 0; i < 1500; i++) { var m = mixed[i % 5]; line = 1 / zeroMinus(m) + " " + 1 / negate(m) + " " + 1 / timesMinusOne(m); }
console.log(line);
