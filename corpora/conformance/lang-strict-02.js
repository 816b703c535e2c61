// sloppy mode counterparts (no 'use strict' directive)
undeclaredSloppy = 5;
print(undeclaredSloppy, globalThis.undeclaredSloppy, typeof undeclaredSloppy);
function f() { return this === globalThis; }
print(f());
var fr = Object.freeze({ a: 1 }); fr.a = 2; fr.b = 3;
print(fr.a, fr.b, Object.isFrozen(fr));
var ro = {}; Object.defineProperty(ro, 'x', { value: 1 }); ro.x = 2; print(ro.x);
var nc = {}; Object.defineProperty(nc, 'y', { value: 1 }); print(delete nc.y, nc.y);
print(delete nc.nonexistent);
'str'.len = 1; print('primitive assignment ignored');
function strictInside() { 'use strict'; try { alsoUndeclared = 1; } catch (e) { return e.name + ': ' + e.message; } return 'no'; }
print(strictInside());
function sloppyCreate() { createdInside = 'yes'; }
sloppyCreate(); print(createdInside);
var o = { m: function () { return typeof this; } };
var m = o.m; print(m(), o.m());
print((function () { return this; }).call(undefined) === globalThis);
