// Math function argument coercion and special inputs
print(Math.floor('7.9'), Math.ceil(null), Math.round(undefined), Math.abs('-0'), Math.sqrt('16'), Math.max('3', 2), Math.min([1], '0'));
print(Math.max(undefined), Math.max(null, -1), Math.min(NaN, 0), Math.max(-0, 0) === 0 && 1 / Math.max(-0, 0), Math.min(-0, 0) === 0 && 1 / Math.min(-0, 0));
print(Math.sign(-Infinity), Math.sign('-5'), Math.sign(null), Math.sign([]), Math.trunc('12.9'), Math.trunc(-Infinity), Math.cbrt(-0), Object.is(Math.cbrt(-0), -0));
print(Math.hypot(3, '4'), Math.hypot(Infinity, NaN), Math.hypot(NaN, 1), Math.hypot(-0), Object.is(Math.hypot(-0), 0), Math.hypot(1e-200, 1e-200));
print(Math.atan2(0, 0), Math.atan2(0, -1), Math.atan2(-0, -1), Math.atan2(1, 0), Math.atan2(-Infinity, Infinity), Math.atan2(Infinity, -Infinity));
print(Math.sinh(-0), Object.is(Math.sinh(-0), -0), Object.is(Math.tanh(-0), -0), Math.tanh(Infinity), Math.tanh(-1000), Math.cosh(-0), Math.asinh(-0), Math.acosh(0.5), Math.atanh(1), Math.atanh(-1));
print(Math.log1p(1e-15), Math.expm1(1e-15), Math.log1p(-0), Object.is(Math.log1p(-0), -0), Math.expm1(Infinity), Math.expm1(-Infinity));
print(Math.fround(1.337), Math.fround(2 ** -149), Math.fround(2 ** -150), Math.fround(3.4028235677973366e38), Math.fround(3.4028235677973367e38));
print(Math.clz32(-0), Math.clz32(Infinity), Math.clz32(1 << 16), Math.clz32(0.9), Math.imul('3', '4'), Math.imul(-1, -1), Math.imul(0x10000, 0x10000), Math.imul(NaN, 5));
