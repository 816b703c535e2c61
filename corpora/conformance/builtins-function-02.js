// bind/call/apply interplay, partial application, this in callbacks
var obj = { x: 10, getX() { return this.x; }, add(a, b) { return this.x + a + b; } };
var getX = obj.getX.bind(obj); var other = { x: 20, getX };
print(getX(), other.getX(), getX.call({ x: 30 }), getX.apply({ x: 40 }));
var add5 = obj.add.bind(obj, 5); print(add5(1), add5.apply(null, [2]), add5.call(null, 3, 'ignored'));
print([1, 2, 3].map(obj.add.bind({ x: 100 }, 0)).join());
print([1, 2, 3].map(function (v) { return v * this.m; }, { m: 3 }).join());
print(['a', 'b'].map(String.prototype.toUpperCase.call.bind(String.prototype.toUpperCase)).join());
var slice = Function.prototype.call.bind(Array.prototype.slice); print(slice([1, 2, 3], 1).join(), slice('abc', 0, 2).join());
var max = Function.prototype.apply.bind(Math.max, null); print(max([3, 7, 2]));
function Pt(x, y) { this.x = x; this.y = y; }
var YAxis = Pt.bind(null, 0); var p = new YAxis(5); print(p.x, p.y, p instanceof Pt, p instanceof YAxis);
print(typeof YAxis.prototype, YAxis.name, YAxis.length, YAxis.bind(null, 1).name);
function countThis() { return this === undefined ? 'undef' : this === globalThis ? 'global' : typeof this; }
print(countThis(), countThis.call(null), countThis.call(1), countThis.bind('s')(), [0].map(countThis).join());
function strictCount() { 'use strict'; return this === undefined ? 'undef' : typeof this; }
print(strictCount(), strictCount.call(null), strictCount.call(1), [0].map(strictCount).join(), [0].map(strictCount, 'x').join());
