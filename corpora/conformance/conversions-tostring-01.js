// Number-to-String of tricky doubles
var nums = [0.1 + 0.2, 1e21, 1e20, 1.5e-7, 1e-6, 1e-7, 0.000001234, -0, 2 ** 53, 2 ** 53 + 2, 123456789012345680000, 5e-324, 2 ** -1074,
  1.7976931348623157e308, 0.1, 0.7, 1 / 3, 2 / 3, 100, 1e100, 123e-20, 4.35, 0.000123, 1234567890123456789, 9.95, 1.005,
  -1.5e300, 2 ** 31, 2 ** 32, 2 ** 64, 1e15 + 0.3, 1e16, 12345.6789e10, 3.0000000000000004, 5e-7, 25e-8, 1e-5, 0.00001, 1e300 * 10, -1e-7];
for (var n of nums) print(String(n), n + '', `${n}`, [n].join());
console.log(0.1 + 0.2, -0, 1e21, 1.5e-7, 2 ** 53, 5e-324, -1e-7);
console.log([0.1, -0, 1e21]);
print(String(-0), (-0).toString(), JSON.stringify(-0), [-0] + '', `${-0}`, -0 + '');
print(String(NaN), String(Infinity), String(-Infinity));
print(String(1e21 - 1e5), String(999999999999999999999), String(99999999999999990000));
print((0.1).toString(), (123.456).toString(), (1e-10).toString(), (-5e-324).toString());
print(String(Number.MAX_SAFE_INTEGER), String(Number.MIN_SAFE_INTEGER), String(Number.EPSILON));
print(String(1/7), String(22/7), String(Math.PI * 1e10), String(Math.E / 1e10));
