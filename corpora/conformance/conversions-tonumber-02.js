// parseInt / parseFloat / isNaN / isFinite
print(parseInt('42'), parseInt('  42abc'), parseInt('abc'), parseInt(''), parseInt('-17.9'), parseInt('0x1F'), parseInt('0x'), parseInt('1e3'));
print(parseInt('101', 2), parseInt('777', 8), parseInt('zz', 36), parseInt('ff', 16), parseInt('0xff', 16), parseInt('12', 3), parseInt('9', 8));
print(parseInt('10', 0), parseInt('10', 1), parseInt('10', 37), parseInt('10', 36), parseInt('-0'), 1 / parseInt('-0'));
print(parseInt(0.0000005), parseInt(1e21), parseInt(null), parseInt('Infinity'), parseInt(' +7 '), parseInt('\n\t9'));
print(parseInt('123456789012345678901234567890'), parseInt('0b11'), parseInt('0o7'), parseInt('08'), parseInt('-0x10'));
print(parseFloat('3.14'), parseFloat('  3.14abc'), parseFloat('.5'), parseFloat('-.5e2x'), parseFloat('1e'), parseFloat('e1'), parseFloat('0x10'));
print(parseFloat('Infinity'), parseFloat('-Infinityx'), parseFloat(''), parseFloat('1.2.3'), parseFloat('  -0'), 1 / parseFloat('-0'), parseFloat('1_0'));
print(parseFloat([]), parseFloat(['2.5']), parseFloat(true), parseFloat('+1.5e+2'));
print(isNaN(NaN), isNaN('abc'), isNaN(''), isNaN(' '), isNaN('12'), isNaN(undefined), isNaN(null), isNaN({}), isNaN([]), isNaN('0x10'));
print(isFinite(1), isFinite(Infinity), isFinite('12'), isFinite('x'), isFinite(null), isFinite(NaN), isFinite(1e308 * 10));
print(Number.isNaN('abc'), Number.isNaN(NaN), Number.isFinite('12'), Number.isFinite(12), Number.parseInt === parseInt, Number.parseFloat === parseFloat);
print(parseInt('١٢'), parseInt('12', 2), parseInt('2', 2), parseInt('   '), parseInt('-'), parseInt('4294967296'), parseInt('-4294967297'));
