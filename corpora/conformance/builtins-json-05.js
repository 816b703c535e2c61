// JSON.parse errors and edge whitespace; stringify of sparse arrays and nested empties with indent
var bad = ['', '{', '}', '[1', '[1,,2]', '{"a":}', '{"a"}', '{1:2}', 'true false', '"unterminated', '"bad\\escape"', '"\u0001"', 'nul', '-', '1e', '[01]', '{"a":1,,}', "'s'"];
bad.forEach(s => { try { JSON.parse(s); print(JSON.stringify(s), 'OK?'); } catch (e) { print(JSON.stringify(s), e.name); } });
print(JSON.stringify(JSON.parse('\t[\r\n1 ,\n2\t]\n')), JSON.parse(' "x" '), JSON.parse('{"":1}')[''], JSON.parse('[]').length);
print(JSON.stringify([1, , 3], null, 1));
print(JSON.stringify({ a: [], b: {}, c: [[]], d: [{}] }, null, 2));
print(JSON.stringify([undefined, () => 1, NaN], null, 1));
