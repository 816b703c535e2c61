// TDZ in loops and closures, shadowing in catch and params, let in switch
var fns = [];
for (let i = 0; i < 3; i++) { fns.push(() => i); }
for (let i = 10; i < 12; i++) { fns.push(() => i); }
print(fns.map(f => f()).join());
try { for (let x = x; ;) break; } catch (e) { print(e.name, e.message); }
try { for (let y of [y]) {} } catch (e) { print(e.name, e.message); }
try { let q = (() => q)(); } catch (e) { print(e.name, e.message); }
function early() { return typeof later; } try { print(early()); } catch (e) { print('early', e.name); }
let later = 'ok'; print(early());
function paramScope(a = 1, b = () => a) { var a = 2; return [a, b()].join(); } print(paramScope());
try { (function (a = b, b = 1) {})(); } catch (e) { print(e.name, e.message); }
try { throw 'outer'; } catch (e) { let inner = e + '!'; { let e = 'shadow'; print(e, inner); } print(e); }
var catchVar = 'before'; try { throw 'x'; } catch (catchVar) { catchVar = 'inside'; } print(catchVar);
let s = 'top'; { let s = 'block1'; { let s = 'block2'; print(s); } print(s); } print(s);
var counter = 0; { let counter = 100; counter++; } print(counter);
function f() { let v = 1; { var w = v + 1; let v2 = w; } return w; } print(f());
const frozen = Object.freeze({ v: 1 }); try { frozen = {}; } catch (e) { print(e.name, e.message); }
