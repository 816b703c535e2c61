// Induction variable used as an index with `i < a.length`: the bounds check can be proven
// away only if a.length cannot change; one caller passes an array-like object instead.
function sum(a) { var s = 0; for (var i = 0; i < a.length; i++) s += a[i]; return s; }
function sumStep(a, step) { var s = 0; for (var i = 0; i < a.length; i += step) s += a[i]; return s; }
var arr = [];
for (var i = 0; i < 50; i++) arr.push(i);
var t = 0;
for (var r = 0; r < 1200; r++) t += sum(arr);
console.log(t, sum([]), sum([1.5, 2.5]), sum("123"));
for (var r = 0; r < 1200; r++) sumStep(arr, 3);
console.log(sumStep(arr, 3), sumStep(arr, 7), sumStep(arr, 100), sumStep([1, 2, 3], 2));
console.log(sum({ length: 3, 0: 1, 1: 2, 2: 3 }), sum({ length: 2 }), sum(new Int8Array([1, -2])));
function firstBig(a, lim) { for (var i = 0; i < a.length; i++) if (a[i] > lim) return i; return -1; }
for (var r = 0; r < 1200; r++) firstBig(arr, r % 60);
console.log(firstBig(arr, 10), firstBig(arr, 49), firstBig([], 0), firstBig([NaN, 5], 1));
