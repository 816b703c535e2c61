// object destructuring, params, assignment
var { a, b: renamed, c = 'default', d: { e } = { e: 'nested-default' } } = { a: 1, b: 2 };
print(a, renamed, c, e);
var { x, ...others } = { x: 1, y: 2, z: 3 };
print(x, JSON.stringify(others));
var key = 'dyn';
var { [key]: dynVal, ['lit' + 'eral']: lit } = { dyn: 'D', literal: 'L' };
print(dynVal, lit);
var { length } = 'abcd';
print(length);
var { toFixed } = 1;
print(typeof toFixed);
function f({ p, q = 10 } = {}, [r, s] = [1, 2], ...more) { return [p, q, r, s, more.length].join(','); }
print(f()); print(f({ p: 'P' }, [3])); print(f({ q: null }, 'xy', 1, 2, 3));
var arrow = ({ name, age = 0 }) => name + ':' + age;
print(arrow({ name: 'ann' }), arrow({ name: 'bob', age: 30 }));
var m, n;
({ m, n = 'nd' } = { m: 'M' });
print(m, n);
var target = {};
({ a: target.first, b: target['second'] } = { a: 1, b: 2 });
print(target.first, target.second);
var { 0: zero, 1: one } = ['z', 'o'];
print(zero, one);
var { u: { v: [w1, w2] } } = { u: { v: [8, 9] } };
print(w1, w2);
try { var { boom } = null; } catch (err) { print(err instanceof TypeError, err.message); }
try { var { boom2 } = undefined; } catch (err) { print(err instanceof TypeError, err.message); }
var result = ({ k1, k2 } = { k1: 1, k2: 2 });
print(result.k1, typeof k1);
var ks = [];
for (var { id, tag = '-' } of [{ id: 1 }, { id: 2, tag: 't' }]) ks.push(id + tag);
print(ks.join(' '));
