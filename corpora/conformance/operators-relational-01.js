// relational comparisons across types
var vals = [-1, 0, 1, '1', '10', '9', 'a', 'B', '', null, undefined, NaN, true, [2], Infinity];
var lines = [];
for (var i = 0; i < vals.length; i++) {
  var row = '';
  for (var j = 0; j < vals.length; j++) { var a = vals[i], b = vals[j]; row += a < b ? '<' : a > b ? '>' : a <= b && a >= b ? '=' : '?'; }
  lines.push(String(vals[i]).padEnd(9) + row);
}
lines.forEach(l => print(l));
print('a' < 'b', 'a' < 'B', 'abc' < 'ab', '' < ' ', '\u00e9' < 'f', 'Z' < '[', '2' < '12', 2 < '12');
