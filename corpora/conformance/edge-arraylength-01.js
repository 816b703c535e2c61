// array length assignment, truncation and growth
var a = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
a.length = 7; print(a.length, a.join());
a.length = 10; print(a.length, a.join(), 8 in a);
a.length = 0; a.push('fresh'); print(a.length, a.join());
var b = []; b[99] = 'x'; b.length = 50; print(b.length, b[99], Object.keys(b).length);
var c = [1, 2, 3]; c.length = 3.0; print(c.length);
var d = ['a', 'b', 'c']; d.length -= 1; print(d.join()); d.length += 2; print(d.length, JSON.stringify(d));
var e = [1, 2, 3]; e[5] = 6; print(e.length, e.indexOf(6));
var f = []; for (var i = 0; i < 100; i++) f[i] = i; f.length = 10; print(f.reduce((s, v) => s + v, 0));
var g = [1, 2, 3]; var lenObj = { valueOf() { return 1; } }; g.length = lenObj; print(g.length, g.join());
try { g.length = { valueOf() { return -1; } }; } catch (err) { print(err.name, err.message); }
var h = ['x']; h.length = '0'; print(h.length, h[0]);
try { var bad = new Array(2 ** 32); } catch (err) { print(err.name, err.message); }
var ok = new Array(2 ** 32 - 1); print(ok.length);
try { ok.push(1); } catch (err) { print(err.name); }
var k = [1, 2, 3]; k.splice(1); print(k.length, k.join());
var m = [1, 2, 3]; while (m.length) m.length--; print(m.length, JSON.stringify(m));
