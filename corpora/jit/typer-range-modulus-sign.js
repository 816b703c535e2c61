// The result of a % b has the sign of a: with a in [-10, 10] and b = 3 the range is
// [-2, 2], not [0, 2]; an index computed this way can be negative.
function m3(a) { return a % 3; }
function bucket(a, arr) { return arr[a % arr.length]; }
var s = 0;
for (var i = 0; i < 2000; i++) s += m3(i);
console.log(s, m3(-1), m3(-3), 1 / m3(-3), m3(-4.5));
var arr = [10, 20, 30];
for (var i = 0; i < 2000; i++) bucket(i, arr);
console.log(bucket(4, arr), bucket(-1, arr), bucket(-3, arr), bucket(2.5, arr));
function clampIdx(a, n) { var k = a % n; if (k < 0) k = k + n; return k; }
for (var i = 0; i < 1200; i++) clampIdx(i, 7);
console.log(clampIdx(-1, 7), clampIdx(-7, 7), 1 / clampIdx(-7, 7), clampIdx(-8, 7), clampIdx(13, 7));
var negs = [-1, -3, -4.5, 7, -0];
var line = "";
for (var i = 0; i < 1500; i++) line = m3(negs[i % 5]) + " " + 1 / m3(negs[i % 5]) + " " + bucket(negs[i % 5], arr);
console.log(line);
