// string formatting helpers built from primitives
function fmt(n, w, d) { return n.toFixed(d).padStart(w); }
var rows = [['pi', Math.PI], ['e', Math.E], ['sqrt2', Math.SQRT2], ['big', 12345.678], ['neg', -0.5], ['tiny', 0.000456]];
rows.forEach(([k, v]) => print(k.padEnd(6, '.') + fmt(v, 12, 4) + fmt(v, 10, 0) + ' ' + v.toString(16).slice(0, 10)));
function commas(n) { var s = String(Math.trunc(Math.abs(n))), out = ''; while (s.length > 3) { out = ',' + s.slice(-3) + out; s = s.slice(0, -3); } return (n < 0 ? '-' : '') + s + out; }
print([0, 7, 1234, 1234567, -9876543210, 1e15].map(commas).join(' '));
function center(s, w, ch = ' ') { var total = w - s.length; if (total <= 0) return s; var left = Math.floor(total / 2); return ch.repeat(left) + s + ch.repeat(total - left); }
print('[' + center('hi', 10) + ']', '[' + center('odd', 10, '*') + ']', '[' + center('toolong', 3) + ']');
function slug(s) { return s.toLowerCase().split('').map(c => (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ? c : '-').join('').split('-').filter(Boolean).join('-'); }
print(slug('Hello, World! 2024 Edition'), slug('  --Already--Slugged--  '));
function camel(s) { return s.split('-').map((w, i) => i ? w[0].toUpperCase() + w.slice(1) : w).join(''); }
print(camel('background-color'), camel('a-b-c'), camel('single'));
function bin(n, w) { return (n >>> 0).toString(2).padStart(w, '0'); } print(bin(5, 8), bin(-1, 32), bin(255, 4));
function hexdump(s) { return Array.from(s, c => c.charCodeAt(0).toString(16).padStart(4, '0')).join(' '); } print(hexdump('Aé\u4e2d'));
