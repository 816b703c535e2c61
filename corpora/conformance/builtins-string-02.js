// indexOf, lastIndexOf, includes, startsWith, endsWith
var s = 'the quick brown fox jumps over the lazy dog';
print(s.indexOf('the'), s.indexOf('the', 1), s.indexOf('cat'), s.indexOf(''), s.indexOf('', 100), s.indexOf('o', -5));
print(s.lastIndexOf('the'), s.lastIndexOf('o'), s.lastIndexOf('o', 20), s.lastIndexOf('the', 0), s.lastIndexOf(''), s.lastIndexOf('x', -1));
print(s.includes('fox'), s.includes('Fox'), s.includes('fox', 17), s.includes(''), 'abc'.includes('c', -10));
print(s.startsWith('the'), s.startsWith('quick', 4), s.startsWith(''), s.startsWith('dog', 40), s.endsWith('dog'), s.endsWith('lazy', 39), s.endsWith('the', 3));
print('aaa'.indexOf('aa', 1), 'aaa'.lastIndexOf('aa'), 'abc'.indexOf('c', NaN), 'abc'.lastIndexOf('a', NaN), 'abcabc'.lastIndexOf('c', 4));
print('null undefined'.indexOf(null), 'null undefined'.indexOf(undefined), '123'.indexOf(2), 'true'.includes(true));
print(''.indexOf(''), ''.lastIndexOf(''), ''.includes(''), ''.startsWith(''), 'x'.endsWith('', 0));
var count = 0, pos = -1; while ((pos = s.indexOf('o', pos + 1)) !== -1) count++; print('o count', count);
print('\ud83d\ude00abc'.indexOf('a'), '\u00e9t\u00e9'.lastIndexOf('\u00e9'));
