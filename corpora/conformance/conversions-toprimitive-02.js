// ToPrimitive in builtins: array index, string methods, Math, comparison, property keys
var log = [];
function spy(name, v) { return { valueOf() { log.push(name + ':valueOf'); return v; }, toString() { log.push(name + ':toString'); return String(v); } }; }
function show(label, r) { print(label, r, '|', log.join(' ')); log = []; }
show('Math.max', Math.max(spy('a', 3), spy('b', 7)));
show('slice', [1, 2, 3, 4].slice(spy('s', 1), spy('e', 3)).join());
show('charAt', 'hello'.charAt(spy('i', 1)));
show('key', ({ k2: 'found' })[spy('k', 'k2')]);
show('in', spy('p', 'length') in []);
show('concat', 'x'.concat(spy('c', 5)));
show('template', `${spy('t', 9)}`);
show('isNaN', isNaN(spy('n', 'abc')));
show('fixed', (1.2345).toFixed(spy('d', 2)));
show('padStart', 'a'.padStart(spy('w', 3), spy('f', 'z')));
show('Array(n)', new Array(3).fill(spy('fill', 1)).length);
show('typed', new Uint8Array([spy('u', 300)])[0]);
show('eq', spy('q', 1) == 1);
show('strict', spy('q2', 1) === 1);
show('bitor', spy('b', 5.5) | 0);
show('neg', -spy('m', 4));
show('unary+', +spy('p', '8'));
show('String()', String(spy('S', 'z')));
show('Number()', Number(spy('N', '42')));
show('join', [spy('j1', 1), spy('j2', 2)].join());
show('sort', [spy('x', 2), spy('y', 1)].sort().map(String).join());
