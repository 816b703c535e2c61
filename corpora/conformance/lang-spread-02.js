// rest/spread combinations
function collect(a, b = 'B', ...rest) { return JSON.stringify({ a, b, rest }); }
print(collect(), collect(1), collect(1, undefined, 3), collect(...[1, 2, 3, 4]), collect(...'xyz'));
var parts = [[1, 2], [3], []]; print([].concat(...parts).join(), Math.max(...parts.map(p => p.length)));
var { a, ...others } = { a: 1, b: 2, c: 3 }; var [first, ...tail] = 'hello'; print(a, JSON.stringify(others), first, tail.join(''));
var merged = { ...{ x: 1, y: 1 }, ...{ y: 2, z: 2 }, z: 3 }; print(JSON.stringify(merged));
var cloned = [...[1, [2, 3]]]; cloned[1].push(4); print(JSON.stringify(cloned));
function sum(...n) { return n.reduce((s, x) => s + x, 0); } print(sum(), sum(1), sum(...[1, 2], 3, ...[4, 5]));
var args = [1, 2]; print(new Array(...args).length, [...new Array(3)].map(String).join(), Array.of(...'ab').join());
var strs = ['b', 'a']; print([...strs].sort().join(), strs.join());
var spreadObjArr = { ...['x', 'y'] }; print(JSON.stringify(spreadObjArr));
var spreadStr = { ...'hi' }; print(JSON.stringify(spreadStr));
var nestedRest = ([a, ...[b, c]]) => a + b + c; print(nestedRest([1, 2, 3, 4]));
var objRestExcl = ({ drop, ...keep }) => Object.keys(keep).join(); print(objRestExcl({ drop: 1, k1: 2, k2: 3 }));
var big = Array.from({ length: 1000 }, (_, i) => i); print(Math.max(...big), sum(...big));
