// A method on a prototype is called in a hot loop, then redefined on the prototype and
// then shadowed by an own property on one instance.
function Point(x, y) { this.x = x; this.y = y; }
Point.prototype.norm1 = function () { return Math.abs(this.x) + Math.abs(this.y); };
function total(ps) { var s = 0; for (var i = 0; i < ps.length; i++) s += ps[i].norm1(); return s; }
var ps = [new Point(1, -2), new Point(-3, 4), new Point(0.5, 0.5)];
var t = 0;
for (var r = 0; r < 1200; r++) t += total(ps);
console.log(t, total(ps));
Point.prototype.norm1 = function () { return this.x * this.y; };
console.log(total(ps));
ps[1].norm1 = function () { return 1000; };
console.log(total(ps));
delete ps[1].norm1;
console.log(total(ps));
Object.setPrototypeOf(ps[2], { norm1: function () { return -1; } });
console.log(total(ps));
