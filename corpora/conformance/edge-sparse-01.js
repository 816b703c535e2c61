// sparse arrays, holes and length truncation
var a = [];
a[0] = 'a'; a[10] = 'k'; a[5] = 'f';
print(a.length, Object.keys(a).join(','), a.filter(() => true).length, a.indexOf(undefined), a.includes(undefined));
var visited = []; a.forEach((v, i) => visited.push(i)); print(visited.join(','));
print(JSON.stringify(a.map(x => x.toUpperCase())), a.join('').length, String(a).split(',').length);
a.length = 6; print(a.length, Object.keys(a).join(','), a[10]);
a.length = 0; print(a.length, a[0], JSON.stringify(a));
var b = [1, 2, 3, 4, 5]; b.length = 2; b.push('x'); print(b.join(), b.length);
var c = new Array(5); print(c.length, 0 in c, c.join('-'), JSON.stringify(c), c.every(x => false), c.some(x => true));
c[2] = 'mid'; print(c.findIndex(x => x === undefined), c.find(x => x === 'mid'), c.reduce((acc, x) => acc + x, ''));
var d = [1, , 3]; d.sort(); print(JSON.stringify(d), d.length, 2 in d);
var e = [, , 1]; e.reverse(); print(JSON.stringify(e), 0 in e, 2 in e);
var huge = []; huge[1000000] = 1; print(huge.length, Object.keys(huge).length, huge.indexOf(1), huge.lastIndexOf(1));
delete huge[1000000]; print(huge.length, huge.indexOf(1));
var g = [1, 2, 3]; delete g[2]; print(g.length, JSON.stringify(g), g.join('|'));
var h = Array.from({ length: 3 }); print(0 in h, JSON.stringify(h));
var fromHoles = Array.prototype.concat.call([], [, 'x']); print(fromHoles.length, 0 in fromHoles);
console.log([1, , 3], new Array(3), [, 'a']);
