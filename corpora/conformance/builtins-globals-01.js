// globalThis, print, console.log basics
print(typeof globalThis, globalThis === this, globalThis.globalThis === globalThis);
print(typeof globalThis.print, typeof globalThis.console, typeof console.log);
var gv = 1; let gl = 2; const gc = 3; function gf() {}
print('gv' in globalThis, 'gl' in globalThis, 'gc' in globalThis, 'gf' in globalThis);
globalThis.fromGlobal = 'fg'; print(fromGlobal);
print(globalThis.Math === Math, globalThis.Array === Array, globalThis.NaN, globalThis.Infinity, globalThis.undefined);
undefined = 5; NaN = 1; print(undefined, NaN);
print();
print('');
print('a', 'b', 'c');
print(1, 'x', true, null, undefined, [1, 2], { a: 1 });
print([], [[]], [null], [undefined, 1]);
console.log();
console.log('plain string');
console.log('multi', 'args', 1, true, null, undefined);
console.log(1.5, -0, 0, NaN, -Infinity);
console.log([1, 2, 3], ['a', 'b'], [], {}, [[]], [{}]);
console.log({ a: 1 }, { a: { b: { c: 1 } } }, [1, [2, [3]]]);
console.log([undefined, null, true, 'str', -0]);
console.log({ u: undefined, n: null, s: 'its' });
var d = Object.getOwnPropertyDescriptor(globalThis, 'gv'); print(d.configurable, d.enumerable, d.writable);
