// x - x is 0 only for finite x (NaN - NaN and Infinity - Infinity are NaN); x === x is false
// for NaN; x / x is NaN for 0. A hot function speculating int32 then sees these values.
function diff(x) { return x - x; }
function selfEq(x) { return x === x; }
function ratio(x) { return x / x; }
var s = 0;
for (var i = 1; i < 2000; i++) s += diff(i) + (selfEq(i) ? 1 : 0) + ratio(i);
console.log(s);
console.log(diff(NaN), diff(Infinity), diff(-Infinity), diff(0.5), 1 / diff(-0));
console.log(selfEq(NaN), selfEq(-0), selfEq("a"), selfEq(undefined));
console.log(ratio(0), ratio(-0), ratio(Infinity), ratio(-2.5), ratio(2147483647));
console.log(diff("3"), diff("x"), diff({ valueOf: function () { return 4; } }));
var specials = [NaN, Infinity, 0, -0, 7.5];
var acc = "";
for (var i = 0; i < 1500; i++) { var v = specials[i % 5]; acc = diff(v) + " " + selfEq(v) + " " + ratio(v); }
console.log(acc);
for (var i = 0; i < specials.length; i++) console.log(diff(specials[i]), selfEq(specials[i]), ratio(specials[i]));
