// The range of Math.abs(int32) and -int32 includes 2^31 (from -2^31), which is not int32;
// an int32 check removed on that basis would truncate the result.
function absInt(x) { return Math.abs(x | 0); }
function negInt(x) { return -(x | 0); }
function absPlus(x) { return Math.abs(x | 0) + 1; }
var s = 0;
for (var i = -1000; i < 1000; i++) s += absInt(i) + negInt(i) + absPlus(i);
console.log(s);
console.log(absInt(-2147483648), negInt(-2147483648), absPlus(-2147483648));
console.log(absInt(2147483648), negInt(2147483648), absInt(4294967295));
console.log(absInt(-2147483648) | 0, negInt(0), 1 / negInt(0), 1 / negInt(-0));
console.log(absInt(-2147483648) > 2147483647, negInt(-2147483648) === 2147483648);
var ext = [-2147483648, 2147483647, -1, 0, 2147483648];
var line = "";
for (var i = 0; i < 1500; i++) line = absInt(ext[i % 5]) + " " + negInt(ext[i % 5]) + " " + absPlus(ext[i % 5]);
console.log(line);
