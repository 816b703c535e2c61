// Math rounding and integer helpers
var rs = [0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999999999999994, -0.49999999999999994, 4503599627370495.5, -4503599627370495.5, 2 ** 52 + 0.5, 1e21, -0, NaN, 0.4, -0.4];
for (var r of rs) { var v = Math.round(r); print(String(r), v, Object.is(v, -0)); }
print(Math.fround(5.5), Math.fround(5.05), Math.fround(0.1), Math.fround(2 ** 128), Math.fround(1e-50), Math.fround(-0), Math.fround(16777217), Math.fround(NaN));
print(Math.clz32(0), Math.clz32(1), Math.clz32(-1), Math.clz32(0x80000000), Math.clz32(0.5), Math.clz32(2 ** 32), Math.clz32(NaN), Math.clz32('16'));
print(Math.imul(3, 4), Math.imul(-5, 12), Math.imul(0xffffffff, 5), Math.imul(0x7fffffff, 2), Math.imul(2 ** 32 + 3, 3), Math.imul(1.9, 2.9), Math.imul(65536, 65536));
print(Math.floor(2 ** 53 + 0.5), Math.ceil(1e-300), Math.floor(-1e-300), Math.trunc(1e21), Math.round(2 ** 53), Math.round(-(2 ** 31) - 0.5));
