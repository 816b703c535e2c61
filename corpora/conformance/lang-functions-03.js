// this binding: sloppy vs strict, call/apply/bind, method extraction
function sloppyThis() { return this; }
function strictThis() { 'use strict'; return this; }
print(sloppyThis() === globalThis, strictThis());
print(sloppyThis.call(5) instanceof Number, typeof sloppyThis.call(5), strictThis.call(5), typeof strictThis.call('s'));
print(sloppyThis.call(null) === globalThis, strictThis.call(null), strictThis.call(undefined));
var o = { name: 'o', get() { return this && this.name; } };
var extracted = o.get;
print(o.get(), extracted() === undefined ? 'undef' : extracted());
var o2 = { name: 'o2', get: o.get };
print(o2.get(), o.get.call(o2), o.get.apply({ name: 'applied' }, []));
function sum(a, b, c) { return this.base + a + b + c; }
print(sum.call({ base: 100 }, 1, 2, 3), sum.apply({ base: 200 }, [1, 2, 3]));
var bound = sum.bind({ base: 1000 }, 1);
print(bound(2, 3), bound.length, bound.name, sum.length);
var bound2 = bound.bind({ base: 0 }, 2);
print(bound2(3), bound2.length, bound2.name);
function Ctor(a, b) { this.a = a; this.b = b; }
var BoundCtor = Ctor.bind({ ignored: true }, 'A');
var inst = new BoundCtor('B');
print(inst.a, inst.b, inst instanceof Ctor, inst.ignored);
print(Math.max.apply(null, [1, 5, 3]), Math.max.apply(null, { length: 2, 0: 7, 1: 9 }));
print(Array.prototype.join.call({ length: 3, 0: 'x', 2: 'z' }, '-'));
print((function () { return typeof this; }).call(true), (function () { 'use strict'; return typeof this; }).call(true));
