// abstract equality table
var vals = [0, -0, 1, '', '0', '1', ' ', 'a', true, false, null, undefined, NaN, [], [0], [1], [[]], {}, Infinity, '\n'];
var names = ['0', '-0', '1', "''", "'0'", "'1'", "' '", "'a'", 'true', 'false', 'null', 'undef', 'NaN', '[]', '[0]', '[1]', '[[]]', '{}', 'Inf', "'\\n'"];
for (var i = 0; i < vals.length; i++) {
  var row = '';
  for (var j = 0; j < vals.length; j++) row += vals[i] == vals[j] ? '1' : '.';
  print(names[i].padEnd(6), row);
}
var strictRow = ''; for (var k = 0; k < vals.length; k++) strictRow += vals[k] === vals[k] ? '1' : '.'; print('strict', strictRow);
var isRow = ''; for (var m = 0; m < vals.length; m++) isRow += Object.is(vals[m], vals[m]) ? '1' : '.'; print('is    ', isRow);
