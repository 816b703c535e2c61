// slice, substring, substr
var s = 'JavaScript';
print(s.slice(4), s.slice(0, 4), s.slice(-6), s.slice(-6, -2), s.slice(4, 2) === '', s.slice(100) === '', s.slice(NaN, 3), s.slice(2.7, 5.2));
print(s.substring(4), s.substring(0, 4), s.substring(4, 0), s.substring(-5, 3), s.substring(3, NaN), s.substring(100, 2), s.substring(2.9));
print(s.substr(4), s.substr(4, 3), s.substr(-6, 3), s.substr(-100, 2), s.substr(2, -1) === '', s.substr(2, 100), s.substr(NaN, 2));
print('abc'.slice(), 'abc'.substring(), 'abc'.substr(), ''.slice(1), 'a\ud83d\ude00b'.slice(1, 3) === '\ud83d\ude00', 'a\ud83d\ude00b'.slice(1, 2).length);
var words = [];
var text = 'alpha,beta,gamma';
var start = 0, idx;
while ((idx = text.indexOf(',', start)) !== -1) { words.push(text.slice(start, idx)); start = idx + 1; }
words.push(text.substring(start)); print(words.join('|'));
print(s.slice(-3, undefined), s.substring(undefined, 4), s.substr(undefined, 4), s.slice(0, -0).length, s.slice(-0));
print(String.prototype.slice.call(12345, 1, 3), String.prototype.substring.call(true, 1), String.prototype.substr.call(null === null ? [1, 2, 3] : 0, 1, 3));
