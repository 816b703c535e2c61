// property access, member expressions, property enumeration and deletion
var o = {};
o.x = 1; o['y'] = 2; o[3] = 'three'; o[true] = 't'; o[null] = 'n'; o[undefined] = 'u';
print(Object.keys(o).join(','));
print(o['3'], o[3.0], o.true, o['null'], o.undefined);
var arr = [10, 20, 30];
print(arr['1'], arr[1.0], arr['01'], arr[-1], arr.length);
arr[-1] = 'neg'; arr['2'] = 'two'; print(arr.length, arr[-1], arr[2], Object.keys(arr).join(','));
var s = 'str'; print(s[0], s['1'], s[5], s.length, s['length']);
var n = 5; print(n.toString === Number.prototype.toString, (5).toFixed(1), 5..toString(), 5 .toString(2));
var chain = { a: { b: { c: { d: 'found' } } } };
var path = ['a', 'b', 'c', 'd'], cur = chain;
for (var p of path) cur = cur[p];
print(cur);
function getter() { return 'k'; }
var dyn = {}; dyn[getter()] = 'computed'; dyn[getter() + 2] = 2; print(JSON.stringify(dyn));
var m = { count: 0, inc() { this.count++; return this; } };
print(m.inc().inc()['inc']().count);
print(({}).x, ({ x: undefined }).x, 'x' in { x: undefined }, ({}).hasOwnProperty('x'));
var obj = { a: 1, b: 2, c: 3 };
delete obj.b; obj.b = 'readded'; obj.d = 4;
print(Object.keys(obj).join(','));
var numeric = {}; numeric[2] = 'b'; numeric[1] = 'a'; numeric.z = 'z'; numeric[0] = '0';
print(Object.keys(numeric).join(','), JSON.stringify(numeric));
