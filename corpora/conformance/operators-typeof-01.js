// typeof / instanceof / in for many values
var values = [0, -0, NaN, '', 'x', true, null, undefined, {}, [], function () {}, () => {}, class {}, new Number(1), new String(''), new Boolean(false), Math, JSON, new Map(), new Set(), new Uint8Array(0), new Error(), Object.create(null), parseInt, Array.prototype, Function.prototype];
print(values.map(v => typeof v).join(' '));
print(values.map(v => v instanceof Object).join(' '));
print(values.map(v => Array.isArray(v)).join(' '));
print(values.map(v => typeof v === 'function' || (typeof v === 'object' && v !== null) ? Object.prototype.toString.call(v).slice(8, -1) : '-').join(' '));
print(typeof typeof 1, typeof (() => {})(), typeof new function () {}(), typeof void 0);
var o = { a: undefined }; print('a' in o, 'b' in o, 'toString' in o, 0 in [1], 1 in [1], 'length' in 'abc'.split(''));
try { 'a' in null; } catch (e) { print(e instanceof TypeError); }
function F() {} var f = new F(); F.prototype = {}; print(f instanceof F, f instanceof Object);
print(Object.create(null) instanceof Object, Function instanceof Object, Object instanceof Function, Function instanceof Function);
