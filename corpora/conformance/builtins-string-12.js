// surrogate pairs: length, iteration, codePointAt, slicing, split
var s = 'A\ud83d\ude00B\ud834\udd1eC';
print(s.length, [...s].length, Array.from(s).length, s.split('').length);
print([...s].map(c => c.codePointAt(0).toString(16)).join(' '));
var cps = []; for (var i = 0; i < s.length; i++) cps.push(s.codePointAt(i)); print(cps.join(' '));
var units = []; for (var j = 0; j < s.length; j++) units.push(s.charCodeAt(j).toString(16)); print(units.join(' '));
print(s.indexOf('B'), s.indexOf('\ude00'), s.lastIndexOf('\ud834'), s.includes('\ud83d'), s.slice(1, 3) === '\ud83d\ude00', s.substring(2, 4).length);
print(String.fromCharCode(0xd83d) + String.fromCharCode(0xde00) === '\ud83d\ude00', '\u{1F600}' === '\ud83d\ude00', '\u{1D11E}'.length);
var rev = [...s].reverse().join(''); print(rev.length, rev.codePointAt(0).toString(16), rev.codePointAt(1).toString(16));
print(JSON.stringify(s), JSON.stringify('\ud83d'), JSON.stringify(s.slice(0, 2)));
print('\ud83d\ude00'.toUpperCase() === '\ud83d\ude00', 'x\ud83d\ude00'.padStart(5, '\ud83d\ude00').length, '\ud83d\ude00'.repeat(3).length);
var cnt = 0; for (var ch of 'a\ud800b\udc00c') cnt++; print(cnt);
