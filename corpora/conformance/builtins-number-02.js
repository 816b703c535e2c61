// toString(radix) and toFixed tables
var nums = [0, 1, -1, 10, 255, 256, 1000, -4096, 0.5, 0.1, 3.75, -2.25, 1e10, 123456789, 2 ** 31, 2 ** 32 - 1, 2 ** 53];
for (var n of nums) print(String(n), n.toString(2), n.toString(8), n.toString(16), n.toString(36));
var fx = [0, 0.5, 1.5, 2.5, -2.5, 1.005, 1.045, 123.456, 0.000015, 1e-7, 99.995, 12345678.9, -0.0001, 1e20, 1.23e21];
for (var v of fx) print(String(v), v.toFixed(0), v.toFixed(1), v.toFixed(2), v.toFixed(5));
