// constructors: return overriding, prototype wiring, instanceof with modified prototypes
function P(n) { this.n = n; }
P.prototype.get = function () { return this.n; };
var p = new P(3); print(p.get(), p instanceof P, P.prototype.isPrototypeOf(p), Object.getPrototypeOf(p) === P.prototype);
function R1() { this.a = 1; return null; } function R2() { this.a = 1; return 'str'; } function R3() { this.a = 1; return [9]; } function R4() { this.a = 1; return function () { return 'fn'; }; }
print(new R1().a, new R2().a, new R3()[0], new R4()());
function Q() {} Q.prototype = null; var q = new Q(); print(Object.getPrototypeOf(q) === Object.prototype);
function Chain() {} Chain.prototype = Object.create(P.prototype); var c = new Chain(); print(c instanceof P, c.get(), c.n);
try { new (function () {}.bind())().x; print('bound ctor ok'); } catch (e) { print(e.name); }
try { new p.get(); print('method as ctor ok'); } catch (e) { print(e.name); }
var obj = { m() {} }; try { new obj.m(); } catch (e) { print('shorthand method:', e.name); }
try { new (() => {})(); } catch (e) { print('arrow:', e.name); }
try { new Math.abs(1); } catch (e) { print('builtin:', e.name); }
try { new 5; } catch (e) { print('number:', e.name); }
var counter = 0; function Counted() { counter++; this.id = counter; } var list = [new Counted(), new Counted(), new Counted()]; print(list.map(x => x.id).join(), counter);
print(new Number(5) instanceof Number, new String('s').length, new Array(3).length, new Object(null) instanceof Object);
