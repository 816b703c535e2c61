// string methods with unusual arguments
print('abc'.indexOf(undefined), 'undefined'.indexOf(undefined), 'abc'.includes(), 'abcundefined'.endsWith(), 'abc'.startsWith('a', -5), 'abc'.endsWith('c', 100));
print('abc'.slice(true), 'abc'.slice('1', '2'), 'abc'.substring(null, '2'), 'abc'.substr({ valueOf() { return 1; } }, 1), 'abc'.charAt('1'), 'abc'.charCodeAt(null));
print('abc'.padStart(6, 12), 'abc'.padEnd(6, null), 'abc'.padStart('5', 'x'), 'abc'.repeat('2'), 'abc'.repeat(0.9));
print('a,b'.split(null), 'anullb'.split(null).length, 'abc'.split(undefined, 0).length, 'a b c'.split(' ', '2').length, 'a1b1c'.split(1, undefined).length);
print('abc'.concat(['d', 'e']), 'ABC'.toLowerCase.call('XYZ'), 'x'.toUpperCase().toLowerCase().toUpperCase());
print('aaa'.lastIndexOf('a', 1), 'aaa'.lastIndexOf('a', -1), 'aaa'.lastIndexOf('a', Infinity), 'abc'.lastIndexOf('c', 1));
print(String.fromCharCode('65', 66.6, -65471), String.fromCharCode.apply(null, [72, 101, 108, 108, 111]));
print('\u0130'.length, 'a\u0301'.length, '\ud83d\ude00'.slice(0, 1).length, '\ud83d\ude00'.substring(1).charCodeAt(0));
print('abc' === 'ab' + 'c', 'ab'.concat('c') === 'abc', new String('a') == 'a', typeof ('a' + new String('b')));
