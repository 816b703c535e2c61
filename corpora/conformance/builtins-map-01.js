// Map basics: insertion order, size, get/set/has/delete, key normalisation
var m = new Map();
print(m.size, m.set('a', 1) === m, m.size, m.get('a'), m.get('zz'), m.has('a'), m.has('zz'));
m.set(1, 'num1').set('1', 'str1').set(true, 'bool').set(null, 'null').set(undefined, 'undef');
print(m.size, m.get(1), m.get('1'), m.get(true), m.get(null), m.get(undefined), m.has(void 0));
m.set(NaN, 'nan'); print(m.get(NaN), m.has(NaN), m.get(0 / 0));
m.set(-0, 'zero'); print(m.get(0), m.get(-0), m.has(+0));
for (const [k] of m) if (k === 0) print('key is', Object.is(k, -0) ? '-0' : '+0');
var ko = {}, ka = [];
m.set(ko, 'objkey').set(ka, 'arrkey'); print(m.get(ko), m.get({}), m.get(ka), m.get([]));
m.set('a', 'updated'); print(Array.from(m.keys()).map(String).join(','));
print(m.delete('a'), m.delete('a'), m.size);
m.set('a', 'readded'); print(Array.from(m.keys()).map(String).join(','));
m.clear(); print(m.size, m.get(1));
var init = new Map([[1, 'one'], [2, 'two'], [1, 'uno']]);
print(init.size, init.get(1), JSON.stringify([...init]));
var fromEntries = new Map(Object.entries({ x: 1, y: 2 })); print(fromEntries.get('y'), [...fromEntries.keys()].join());
print(new Map().size, new Map(null).size, new Map(undefined).size, typeof Map.prototype.forEach);
print(Object.prototype.toString.call(new Map()), new Map() instanceof Map);
