// freeze / isFrozen / is / hasOwnProperty / propertyIsEnumerable / toString / valueOf
var f = Object.freeze({ a: 1, nested: { b: 2 } });
f.a = 99; f.c = 3; delete f.a; f.nested.b = 'mutable';
print(f.a, f.c, f.nested.b, Object.isFrozen(f), Object.isFrozen(f.nested), Object.isFrozen({}), Object.isFrozen(1));
var arr = Object.freeze([1, 2]);
try { arr.push(3); } catch (e) { print(e instanceof TypeError, e.name); }
print(arr.length, Object.isFrozen(Object.freeze(Object.create(null))), Object.freeze(5));
print(Object.is(NaN, NaN), Object.is(0, -0), Object.is(-0, -0), Object.is('a', 'a'), Object.is({}, {}), Object.is(null, undefined));
var o = { own: 1 }; var c = Object.create(o); c.mine = 2;
print(c.hasOwnProperty('mine'), c.hasOwnProperty('own'), 'own' in c, Object.prototype.hasOwnProperty.call(c, 'mine'));
print([1].hasOwnProperty(0), [1].hasOwnProperty('length'), 'ab'.hasOwnProperty(1), 'ab'.hasOwnProperty(2));
var pe = {}; Object.defineProperty(pe, 'h', { value: 1 }); pe.v = 2;
print(pe.propertyIsEnumerable('h'), pe.propertyIsEnumerable('v'), [1].propertyIsEnumerable(0), [1].propertyIsEnumerable('length'), c.propertyIsEnumerable('own'));
var ts = Object.prototype.toString;
print(ts.call({}), ts.call([]), ts.call(null), ts.call(undefined), ts.call(1), ts.call('s'), ts.call(true));
print(ts.call(function () {}), ts.call(new Error('x')), ts.call(new Map()), ts.call(new Set()), ts.call(Math), ts.call(JSON));
print(ts.call(new Uint8Array(1)), ts.call(new ArrayBuffer(1)), ts.call(new Float64Array(1)), ts.call((function () { return arguments; })()));
print(ts.call(class {}), ts.call(new (class K {})()), ts.call(globalThis) === '[object global]' || ts.call(globalThis).length > 0);
var obj = { a: 1 }; print(obj.valueOf() === obj, typeof Object.prototype.valueOf.call(5), String({}.toString()));
print(({ toString() { return 'custom'; } }) + '', [1, 2].toString(), Object.prototype.toString.call([1, 2]));
