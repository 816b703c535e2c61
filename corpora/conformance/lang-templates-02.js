// template literals with expressions, nesting, conversion
var items = ['a', 'b', 'c'];
print(`list: ${items.map((x, i) => `${i}=${x}`).join(', ')}`);
print(`${1}${2}` === '12', `${1 + 1}` === '2', typeof `${5}`);
var obj = { valueOf() { return 42; }, toString() { return 'str'; } };
print(`${obj}`, obj + '', `${[obj]}`);
print(`${{ a: 1 }}`, `${[1, [2, 3]]}`, `${function () {}}`.length > 0, `${null}${undefined}`);
var n = 5; print(`${n > 3 ? 'big' : 'small'} ${n % 2 ? 'odd' : 'even'}`);
var html = `<ul>${items.map(i => `<li>${i}</li>`).join('')}</ul>`; print(html);
print(`line1
line2
  line3`.split('\n').length);
print(`\${escaped}`, `$notexpr`, `$`, `{}`, `\\${n}`);
print(`a${''}b${``}c`, `${`${`${n}`}`}`);
var cnt = 0; var t = `${cnt++}${cnt++}${cnt++}`; print(t, cnt);
print(`${1e21} ${-0} ${0.1 + 0.2} ${[-0]}`);
print(`tab\there`, `uni\u00e9`, `\x41`);
