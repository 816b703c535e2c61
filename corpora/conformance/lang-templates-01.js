// untagged template literals
var name = 'world', n = 3;
print(`hello ${name}`);
print(`sum: ${1 + 2}, nested: ${`inner ${n * 2}`}`);
print(`multi
line`);
print(`${[1, 2, 3]} ${{}} ${null} ${undefined} ${true} ${-0} ${1e21}`);
print(`escapes: \t|\n|\${not} \` \\`);
print(`${'a'}${'b'}${'c'}`, `${''}`.length, ``.length);
var obj = { toString() { return 'TS'; }, valueOf() { return 'VO'; } };
print(`${obj}`, '' + obj, obj + '');
var log = [];
var o2 = { toString() { log.push('toString'); return 'x'; } };
var r = `${o2}-${(log.push('second'), 'y')}`;
print(r, log.join(','));
print(`\u0041\x42\u{43}`);
function tpl(a) { return `<${a}>`; }
print([1, 2].map(x => `${x}:${tpl(x)}`).join(' '));
print(`${`${`deep`}`}`);
print(`a${1}b${2}c`.length);
