// operator precedence and associativity
print(1 + 2 * 3, (1 + 2) * 3, 2 * 3 ** 2, -(2 ** 2), 10 - 4 - 3, 64 / 4 / 2);
print(1 + 2 + '3' + 4 + 5, 1 < 2 == true, 3 > 2 > 1, 1 | 2 & 3, 1 ^ 2 | 4, 5 & 3 ^ 1);
print(!1 + 1, typeof 1 + 2, void 0 + 1, +'2' + +'3');
print(1 << 2 + 1, (1 << 2) + 1, 16 >> 2 >> 1, 2 + 3 << 1);
print(true || false && false, (true || false) && false, null ?? (0 || 'x'));
print(1 === 1 && 2 !== 3 || false, 'a' in { a: 1 } === true);
var a = 1, b = 2;
print(a + b * a - b / a % b, a++ + ++a, a);
function F() { return { inner: function () { return 'inner'; } }; }
F.make = function () { return 'make'; };
print(new F().inner(), typeof new F, F.make());
var obj = { x: { y: [1, 2, { z: 'deep' }] } };
print(obj.x.y[2].z, obj['x']['y'].length, (-obj.x.y[1]) ** 2);
print(1 ? 2 ? 3 : 4 : 5, 0 ? 1 : 0 ? 2 : 3, (1, 2) + 3);
print(2 ** -2, (-2) ** -2, 2 ** 2 ** -1);
print(4 - -4, 4 - - - 4, 4 + + '4', '4' - - '4');
