// indexOf, lastIndexOf, includes, find, findIndex
var a = [1, 2, 3, 2, 1, NaN, '2', -0, undefined];
print(a.indexOf(2), a.indexOf(2, 2), a.indexOf(2, -6), a.indexOf('2'), a.indexOf(NaN), a.indexOf(0), a.indexOf(9), a.indexOf(undefined));
print(a.lastIndexOf(2), a.lastIndexOf(1), a.lastIndexOf(1, 3), a.lastIndexOf(1, -6), a.lastIndexOf(NaN), a.lastIndexOf(+0));
print(a.includes(NaN), a.includes(0), a.includes(-0), a.includes('2'), a.includes(4), a.includes(1, 5), a.includes(undefined));
print([1, , 3].includes(undefined), [1, , 3].indexOf(undefined), [].indexOf(undefined), [1, 2, 3].includes(3, -1), [1, 2, 3].includes(1, -1));
var people = [{ n: 'ann', a: 30 }, { n: 'bob', a: 25 }, { n: 'cid', a: 30 }];
print(people.find(p => p.a === 30).n, people.findIndex(p => p.a === 30), people.find(p => p.a > 99), people.findIndex(p => p.a > 99));
var visits = [];
[1, , 3].find(function (v, i, arr) { visits.push(i + ':' + v); return false; });
print(visits.join(' '));
var ctx = { lim: 2 };
print([1, 2, 3].find(function (v) { return v > this.lim; }, ctx), [5, 6].findIndex((v, i, arr) => arr.length === 2 && i === 1));
print('abcabc'.split('').indexOf('c'), 'abcabc'.split('').lastIndexOf('c'), [[1]].indexOf([1]));
var o = {}; print([o, 1].indexOf(o), [o].includes({}));
print(Array.prototype.indexOf.call({ length: 3, 0: 'a', 1: 'b', 2: 'c' }, 'c'), Array.prototype.includes.call('xyz', 'y'));
