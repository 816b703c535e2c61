// charAt, charCodeAt, codePointAt, fromCharCode, length with surrogates
var s = 'a\u00e9\u4e2d\ud83d\ude00z';
print(s.length, s.charAt(0), s.charAt(3).length, s.charAt(99) === '', s.charAt(-1) === '', s.charAt(1.9));
print(s.charCodeAt(0), s.charCodeAt(1), s.charCodeAt(2), s.charCodeAt(3), s.charCodeAt(4), s.charCodeAt(5), s.charCodeAt(6), s.charCodeAt(-1));
print(s.codePointAt(3), s.codePointAt(4), s.codePointAt(0), s.codePointAt(10), s.codePointAt(3).toString(16));
print(String.fromCharCode(72, 105), String.fromCharCode(0xd83d, 0xde00) === '\ud83d\ude00', String.fromCharCode(), String.fromCharCode(65.9, '66', 0x10043));
print('abc'.charCodeAt(), 'abc'.charAt(), ''.charCodeAt(0), ''.codePointAt(0));
print('\ud800'.length, '\ud800'.codePointAt(0), '\ude00x'.codePointAt(0));
var codes = []; for (var i = 0; i < 'Hello'.length; i++) codes.push('Hello'.charCodeAt(i)); print(codes.join());
var built = ''; for (var c of [74, 83, 33]) built += String.fromCharCode(c); print(built);
print([...'ab\ud83d\ude00'].length, 'ab\ud83d\ude00'.split('').length);
print('abc'[1], 'abc'['length'], 'abc'[3]);
