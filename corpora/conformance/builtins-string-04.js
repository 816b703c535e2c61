// toUpperCase, toLowerCase, trim, repeat, padStart, padEnd, concat
print('Hello World'.toUpperCase(), 'Hello World'.toLowerCase(), 'ßtraße'.toUpperCase(), 'ÀÉÎ'.toLowerCase(), 'àéî'.toUpperCase(), '123-_!'.toUpperCase());
print(JSON.stringify('  \t\n x y \r\n '.trim()), JSON.stringify('\u00a0\ufeff\u2003z\u3000'.trim()));
print('ab'.repeat(3), JSON.stringify('x'.repeat(0)), ''.repeat(100).length, 'abc'.repeat(2.9));
try { 'a'.repeat(-1); } catch (e) { print(e.name); }
try { 'a'.repeat(Infinity); } catch (e) { print(e.name); }
print('5'.padStart(3, '0'), 'abc'.padStart(10, '123'), 'abc'.padStart(2), JSON.stringify('abc'.padStart(6)), 'abc'.padStart(6, ''));
print('5'.padEnd(3, '0'), 'abc'.padEnd(10, '123'), JSON.stringify('abc'.padEnd(5)), 'x'.padEnd(4, 'ab'), 'x'.padStart(4.5, 'ab'));
print('a'.concat('b', 'c'), 'a'.concat(1, null, undefined, [2, 3], {}), ''.concat(), 'x'.concat(''));
var table = [['id', 'name'], ['1', 'alpha'], ['22', 'b']];
for (var row of table) print('|' + row[0].padStart(4) + '|' + row[1].padEnd(6, '.') + '|');
print('MiXeD'.split('').map((c, i) => i % 2 ? c.toLowerCase() : c.toUpperCase()).join(''));
