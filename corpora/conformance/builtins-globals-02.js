// global functions and value properties
print(typeof isNaN, typeof isFinite, typeof parseInt, typeof parseFloat, typeof Number, typeof String, typeof Boolean, typeof Object);
print(typeof Array, typeof Function, typeof Math, typeof JSON, typeof Map, typeof Set, typeof ArrayBuffer, typeof Error);
print(['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array', 'Float32Array', 'Float64Array'].map(n => typeof globalThis[n]).join());
print(['TypeError', 'RangeError', 'SyntaxError', 'ReferenceError', 'EvalError', 'URIError'].map(n => typeof globalThis[n]).join());
var d = Object.getOwnPropertyDescriptor(globalThis, 'NaN'); print(d.writable, d.enumerable, d.configurable);
var u = Object.getOwnPropertyDescriptor(globalThis, 'undefined'); print(u.writable, u.enumerable, u.configurable);
var m = Object.getOwnPropertyDescriptor(globalThis, 'Math'); print(m.writable, m.enumerable, m.configurable);
print(Object.keys(globalThis).includes('Math'), 'parseInt' in globalThis, globalThis.parseInt === Number.parseInt);
var before = Object.keys(globalThis).length; var newGlobal1 = 1; globalThis.newGlobal2 = 2; print(Object.keys(globalThis).length - before);
function declaredFn() {} var fd = Object.getOwnPropertyDescriptor(globalThis, 'declaredFn'); print(fd.writable, fd.enumerable, fd.configurable);
print(delete globalThis.newGlobal2, delete globalThis.newGlobal1, typeof newGlobal2, typeof newGlobal1);
print(this.Math === Math, this.newGlobal1);
