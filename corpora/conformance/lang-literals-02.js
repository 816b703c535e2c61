// string literals and escapes
print('single', "double", 'it\'s', "say \"hi\"");
print('tab:\t|', 'nl:\n|', 'cr-less', 'back\\slash');
print('\x41\x62\x63', '\u0041\u00e9\u4e2d', '\u{1F600}'.length, '\u{41}');
print('\0'.charCodeAt(0), '\b'.charCodeAt(0), '\f'.charCodeAt(0), '\v'.charCodeAt(0), '\r'.charCodeAt(0));
print('line\
continuation');
print('\a\c\d'.length, '\a\c\d');
print('\u2028'.charCodeAt(0), '\u2029'.length);
print('ab' + 'cd', 'x'.length, ''.length, '\ud83d\ude00'.length);
var s = 'caf\u00e9';
print(s, s.length, s === 'café');
print(JSON.stringify('quote" backslash\\ newline\n tab\t ctl\u0001 uni\u2028'));
print("\'", '\"', `\``, '\u0000'.length);
console.log('a\nb', ['its', 'q"q']);
