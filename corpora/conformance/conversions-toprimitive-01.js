// ToPrimitive with user-defined valueOf / toString, call order logged
var log = [];
function mk(name, v, s) {
  return {
    valueOf() { log.push(name + '.valueOf'); return v; },
    toString() { log.push(name + '.toString'); return s; },
  };
}
function run(label, fn) { log = []; var r = fn(); print(label, '=>', r, '|', log.join(' ')); }
run('a+1', () => mk('a', 10, 'S') + 1);
run('a+"x"', () => mk('a', 10, 'S') + 'x');
run('String(a)', () => String(mk('a', 10, 'S')));
run('`${a}`', () => `${mk('a', 10, 'S')}`);
run('a*2', () => mk('a', '3', 'S') * 2);
run('a==10', () => mk('a', 10, 'S') == 10);
run('a<b', () => mk('a', 1, 'S') < mk('b', 2, 'T'));
run('obj key', () => { var o = {}; o[mk('k', 1, 'keyname')] = 1; return Object.keys(o)[0]; });
run('+a', () => +mk('a', '0x1f', 'S'));
run('a+b', () => mk('a', 1, 'S') + mk('b', 2, 'T'));
var objVO = { valueOf() { log.push('vo'); return {}; }, toString() { log.push('ts'); return '7'; } };
run('fallback', () => objVO * 2);
var objTS = { valueOf() { log.push('vo'); return 5; }, toString() { log.push('ts'); return {}; } };
run('str fallback', () => String(objTS));
var bad = { valueOf() { return {}; }, toString() { return {}; } };
try { bad + 1; } catch (e) { print(e instanceof TypeError, e.name); }
var noProto = Object.create(null);
try { '' + noProto; } catch (e) { print(e instanceof TypeError, e.name); }
run('array', () => [1, [2, 3]] + '');
run('array num', () => [5] * [2]);
run('join', () => [mk('a', 1, 'A'), mk('b', 2, 'B')].join('-'));
run('func', () => typeof (function () {} + ''));
var counter = { n: 0, valueOf() { return ++this.n; } };
print(counter + counter, counter * 1, counter > 3);
