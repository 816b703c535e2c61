// JSON.stringify basics
print(JSON.stringify(1), JSON.stringify('s'), JSON.stringify(true), JSON.stringify(null), JSON.stringify(undefined), JSON.stringify(function () {}));
print(JSON.stringify(NaN), JSON.stringify(Infinity), JSON.stringify(-0), JSON.stringify(1e21), JSON.stringify(0.1 + 0.2), JSON.stringify(-1.5e-7));
print(JSON.stringify([1, 'a', null, undefined, function () {}, NaN, -0, [2, [3]]]));
print(JSON.stringify({ a: 1, b: undefined, c: function () {}, d: null, e: [], f: {}, g: 'x', 2: 'two' }));
print(JSON.stringify({ nested: { deeper: { deepest: [1, { x: 'y' }] } } }));
print(JSON.stringify('esc: " \\ / \b \f \n \r \t \u0001 \u001f \u007f \u2028 \u00e9 \ud83d\ude00'));
print(JSON.stringify('\ud800'), JSON.stringify('\udc00x'));
print(JSON.stringify(new Number(5)), JSON.stringify(new String('boxed')), JSON.stringify(new Boolean(false)), JSON.stringify([new Number(1)]));
print(JSON.stringify({ toJSON() { return { replaced: true }; } }), JSON.stringify({ a: { toJSON(key) { return 'key=' + key; } } }));
print(JSON.stringify([{ toJSON(k) { return 'idx' + k; } }]), JSON.stringify({ toJSON() { return undefined; } }));
print(JSON.stringify(Object.create({ inherited: 1 })), JSON.stringify(Object.defineProperty({}, 'h', { value: 1 })));
print(JSON.stringify(new Map([[1, 2]])), JSON.stringify(new Set([1])), JSON.stringify(new Uint8Array([1, 2])), JSON.stringify(new Error('e')));
print(JSON.stringify([,1]), JSON.stringify({ [1.5]: 'f', '-1': 'n' }), JSON.stringify('\u0000'), JSON.stringify({ '\n': 1 }));
var order = { z: 1, a: 2, 10: 'ten', 1: 'one' }; print(JSON.stringify(order));
print(JSON.stringify({ get g() { return 'getter'; } }), JSON.stringify([undefined]), typeof JSON.stringify(() => 1));
