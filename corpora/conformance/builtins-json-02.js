// JSON.stringify with replacer function/array and indentation
var o = { a: 1, b: 'two', c: [1, 2, { d: 3 }], e: { f: null, g: true } };
print(JSON.stringify(o, null, 2));
print(JSON.stringify(o, null, '--'));
print(JSON.stringify(o, null, 20).split('\n')[1].length, JSON.stringify([1], null, '0123456789ABC'));
print(JSON.stringify([], null, 2), JSON.stringify({}, null, 2), JSON.stringify([[]], null, 1), JSON.stringify({ a: {} }, null, 1));
print(JSON.stringify(o, ['a', 'c', 'd']));
print(JSON.stringify(o, ['e', 'g', 1]), JSON.stringify({ 1: 'one', 2: 'two' }, [1]));
var log = [];
var r = JSON.stringify(o, function (k, v) { log.push(JSON.stringify(k) + ':' + typeof v); if (typeof v === 'number') return v * 10; if (k === 'b') return undefined; return v; });
print(r);
print(log.join(' '));
print(JSON.stringify({ x: 1 }, function (k, v) { return k === '' ? [this === undefined, typeof this] : v; }));
print(JSON.stringify(5, (k, v) => v + 1), JSON.stringify('s', () => undefined), JSON.stringify({ a: 1 }, null, 0), JSON.stringify({ a: 1 }, null, ''));
print(JSON.stringify({ a: [1, { b: 2 }] }, null, '\t'));
print(JSON.stringify({ a: 1, b: [1, 2] }, null, 1.9), JSON.stringify({ a: 1 }, null, new Number(2)));
