'use strict';
// strict mode: undeclared assignment, this, delete, read-only
try { undeclaredVar = 5; print('no error'); } catch (e) { print(e instanceof ReferenceError, e.name, e.message); }
print(typeof undeclaredVar);
function f() { return this; }
print(f(), f.call(3));
try { var fr = Object.freeze({ a: 1 }); fr.a = 2; } catch (e) { print(e instanceof TypeError, e.name); }
try { var fr2 = Object.freeze({ a: 1 }); fr2.b = 2; } catch (e) { print(e instanceof TypeError, e.name); }
try { var ro = {}; Object.defineProperty(ro, 'x', { value: 1 }); ro.x = 2; } catch (e) { print(e instanceof TypeError, e.name); }
try { var go = { get g() { return 1; } }; go.g = 2; } catch (e) { print(e instanceof TypeError, e.name); }
try { var nc = {}; Object.defineProperty(nc, 'y', { value: 1, configurable: false }); delete nc.y; } catch (e) { print(e instanceof TypeError, e.name); }
try { 'str'.len = 1; print('no error'); } catch (e) { print(e instanceof TypeError, e.name); }
try { var ne = Object.freeze([]); ne.push(1); } catch (e) { print(e instanceof TypeError, e.name); }
var arrow = () => this;
print(arrow() === undefined ? 'undefined-this' : arrow() === globalThis);
function args(a) { a = 2; return arguments[0]; }
print(args(1));
(function () { try { undeclared2 = 1; } catch (e) { print('nested', e.name, e.message); } })();
