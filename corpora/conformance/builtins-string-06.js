// replace with string patterns, $-patterns, replacer functions
var s = 'the cat sat on the mat';
print(s.replace('the', 'a'), s.replace('xyz', 'q'), s.replace('at', '[$&]'), s.replace('cat', '$`|'), s.replace('cat', "|$'"));
print(s.replace('sat', '$$'), s.replace('sat', '$1'), s.replace('sat', '$0'), s.replace('sat', '$<name>'), s.replace('sat', '$'));
print(s.replace('on', function (m, off, str) { return m.toUpperCase() + '@' + off + '/' + str.length; }));
var args = null; 'abcabc'.replace('bc', function () { args = Array.prototype.slice.call(arguments); return ''; }); print(JSON.stringify(args));
print('aaa'.replace('a', 'b'), 'aaa'.replace('aa', '$&-'));
print('abc'.replace('', '_'), ''.replace('', 'empty'), 'x'.replace('x', ''), 'a.b.c'.replace('.', '!'));
print('price: 5'.replace('5', '$$5'), 'tag'.replace('tag', '<$&>'), 'ab'.replace('b', '$&$&'));
print('12'.replace(1, 'one'), 'null'.replace(null, 'N'), 'abc'.replace('b', 42), 'abc'.replace('b', () => undefined));
var counter = 0; print('x-x-x'.replace('x', () => ++counter), counter);
var template = 'Hello {name}, you are {age}';
var data = { name: 'Ann', age: 30 };
var out = template;
for (var k in data) out = out.replace('{' + k + '}', data[k]);
print(out);
var rep = 'a-b-c'; while (rep.indexOf('-') !== -1) rep = rep.replace('-', '+'); print(rep);
print('$1 test'.replace('$1', 'literal'), 'abc'.replace('b', "$'$`"));
