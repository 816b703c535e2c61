// JSON stringify/parse round trips and edge values
var samples = [0, -0, 1e21, 1e-7, 123.456, 'str', '', 'é\u2028', true, null, [], {}, [null], { a: [] }, [[[]]], { 'key with "quotes"': 'v' }, [1, 'two', { three: [3] }]];
for (var s of samples) { var j = JSON.stringify(s); print(j, JSON.stringify(JSON.parse(j)) === j); }
print(JSON.stringify({ a: 1, b: [1, 2, { c: 3 }] }, null, 4));
var deep = {}; var cur = deep; for (var i = 0; i < 50; i++) { cur.n = {}; cur = cur.n; } print(JSON.stringify(deep).length);
var long = []; for (var k = 0; k < 100; k++) long.push({ id: k, sq: k * k }); var js = JSON.stringify(long); print(js.length, JSON.parse(js)[99].sq);
print(JSON.stringify('\u007f\u0080\u00ff'), JSON.stringify('\ud834\udd1e'), JSON.parse('"\\u00e9"'), JSON.parse('"\\ud834\\udd1e"').length);
print(JSON.stringify({ undef: undefined, fn() {}, nan: NaN, inf: -Infinity }), JSON.stringify([undefined, function () {}]));
var withToJSON = { v: 1, toJSON() { return { v: this.v + 1, nested: { toJSON() { return 'n'; } } }; } }; print(JSON.stringify(withToJSON));
print(JSON.stringify({ a: 'x' }, (k, v) => typeof v === 'string' ? v.toUpperCase() : v), JSON.stringify([1, 2], (k, v) => k === '0' ? undefined : v));
print(JSON.parse('[1, [2, [3]]]', (k, v) => Array.isArray(v) ? v.length : v * 10));
print(typeof JSON.parse('{}'), Array.isArray(JSON.parse('[]')), JSON.parse('"\\b\\f\\n\\r\\t"').length, JSON.stringify(JSON.parse('"\\u0000"')));
