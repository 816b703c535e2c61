// Number() edge cases and Number.prototype method receivers
print(Number('  0x1F  '), Number('0b'), Number('0b1'), Number('0o8'), Number('1e'), Number('1e+'), Number('1e+1'), Number('- 1'), Number('--1'));
print(Number('.e1'), Number('0.'), Number('.0'), Number('00.5'), Number('1.2e-3'), Number('1E+2'), Number('+Infinity'), Number('INFINITY'));
print(Number('9'.repeat(400)), Number('0.' + '0'.repeat(400) + '1'), Number('1' + '0'.repeat(308)), Number('1' + '0'.repeat(309)));
print(Number('12345678901234567890'), Number('0.30000000000000004'), Number('9007199254740993'), Number('9007199254740995'));
try { Number.prototype.toString.call('5'); } catch (e) { print(e.name); }
try { Number.prototype.toFixed.call({}); } catch (e) { print(e.name); }
print(Number.prototype.toString.call(new Number(255), 16), (255).toString(undefined), (255).toString(10.9));
print(new Number(0) ? 'truthy' : 'falsy', new Number(5) == 5, new Number(5) === 5, typeof (new Number(5) + 0));
print(Number.isInteger(5.0), Number.isInteger('5'), Number.isInteger(5.000000000000001), Number.isInteger(5.0000000000000001), Number.isSafeInteger(2 ** 53), Number.isSafeInteger(-(2 ** 53) + 1));
print(0.1 * 3 === 0.3, 0.1 * 3, 1.1 + 2.2, 3 * 1.1, 0.7 + 0.1, 0.2 + 0.4, 4.35 * 100, 1.15 * 100);
