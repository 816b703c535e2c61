// errors from invalid operations at runtime, with V8 messages for the required cases
function msg(fn) { try { fn(); return 'no error'; } catch (e) { return e.name + ': ' + e.message; } }
var obj = { inner: null, fnProp: 5, arr: [] };
print(msg(() => obj.inner.prop));
print(msg(() => obj.inner.prop = 1));
print(msg(() => obj.missing.prop));
print(msg(() => obj.fnProp()));
print(msg(() => obj.arr.nope()));
print(msg(() => obj['fnProp']()));
print(msg(() => undefinedGlobal + 1));
print(msg(() => { 'use strict'; undeclaredInStrict = 1; }));
print(msg(() => { tdzVar; let tdzVar = 1; }));
print(msg(() => { const c = 1; c += 1; }));
print(msg(() => new Array(-1)));
print(msg(() => { [].length = 2 ** 32; }));
print(msg(() => null[0]));
print(msg(() => undefined['key']));
print(msg(() => { var u; u.a.b; }));
print(msg(() => { var n = null; n.x = 5; }));
print(msg(() => { function inner() { return missingName; } inner(); }));
print(msg(() => { let f = 1; f(); }));
