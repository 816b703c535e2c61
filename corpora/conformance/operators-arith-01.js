// arithmetic operators
print(7 + 3, 7 - 3, 7 * 3, 7 / 3, 7 % 3, 2 ** 10);
print(-7 % 3, 7 % -3, -7 % -3, 5.5 % 2, -0 % 5, 5 % Infinity, Infinity % 5);
print(1 / 0, -1 / 0, 0 / 0, 1 / -0, -0 * 5, 0 * -5);
print(0.1 + 0.2, 0.1 * 3, 1 - 0.9, 3 * 1.1, 0.3 / 0.1);
print(2 ** -1, 2 ** 0.5, (-8) ** (1 / 3), 2 ** 53 + 1, 2 ** 1023 * 2);
print((-2) ** 3, (-2) ** 2, 2 ** 3 ** 2, (2 ** 3) ** 2);
print(NaN ** 0, 1 ** Infinity, 0 ** -1, (-0) ** -1, (-0) ** -2);
print(Number.MAX_SAFE_INTEGER + 2, Number.MAX_VALUE * 2, Number.MIN_VALUE / 2);
print(10 / 3 * 3, 1e16 + 1, 123456789 * 987654321);
print(5 % 0, -5 % Infinity, 0 % 0);
print(+'3' + +'4', -'5', +true, +false, +null, +undefined, +[], +[7], +[1, 2], +{});
print(1 + 2 + '3', '1' + 2 + 3, 1 + (2 + '3'), '5' - 2, '5' * '2', '10' / '4');
print(true + true, null + 1, undefined + 1, [] + [], [] + {}, [1] + [2]);
print(0.1 * 0.2, 1.1 * 1.1, 9.95 * 100, 4.35 * 100);
var i = 0x7fffffff; print(i + 1, i * 2, -i - 2);
print(Math.pow(2, 31) | 0, (2 ** 32 + 5) | 0);
