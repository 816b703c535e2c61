// split with string separator and limit
print(JSON.stringify('a,b,,c'.split(',')), JSON.stringify('a,b,c'.split(',', 2)), JSON.stringify('abc'.split('')), JSON.stringify('abc'.split()));
print(JSON.stringify(''.split(',')), JSON.stringify(''.split('')), JSON.stringify('a,b'.split(',', 0)), JSON.stringify('a, b, c'.split(', ')));
print(JSON.stringify('aXbXc'.split('X', -1)), JSON.stringify('abc'.split('abc')), JSON.stringify('abcabc'.split('bc')), JSON.stringify(',a,'.split(',')));
print(JSON.stringify('a b  c'.split(' ')), JSON.stringify('one::two::three'.split('::')), JSON.stringify('no-sep'.split('|')));
print(JSON.stringify('a\ud83d\ude00b'.split('')), 'a1b1c'.split(1).join('|'), JSON.stringify('undefined'.split(undefined)));
print(JSON.stringify('abc'.split('', 2)), JSON.stringify('a,b,c'.split(',', 2 ** 32 + 1)), JSON.stringify('a,b,c'.split(',', 1.9)));
var csv = 'name,age\nann,30\nbob,25';
var rows = csv.split('\n').map(r => r.split(','));
print(rows.length, rows[1][0], rows[2][1], JSON.stringify(rows));
print('hello world foo'.split(' ').map(w => w[0].toUpperCase() + w.slice(1)).join(' '));
print('a-b-c'.split('-').reverse().join('-'), 'x'.split('x').length, 'xx'.split('x').length);
