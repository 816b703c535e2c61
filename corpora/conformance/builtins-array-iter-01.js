// filter, map, forEach, some, every with index/array/thisArg
var a = [1, 2, 3, 4, 5, 6];
print(a.filter(x => x % 2).join(), a.map(x => x * x).join(), a.map((x, i) => x * i).join(), a.map(String).join('|'));
var log = [];
a.forEach(function (v, i, arr) { log.push(v + '@' + i + '/' + arr.length + (this.t || '')); }, { t: '!' });
print(log.join(' '));
print(a.some(x => x > 5), a.some(x => x > 6), a.every(x => x > 0), a.every(x => x > 1), [].some(x => true), [].every(x => false));
var calls = 0; a.some(x => { calls++; return x === 2; }); print('some stopped after', calls);
calls = 0; a.every(x => { calls++; return x < 3; }); print('every stopped after', calls);
var holes = [1, , 3];
print(holes.map(x => x * 2).length, 1 in holes.map(x => x * 2), holes.filter(() => true).length, JSON.stringify(holes.map(x => x)));
var fe = []; holes.forEach((v, i) => fe.push(i)); print(fe.join());
var grow = [1, 2, 3]; var seen = [];
grow.forEach(v => { seen.push(v); if (grow.length < 6) grow.push(v * 10); }); print(seen.join(), grow.length);
var shrink = [1, 2, 3, 4]; seen = [];
shrink.forEach(v => { seen.push(v); shrink.pop(); }); print(seen.join());
print(['1', '2', '3'].map(parseInt).join(), ['1', '2', '3'].map(Number).join());
print([0, '', null, 'a', NaN, 1].filter(Boolean).join('|'));
print(typeof [1].forEach(x => x), [1, 2, 3].map(x => [x]).length);
try { [1].map(5); } catch (e) { print(e instanceof TypeError); }
print(Array.prototype.map.call('abc', c => c.toUpperCase()).join(''));
print(Array.prototype.filter.call({ length: 4, 0: 'a', 2: 'c', 3: 'd' }, (v, i) => i > 0).join());
console.log([1, 2, 3].map(x => ({ v: x })).slice(0, 2));
