// Math pow/** with integer exponents and accumulated float math
for (var b of [2, 3, 10, 0.5, -2, 1.5, 7]) { var row = []; for (var e = -3; e <= 12; e += 3) row.push(b ** e); print(b, row.join(' ')); }
print(2 ** 1023, 2 ** 1024, 2 ** -1074, 2 ** -1075, 10 ** 308, 10 ** 309, 10 ** -323, 10 ** -324);
print(Math.pow(10, 22) === 1e22, 10 ** 23, 10 ** -7, 10 ** -6, 5 ** 25, 9 ** 17, 3 ** 34);
var acc = 1; for (var i = 0; i < 64; i++) acc *= 2; print(acc, acc === 2 ** 64);
var s = 0; for (var k = 0; k < 1000; k++) s += 0.1; print(s);
var p = 1; for (var m = 1; m <= 25; m++) p *= m; print(p);
var h = 0; for (var n = 1; n <= 1000; n++) h += 1 / (n * n); print(h, Math.sqrt(h * 6));
var x = 1; for (var it = 0; it < 20; it++) x = x - (x * x - 2) / (2 * x); print(x, x === Math.SQRT2);
var e = 0, f = 1; for (var q = 0; q < 20; q++) { e += 1 / f; f *= q + 1; } print(e, e === Math.E);
print(Math.max(...Array.from({ length: 100 }, (_, i) => Math.sin(i))), Math.min(...Array.from({ length: 100 }, (_, i) => Math.cos(i))));
