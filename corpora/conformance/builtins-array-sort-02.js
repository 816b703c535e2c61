// sort stability with large arrays and comparator call patterns
var data = [];
for (var i = 0; i < 500; i++) data.push({ g: (i * 37) % 10, i: i });
data.sort((a, b) => a.g - b.g);
var stable = true;
for (var k = 1; k < data.length; k++) {
  if (data[k - 1].g > data[k].g) stable = false;
  if (data[k - 1].g === data[k].g && data[k - 1].i > data[k].i) stable = false;
}
print('stable', stable, data[0].i, data[1].i, data[499].i);
var nums = [];
for (var j = 0; j < 1000; j++) nums.push(((j * 2654435761) >>> 0) % 1000);
var sorted = nums.slice().sort((a, b) => a - b);
print(sorted.slice(0, 8).join(), sorted.slice(-5).join());
var lex = nums.slice(0, 20).sort();
print(lex.join());
var desc = nums.slice().sort((a, b) => b - a); print(desc[0], desc[999]);
var strs = ['zeta', 'alpha', 'Beta', 'gamma', 'Alpha', 'beta', '_x', '10', '9', ''];
print(strs.slice().sort().join('|'));
var multi = [['b', 2], ['a', 2], ['c', 1], ['a', 1], ['b', 1]];
multi.sort((x, y) => x[1] - y[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
print(multi.map(p => p.join('')).join(' '));
var bools = [true, false, true, false].sort((a, b) => a - b); print(bools.join());
var mixed = [3, '20', 100, '1', 'a', 'B'].sort(); print(mixed.join());
var floats = [0.3, -0.1, 2.5e-3, -Infinity, Infinity, 1e10].sort((a, b) => a - b); print(floats.join());
