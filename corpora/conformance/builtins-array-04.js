// array index semantics, length, in, non-index properties
var a = [];
a['0'] = 'zero'; a['1.0'] = 'notindex'; a['01'] = 'notindex2'; a[-0] = 'negzero'; a[2.0] = 'two';
print(a.length, a[0], Object.keys(a).join('|'));
a[4294967294] = 'maxidx'; print(a.length);
var b = [1, 2, 3]; b.foo = 'bar'; print(b.length, Object.keys(b).join(), JSON.stringify(b), b.join());
var c = [1, 2, 3]; c[c.length] = 4; c[c.length + 1] = 6; print(c.length, JSON.stringify(c));
var d = [0, 1, 2]; print(d.length = 1, d.join(), d.length = '3', d.length, JSON.stringify(d));
try { d.length = -1; } catch (e) { print(e.name, e.message); }
try { d.length = 'abc'; } catch (e) { print(e.name, e.message); }
var e = []; e[1.5] = 'x'; e[-1] = 'y'; e['2e0'] = 'z'; print(e.length, Object.keys(e).join());
var f = [1, 2, 3]; Object.freeze(f); f[0] = 9; f.length = 0; print(f.join(), f.length);
var g = [1, 2, 3]; Object.defineProperty(g, 1, { value: 'fixed', configurable: false }); g.length = 0; print(g.length, g[1]);
var h = new Array(3); h.push('x'); print(h.length, h.indexOf('x'));
var big = [1, 2]; big.length = 5; print(big.length, big.lastIndexOf(undefined), big.includes(undefined));
