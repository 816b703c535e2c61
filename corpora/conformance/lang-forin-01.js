// for-in key order: integer keys ascending, then strings in insertion order, then prototype chain
var o = { b: 1, 2: 'two', a: 2, 1: 'one', '-1': 'neg', '01': 'zero-one', 10: 'ten', 1.5: 'frac' };
var keys = [];
for (var k in o) keys.push(k);
print(keys.join(' '));
print(Object.keys(o).join(' '));
var proto = { p1: 1, 0: 'p0', shared: 'proto' };
var child = Object.create(proto);
child.c1 = 1; child[5] = 'five'; child.shared = 'own';
var ks = [];
for (var k2 in child) ks.push(k2);
print(ks.join(' '));
var arr = ['x', 'y', 'z']; arr.extra = true;
var ak = [];
for (var i in arr) ak.push(i + ':' + typeof i);
print(ak.join(' '));
var sparse = []; sparse[5] = 1; sparse[1] = 2;
var sk = []; for (var s in sparse) sk.push(s); print(sk.join(','));
var str = 'hey'; var strk = []; for (var c in str) strk.push(c); print(strk.join(','));
var nonEnum = {}; Object.defineProperty(nonEnum, 'hidden', { value: 1, enumerable: false }); nonEnum.shown = 2;
for (var ne in nonEnum) print('enum', ne);
for (var z in null) print('never'); for (var z2 in undefined) print('never');
var del = { a: 1, b: 2, c: 3 }; var seen = [];
for (var d in del) { seen.push(d); if (d === 'a') delete del.b; }
print(seen.join(','));
var big = { 4294967295: 'notindex', 4294967294: 'maxindex', 3: 'three' };
var bk = []; for (var b in big) bk.push(b); print(bk.join(' '));
