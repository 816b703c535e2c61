// ToString / ToPropertyKey / ToBoolean / ToObject misc
var o = {};
o[1] = 'a'; o['1'] = 'b'; o[1.0] = 'c'; o[-0] = 'negzero'; o[1e21] = 'big'; o[0.1] = 'frac';
print(JSON.stringify(Object.keys(o)));
print([1, 2, 3] == '1,2,3', [[1, 2], [3]] + '', [null] + '', [undefined] + '', [[], []] + '', ({}) + '');
print(typeof Object(1), typeof Object('s'), Object(1) instanceof Number, Object(null) instanceof Object, typeof Object(undefined));
print('5' * '4', '5' + 4, '5' - 4, '5' / '2', 'a' * 1, true * '3', [] * 2, [3] * [4], null * 5, undefined * 5);
print(1 + null, 1 + undefined, 'x' + null, 'x' + undefined, null + null, true + null, [] + null);
var truthy = [1, -1, 'a', ' ', '0', 'false', [], {}, function () {}, Infinity, -Infinity, new Boolean(false)];
var falsy = [0, -0, '', null, undefined, NaN, false];
print(truthy.map(Boolean).join(','), falsy.map(Boolean).join(','));
print('3' > 2, '3' > '20', 3 > '20', 'b' > 'a', null == false, undefined == false, '' == 0, ' \t\n' == 0);
print(+'  ', +'\n', -'', +[], +[''], +[' '], +['1e3']);
var x = { valueOf: function () { return '42'; } };
print(x + 1, x - 1, x * 1, typeof (x + 1), typeof (x - 1));
