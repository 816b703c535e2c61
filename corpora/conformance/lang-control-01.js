// if / else, while, do-while, for
var out = [];
for (var i = 0; i < 10; i++) {
  if (i % 3 === 0) out.push('fizz' + i);
  else if (i % 3 === 1) out.push(i);
  else { out.push('-'); }
}
print(out.join(' '));
var n = 0, s = 0;
while (n < 100) { s += n; n += 7; }
print(n, s);
var d = 0;
do { d++; } while (d < 0);
print(d);
var k = 10;
do { k -= 3; } while (k > 0);
print(k);
for (;;) { if (++k > 5) break; }
print(k);
var a = 0, b = 0;
for (a = 0, b = 10; a < b; a++, b--) {}
print(a, b);
var str = '';
for (var j = 0; j < 5; j++) { if (j === 2) continue; str += j; }
print(str);
var w = 0;
while (true) { w++; if (w === 4) continue; if (w > 6) break; }
print(w);
if (0) print('no'); else if ('') print('no'); else if (null) print('no'); else print('falsy chain');
if ([] && {}) print('objects truthy');
if (NaN || undefined || -0) print('?'); else print('all falsy');
