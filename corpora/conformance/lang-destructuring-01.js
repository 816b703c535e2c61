// array destructuring
var [a, b, c] = [1, 2, 3];
print(a, b, c);
var [d, , e] = [4, 5, 6];
print(d, e);
var [f, ...rest] = [7, 8, 9, 10];
print(f, rest.length, rest.join('|'));
var [g = 'def', h = 'def2'] = [undefined, null];
print(g, h);
var [[i, j], [k]] = [[1, 2], [3]];
print(i, j, k);
var [s1, s2, ...srest] = 'hello';
print(s1, s2, srest.join(''));
var [m1, m2] = new Map([['x', 1], ['y', 2]]);
print(m1.join('='), m2.join('='));
var [z1, z2] = new Set(['p', 'q']);
print(z1, z2);
var x = 1, y = 2;
[x, y] = [y, x];
print(x, y);
var arr = [];
[arr[0], arr[1] = 'dflt'] = ['first'];
print(arr.join(','));
var o = {};
[o.a, o.b] = [10, 20];
print(o.a, o.b);
var [u1, u2, u3] = [1];
print(u1, u2, u3);
var calls = 0;
function side() { calls++; return 'side'; }
var [n1 = side(), n2 = side()] = [0];
print(n1, n2, calls);
var [[deep] = ['dflt-arr']] = [];
print(deep);
try { var [bad] = null; } catch (err) { print(err instanceof TypeError); }
try { var [bad2] = {}; } catch (err) { print(err instanceof TypeError); }
let [l1, l2 = l1 * 2] = [5];
print(l1, l2);
