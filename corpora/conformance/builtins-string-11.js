// replace corner cases: first occurrence only, special patterns, function args
var s = 'aaa bbb aaa';
print(s.replace('aaa', 'X'), s.replace('aaa', '$&$&'), s.replace('bbb', "[$`]"), s.replace('bbb', "[$']"), s.replace('a', '$$'), s.replace('a', '$'));
print('abc'.replace('b', '$0$1$2$9$10$<x>$%'), 'abc'.replace('b', '$$&'), 'abc'.replace('b', '$$$&'));
print('abc'.replace('b', (m, off, str) => [m, off, str].join('/')), 'x'.replace('x', (...a) => a.length));
print('abcabc'.replace('c', 'C'), 'abc'.replace('', '^'), 'abc'.replace('abc', ''), 'a.b'.replace('.', '$&$&'));
var count = 0; var r = 'a-a-a'.replace('a', () => { count++; return 'b'; }); print(r, count);
print('hello'.replace('l', { toString() { return 'L'; } }), 'hello'.replace({ toString() { return 'll'; } }, 'LL'));
print('10 apples'.replace('10', n => n * 2), 'x'.replace('x', () => null), 'x'.replace('x', () => ({})));
function replaceAllManual(str, find, rep) { return str.split(find).join(rep); } print(replaceAllManual('a-b-c-d', '-', ' + '));
var tpl = 'Dear {name}, your order {id} ships {when}.'; var vals = { name: 'Ann', id: 42, when: 'today' };
var filled = tpl; Object.keys(vals).forEach(k => { filled = filled.replace('{' + k + '}', () => String(vals[k])); }); print(filled);
print('$1'.replace('$1', '$$1'), 'money'.replace('money', '$$$$'));
