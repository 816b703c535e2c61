// Number statics and constants
print(Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, Number.EPSILON, Number.MIN_VALUE, Number.MAX_VALUE);
print(Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NaN, Number.EPSILON === 2 ** -52, Number.MAX_SAFE_INTEGER === 2 ** 53 - 1);
var vals = [0, -0, 1, 1.5, -7, 2 ** 53, 2 ** 53 - 1, -(2 ** 53 - 1), 1e300, NaN, Infinity, '5', null, true, 5e-324, 0.1 + 0.2];
for (var v of vals) print(String(v), Number.isInteger(v), Number.isSafeInteger(v), Number.isNaN(v), Number.isFinite(v));
print(Number(), Number(undefined), typeof Number('1'), new Number(5) + 1, Number('0b11'), Number('0o11'), Number('0x11'));
print(Number.MAX_VALUE + 1e291 === Number.MAX_VALUE, Number.MAX_VALUE + 1e292, Number.MIN_VALUE / 2, Number.MIN_VALUE * 0.5 === 0);
print(Number.MAX_SAFE_INTEGER + 1 === Number.MAX_SAFE_INTEGER + 2, 0.1 + 0.2 - 0.3 < Number.EPSILON);
var d = Object.getOwnPropertyDescriptor(Number, 'MAX_VALUE'); print(d.writable, d.enumerable, d.configurable);
Number.MAX_VALUE = 1; print(Number.MAX_VALUE);
print((25).toString(36), (1e21).toString(36).slice(0, 6), Number('Infinity'), Number('-infinity'));
