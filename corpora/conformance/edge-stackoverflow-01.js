// caught stack overflows in several shapes
function f() { f(); }
try { f(); } catch (e) { print(e instanceof RangeError, e.message); }
var g = function () { return g() + 1; };
try { g(); } catch (e) { print(e instanceof RangeError, e.name, e.message); }
var o = { m() { return this.m(); } };
try { o.m(); } catch (e) { print('method', e instanceof RangeError, e.message); }
class C { constructor() { new C(); } }
try { new C(); } catch (e) { print('ctor', e instanceof RangeError, e.message); }
function a(n) { return b(n + 1); } function b(n) { return a(n + 1); }
try { a(0); } catch (e) { print('mutual', e instanceof RangeError); }
var arrow = () => arrow();
try { arrow(); } catch (e) { print('arrow', e.message); }
var getterObj = { get x() { return this.x; } };
try { getterObj.x; } catch (e) { print('getter', e instanceof RangeError); }
function withArgs(a, b, c, d) { return withArgs(a + 1, b, c, d); }
try { withArgs(0, 1, 2, 3); } catch (e) { print('args', e instanceof RangeError); }
var count = 0; function counting() { count++; counting(); }
try { counting(); } catch (e) { print('counted > 1000:', count > 1000); }
function tryAgain() { try { f(); } catch (e) { return 'recovered ' + e.name; } } print(tryAgain(), tryAgain());
function applyRec() { return applyRec.apply(null, arguments); }
try { applyRec(1, 2); } catch (e) { print('apply', e instanceof RangeError); }
print('done');
