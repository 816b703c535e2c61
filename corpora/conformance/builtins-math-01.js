// Math constants and basic functions
print(Math.PI, Math.E, Math.LN2, Math.LN10, Math.LOG2E, Math.LOG10E, Math.SQRT2, Math.SQRT1_2);
print(Math.abs(-5), Math.abs(-0), Math.abs('-3'), Math.abs(null), Math.abs([]), Math.abs([-2]), Math.abs('x'), Math.abs(-Infinity));
print(Math.floor(1.5), Math.floor(-1.5), Math.floor(-0), Math.floor(-0.5), Math.ceil(1.2), Math.ceil(-1.2), Math.ceil(-0.5), 1 / Math.ceil(-0.5));
print(Math.trunc(4.7), Math.trunc(-4.7), Math.trunc(-0.2), 1 / Math.trunc(-0.2), Math.sign(-3), Math.sign(0), Math.sign(-0), Math.sign(NaN), Math.sign('7'));
print(Math.max(), Math.min(), Math.max(1, NaN, 3), Math.min(0, -0), 1 / Math.min(0, -0), 1 / Math.max(-0, 0), Math.max('10', 9), Math.max([1], [2]));
print(Math.sqrt(2), Math.sqrt(-1), Math.sqrt(-0), Math.cbrt(27), Math.cbrt(-8), Math.cbrt(2));
print(Math.pow(2, 10), Math.pow(2, -2), Math.pow(-2, 3), Math.pow(0, 0), Math.pow(NaN, 0), Math.pow(1, NaN), Math.pow(-8, 1 / 3), Math.pow(2, 0.5));
print(Math.pow(10, 21), Math.pow(10, -5), 10 ** 15, 10 ** 16, 10 ** 22, 10 ** 23, 3 ** 40, 7 ** -3, 1.1 ** 10);
print(Math.hypot(3, 4), Math.hypot(), Math.hypot(1, 1, 1), Math.hypot(NaN, Infinity), Math.hypot(-3), Math.hypot(1e200, 1e200), Math.hypot(0.1, 0.2));
