// reverse, join and toString on nested/cyclic/sparse arrays; concat spreading behaviour
var a = [1, [2, [3, [4]]], 'x']; print(a.toString(), a.join(';'), String(a.reverse()));
var cyc = [1]; cyc.push(cyc, 2); print(cyc.join('-'), String([cyc]));
var sp = [1, , , 4]; print(sp.join(), sp.toString(), sp.reverse().join('|'), JSON.stringify(sp));
print([].concat([1], [[2]], 3, [, 4]).length, JSON.stringify([].concat([1], [[2]], 3)));
print(Array.prototype.concat.call('s', 't').length, [1].concat('ab', ['cd']).join('.'));
var arrs = [[3, 2, 1], [6, 5, 4]]; arrs.forEach(x => x.reverse()); print(JSON.stringify(arrs), arrs.reverse().join(' '));
var big = Array.from({ length: 10 }, (_, i) => i); print(big.reverse().join(''), big.reverse().slice(3, 6).join(''));
var strArr = 'a b c'.split(' '); strArr.reverse(); print(strArr.join(' '));
var mixed = [undefined, null, 0, '', false, NaN, [], {}]; print(mixed.join('|'), mixed.map(String).join('|'));
print([[], [[]], [[], []]].join('|'), [[1, 2], [3]].toString(), [['a']].join() === 'a');
