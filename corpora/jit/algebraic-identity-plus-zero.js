// Algebraic simplification traps: x + 0 is not x when x is -0 (the sum is +0), x - 0 is
// x, x * 1 is x, but x * 0 is not 0 for negative x, NaN or Infinity.
function plus0(x) { return x + 0; }
function minus0(x) { return x - 0; }
function times1(x) { return x * 1; }
function times0(x) { return x * 0; }
var s = 0;
for (var i = 0; i < 2000; i++) s += plus0(i) + minus0(i) + times1(i) + times0(i);
console.log(s);
console.log(1 / plus0(-0), 1 / minus0(-0), 1 / times1(-0), 1 / times0(-3));
console.log(times0(NaN), times0(Infinity), times0(-Infinity), 1 / times0(-0.5));
console.log(plus0("7"), minus0("7"), times1("7"), times0("7"), plus0(null), plus0(undefined));
for (var i = 0; i < 1500; i++) s = plus0(i / 3);
console.log(s, 1 / plus0(-0));
var edges = [-0, NaN, -Infinity, -3, 0.5];
var seen = "";
for (var i = 0; i < 1500; i++) { var e = edges[i % 5]; seen = 1 / plus0(e) + " " + 1 / minus0(e) + " " + 1 / times0(e); }
console.log(seen);
