// Math.max/min over arrays in hot loops (manual reduction vs apply), with -0, NaN and
// mixed ints/doubles arriving after the reduction was optimized for ints.
function maxOf(a) { var m = -Infinity; for (var i = 0; i < a.length; i++) m = Math.max(m, a[i]); return m; }
function minOf(a) { var m = Infinity; for (var i = 0; i < a.length; i++) m = Math.min(m, a[i]); return m; }
var ints = [3, 9, -4, 7, 0];
var s = 0;
for (var r = 0; r < 1200; r++) s += maxOf(ints) - minOf(ints);
console.log(s);
console.log(maxOf([1.5, 2.25, -1]), minOf([1.5, 2.25, -1]), maxOf([]), minOf([]));
console.log(1 / maxOf([-0, -0]), 1 / minOf([0, -0]), 1 / maxOf([-0, 0]));
console.log(maxOf([1, NaN, 3]), minOf([NaN]), maxOf(["5", 3]), minOf([null, 1]));
console.log(Math.max.apply(null, ints), Math.min.apply(null, [2, -0, 0]));
var inputs = [[1, -0], [-0, 0], [NaN, 1], [2, 1.5]];
var line = "";
for (var r = 0; r < 1500; r++) line = 1 / maxOf(inputs[r & 3]) + " " + 1 / minOf(inputs[r & 3]);
console.log(line);
for (var k = 0; k < inputs.length; k++) console.log(1 / maxOf(inputs[k]), 1 / minOf(inputs[k]));
