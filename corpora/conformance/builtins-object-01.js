// Object.keys / values / entries / assign
var o = { b: 2, a: 1, 1: 'one', 0: 'zero' };
print(JSON.stringify(Object.keys(o)), JSON.stringify(Object.values(o)), JSON.stringify(Object.entries(o)));
print(Object.keys('abc').join(','), Object.values('ab').join(','), Object.keys([4, , 6]).join(','), Object.keys(5).length);
try { Object.keys(null); } catch (e) { print(e instanceof TypeError, e.name); }
var target = { a: 1 };
var r = Object.assign(target, { b: 2 }, null, { a: 3, c: 4 }, undefined, 'xy');
print(r === target, JSON.stringify(target));
var log = [];
var src = { get g() { log.push('get'); return 'g'; } };
var dst = { set g(v) { log.push('set:' + v); } };
Object.assign(dst, src); print(log.join(','));
var inherited = Object.create({ inh: 1 }); inherited.own = 2;
print(JSON.stringify(Object.assign({}, inherited)), Object.keys(inherited).join(','));
var ne = Object.defineProperty({}, 'hidden', { value: 1, enumerable: false });
print(Object.keys(ne).length, Object.getOwnPropertyNames(ne).join(','), JSON.stringify(Object.assign({}, ne)));
print(Object.entries({ x: [1, 2], y: { z: 1 } }).map(([k, v]) => k + '=' + JSON.stringify(v)).join(';'));
console.log(Object.entries({ a: 1, b: 'x' }), Object.values({ a: [1], b: null }));
for (const [k, v] of Object.entries({ first: 1, second: 2 })) print(k, v);
print(Object.getOwnPropertyNames([1, 2]).join(','), Object.getOwnPropertyNames('hi').join(','));
