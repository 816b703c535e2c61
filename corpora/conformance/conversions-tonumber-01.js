// ToNumber of strings and other values
var inputs = ['', ' ', ' 12 ', '\t\n 42 \r', '1e3', '-1e-3', '+5', '0x1A', '0X1a', '0x1g', '0b101', '0o17', '0b2', '-0x10',
  '1_000', '.5', '5.', '.', '+.5e1', 'Infinity', '-Infinity', 'infinity', 'NaN', '12px', '1 2', '00012', '-0', '1e1000', '\u00a012\u2003', '\ufeff7'];
for (var s of inputs) print(JSON.stringify(s), Number(s), +s, s * 1);
print(Number(null), Number(undefined), Number(true), Number(false), Number([]), Number(['5']), Number([1, 2]), Number({}), Number([[' 3 ']]));
print(Number('9007199254740993'), Number('0.1'), Number('1.7976931348623159e308'), Number('2.4703282292062328e-324'));
print(Number('-'), Number('+'), Number('e5'), Number('5e'), Number('0x'), Number(' 0x10 '));
print(Object.is(Number('-0'), -0), Object.is(-'0', -0), Object.is(+'  -0 ', -0));
print(Number(new Number(3)), Number(new String(' 4 ')), Number(new Boolean(true)));
