// spread in arrays and calls, array holes
var a = [1, 2], b = [3, 4];
print([...a, ...b].join(','), [0, ...a, 2.5, ...b, 5].length);
print([...'héllo'].join('|'), [...new Set([1, 1, 2])].join(','), [...new Map([[1, 'a']])][0].join(':'));
print(Math.max(...a, ...b), Math.min(...[5, 3], 4));
function f(x, y, z) { return [x, y, z].join('/'); }
print(f(...[1, 2, 3]), f(...[1], 9), f(...'ab'), f(...[]));
var holes = [1, , 3];
print(holes.length, 1 in holes, [...holes].length, 1 in [...holes], [...holes][1]);
var h2 = [, ,]; print(h2.length);
var h3 = [, 'a', , 'b', ,]; print(h3.length, h3.join('-'), Object.keys(h3).join(','));
var nested = [[1, 2], [3]];
print([].concat(...nested).join(','));
var copy = [...a]; copy.push(99); print(a.length, copy.length);
var o = { m(...args) { return args.length + ':' + this.tag; }, tag: 'T' };
print(o.m(...[1, 2, 3]), o['m'](...'xy'));
function Ctor(a, b) { this.sum = a + b; }
print(new Ctor(...[20, 22]).sum);
var ta = new Uint8Array([1, 2, 3]); print([...ta].join(','), Math.max(...ta));
var args = (function () { return [...arguments]; })(1, 'two', 3);
print(args.length, Array.isArray(args));
try { f(...5); } catch (e) { print(e instanceof TypeError); }
try { [...{}]; } catch (e) { print(e instanceof TypeError); }
console.log([1, , 3], [, ,], [...holes]);
