// JSON.parse with reviver, errors
print(JSON.stringify(JSON.parse('{"a":1,"b":[true,false,null],"c":"s\\u0041\\n","d":-1.5e2,"e":{}}')));
print(JSON.parse('1'), JSON.parse('"str"'), JSON.parse('null'), JSON.parse(' [1, 2 ] ').length, JSON.parse('-0') === 0, 1 / JSON.parse('-0'), JSON.parse('1E400'));
print(JSON.parse('{"__proto__": 1}').__proto__, Object.keys(JSON.parse('{"b":1,"a":2,"1":3}')).join(','), JSON.parse('{"a":1,"a":2}').a);
var bad = ['{a:1}', "{'a':1}", '[1,]', '{"a":1,}', '01', '.5', '1.', '+1', 'NaN', 'undefined', '"\t"', '"\\x41"', '', ' ', '[', 'tru', '{"a" 1}', '"abc', '0x10', '1 2'];
for (var b of bad) { try { JSON.parse(b); print(JSON.stringify(b), 'parsed?!'); } catch (e) { print(JSON.stringify(b), e.name, e instanceof SyntaxError); } }
var log = [];
var rev = JSON.parse('{"a":1,"b":{"c":2,"d":[3,4]}}', function (k, v) { log.push(k); return typeof v === 'number' ? v * 100 : v; });
print(JSON.stringify(rev), log.join(','));
var removed = JSON.parse('{"keep":1,"drop":2}', (k, v) => k === 'drop' ? undefined : v); print(JSON.stringify(removed), 'drop' in removed);
print(JSON.parse('[1,2,3]', function (k, v) { return Array.isArray(v) ? v.length : v + 1; }));
print(JSON.stringify(JSON.parse('"\\ud83d\\ude00"')), JSON.parse('"\\ud83d\\ude00"').length, JSON.parse('"\\/"'));
print(JSON.parse(' \n\t\r 42 \n'), JSON.parse('123456789012345678901234567890'), JSON.parse('1e-7'));
var roundtrip = { s: 'q"\\', n: [0.1, -0, 1e21], o: { t: true } }; print(JSON.stringify(JSON.parse(JSON.stringify(roundtrip))));
