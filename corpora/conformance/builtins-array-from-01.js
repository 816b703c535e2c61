// Array.from with array-likes, strings, Map/Set, mapFn; join, toString
print(Array.from('héllo').join('|'), Array.from('a\ud83d\ude00b').length, Array.from({ length: 3 }).map(String).join());
print(Array.from({ length: 3, 0: 'a', 2: 'c' }).map(String).join(), Array.from({ length: '2' }).length, Array.from({}).length);
print(Array.from([1, 2, 3], x => x * 10).join(), Array.from({ length: 4 }, (v, i) => i * i).join());
print(Array.from(new Set([3, 3, 1, 2])).join(), JSON.stringify(Array.from(new Map([['a', 1], ['b', 2]]))));
print(Array.from(new Map([[1, 'x']]).keys()).join(), Array.from(new Map([[1, 'x']]).values()).join());
print(Array.from(new Uint8Array([1, 255])).join(), Array.from([1, , 3]).length, 1 in Array.from([1, , 3]));
var ctx = { m: 3 }; print(Array.from([1, 2], function (x) { return x * this.m; }, ctx).join());
var src = [1, 2]; var copy = Array.from(src); copy.push(3); print(src.length, copy.length, copy !== src);
try { Array.from(null); } catch (e) { print(e instanceof TypeError); }
print([1, [2, [3, [4]]]].join(), [null, undefined, 1].join('-'), [1, 2].join(undefined), [1, 2].join(''), [].join(), [1].join('xx'));
print([1, 2, 3].toString(), String([[]]), [{}].toString(), [1, 'a', true].join(' and '));
var selfRef = [1, 2]; selfRef.push(selfRef); print(selfRef.join(), String(selfRef));
var o = { toString() { return 'O'; } }; print([o, o].join());
print(Array.prototype.join.call({ length: 2, 0: 'x' }, '+'), Array.prototype.toString.call({ join() { return 'custom join'; } }));
print(Array.from({ length: 5 }, (_, i) => String.fromCharCode(97 + i)).join(''));
console.log(Array.from('abc'), Array.from({ length: 2 }));
