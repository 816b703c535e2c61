// string edge cases
print(''.length, ' '.length, '\0'.length, 'a\0b'.length, 'a\0b'.indexOf('b'));
var big = 'ab'.repeat(5000); print(big.length, big.lastIndexOf('ab'), big.indexOf('ba'), big.slice(9998));
var s = ''; for (var i = 0; i < 2000; i++) s += i % 10; print(s.length, s.slice(995, 1005));
print('abc' + undefined + null + true + 1 + 1.5 + -0 + [] + {} );
print('\ud83d\ude00'.split('').map(c => c.charCodeAt(0).toString(16)).join(' '), '\ud83d\ude00'.codePointAt(0));
print('z' > 'aaa', 'a' < 'aa', String.fromCharCode(0xffff).charCodeAt(0));
var m = 'x'.repeat(100); var cnt = 0; for (var c of m) cnt++; print(cnt);
var keys = {}; for (var k = 0; k < 100; k++) keys['k' + k] = k; print(Object.keys(keys).length, keys.k50, keys['k' + 99]);
print('aXbXc'.split('X').join('Y'), 'ab'.concat('cd').toUpperCase().toLowerCase(), '  pad  '.trim().padStart(6, '*'));
print('abc'.substring(2, 0), 'hello'.slice(-3, -1), 'x'.padEnd(3, 'yz') + 'x'.padStart(3, 'yz'));
print(String(123).length, (123.456).toString().length, ('' + 1e21).length, String(-0).length);
var joined = [1, 2, 3].join('\n'); print(joined.split('\n').length, JSON.stringify(joined));
print('a\tb'.length, 'a\\tb'.length, 'tab\there'.indexOf('\t'));
