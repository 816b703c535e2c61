// Float32Array rounds stored doubles to single precision: 0.1 reads back as
// 0.10000000149011612, large values overflow to Infinity, -0 and NaN survive.
var f32 = new Float32Array(4);
function round32(v) { f32[0] = v; return f32[0]; }
var s = 0;
for (var i = 0; i < 2000; i++) s += round32(i);
console.log(s);
console.log(round32(0.1), round32(1 / 3), round32(16777217), round32(3.4e38), round32(3.5e38));
console.log(round32(-0), 1 / round32(-0), round32(NaN), round32(1e-46), round32(-1e-46));
console.log(Math.fround(0.1) === round32(0.1), round32(0.1) === 0.1);
function acc(n) { var t = 0; for (var i = 0; i < n; i++) { f32[1] = t + 0.1; t = f32[1]; } return t; }
for (var i = 0; i < 1100; i++) acc(3);
console.log(acc(10), acc(0));
var specials = [0.1, -0, 3.5e38, 1e-46, NaN];
var out = "";
for (var i = 0; i < 1500; i++) out = round32(specials[i % 5]) + " " + 1 / round32(specials[i % 5]);
console.log(out);
