// Elements-kind transitions under an optimized function: an array of small ints gets a
// double, then an object; the optimized loads/stores must follow each transition.
function fill(a, n, v) { for (var i = 0; i < n; i++) a[i] = v + i; return a; }
function total(a) { var s = 0; for (var i = 0; i < a.length; i++) s += a[i]; return s; }
var a = [0, 0, 0, 0];
for (var r = 0; r < 1100; r++) { fill(a, 4, r); total(a); }
console.log(total(a), a.join(","));
fill(a, 4, 0.5);
console.log(total(a), a.join(","));
a[2] = "s";
console.log(total(a));
a[2] = { valueOf: function () { return 1000; } };
console.log(total(a));
fill(a, 4, 1);
console.log(total(a), a.join(","));
var b = [1, 2, 3];
b.push(4.25);
console.log(total(b), total([1, "2", 3]), total([]));
