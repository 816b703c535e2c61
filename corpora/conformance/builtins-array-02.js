// array methods on array-likes and strings via call
var al = { length: 4, 0: 'd', 1: 'a', 2: 'c', 3: 'b' };
print(Array.prototype.map.call(al, x => x.toUpperCase()).join(), Array.prototype.slice.call(al, 1, 3).join(), Array.prototype.indexOf.call(al, 'c'));
print(Array.prototype.sort.call(al) === al, al[0] + al[1] + al[2] + al[3], Array.prototype.reverse.call(al)[0]);
print(Array.prototype.every.call('aaa', c => c === 'a'), Array.prototype.some.call('abc', c => c === 'z'), Array.prototype.reduce.call('abc', (a, c) => c + a, ''));
print(Array.prototype.filter.call('a1b2', c => c >= '0' && c <= '9').join(), Array.prototype.join.call('abc', '-'), Array.prototype.includes.call({ length: 1, 0: NaN }, NaN));
var o = { length: 0 }; Array.prototype.push.call(o, 'x', 'y'); print(o.length, o[0], o[1], JSON.stringify(o));
Array.prototype.unshift.call(o, 'w'); print(o.length, o[0], o[2]);
Array.prototype.splice.call(o, 1, 1); print(o.length, o[1], 2 in o);
var args = (function () { return arguments; })(3, 1, 2); print(Array.prototype.sort.call(args)[0], Array.prototype.join.call(args));
print(Array.prototype.concat.call(1, 2).length, typeof Array.prototype.concat.call(1, 2)[0]);
var weird = { length: -5 }; print(Array.prototype.join.call(weird).length, Array.prototype.map.call({ length: 2.7 }, x => 1).length);
var lenStr = { length: '3', 0: 'a', 2: 'c' }; print(Array.from(lenStr).map(String).join());
