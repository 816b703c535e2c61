// ** operator: associativity, negative bases, special values
print(2 ** 3 ** 2, (2 ** 3) ** 2, 2 ** (-(3 ** 2)), (-2) ** 2, (-2) ** 3, (-2) ** 0.5, (-8) ** (1 / 3));
print(0 ** 0, 0 ** -0, (-0) ** 3, (-0) ** 2, (-0) ** -3, (-0) ** -2, 0 ** -1, Object.is((-0) ** 3, -0));
print(Infinity ** 0, Infinity ** -1, (-Infinity) ** 3, (-Infinity) ** 2, (-Infinity) ** -3, Object.is((-Infinity) ** -3, -0));
print(1 ** Infinity, (-1) ** Infinity, 1 ** NaN, NaN ** 0, NaN ** 1, 2 ** Infinity, 0.5 ** Infinity, 2 ** -Infinity, 0.5 ** -Infinity);
print(10 ** 21, 10 ** -7, 2 ** 0.5 === Math.SQRT2, 4 ** 0.5, 27 ** (1 / 3), 1.0000001 ** 1e7);
var x = 3; x **= 2; x **= 0.5; print(x); var y = 2; y **= -1; print(y);
print('2' ** '3', [2] ** [3], null ** 0, undefined ** 0, true ** false, '' ** 2);
for (var b = -3; b <= 3; b++) { var row = []; for (var e = -2; e <= 3; e++) row.push(Object.is(b ** e, -0) ? '-0' : String(b ** e)); print(b, row.join(' ')); }
