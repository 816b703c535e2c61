// equality and relational operators
print(1 == '1', 1 === '1', 0 == '', 0 == '0', '' == '0', null == undefined, null === undefined);
print(null == 0, undefined == 0, null == false, NaN == NaN, NaN != NaN, [1] == 1, [1, 2] == '1,2');
print({} == '[object Object]', true == 1, true == '1', false == '0', false == [], false == [0]);
print(-0 === 0, 'a' < 'b', 'B' < 'a', 'abc' < 'abd', 'ab' < 'abc', '10' < '9', 10 < 9, '10' < 9);
print(null >= 0, null > 0, undefined >= 0, NaN < 1, NaN >= NaN, 'x' < 1, 'x' > 1);
print(1 < 2 < 3, 3 > 2 > 1, [2] > 1, [2] > [10], '2' > '10');
print(Infinity > 1e308, -Infinity < -1e308, 0 > -0, 0 >= -0);
var o = {}, o2 = {};
print(o == o, o == o2, o === o, [] == [], [] == ![], '' == [], '0' == false);
print(1 != '1', 1 !== '1', undefined != null, undefined !== null);
var log = [];
var a = { valueOf() { log.push('a'); return 1; } };
var b = { valueOf() { log.push('b'); return 2; } };
print(a < b, a > b, a <= b, a >= b, log.join(''));
print('a' == new String('a'), new String('a') == new String('a'), 5 == new Number(5));
print(0.1 + 0.2 == 0.3, Math.abs(0.1 + 0.2 - 0.3) < Number.EPSILON);
print('\u00e9' > 'z', 'Z' < 'a', '' < 'a', 'a' > '');
