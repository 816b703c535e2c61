// Constructor functions called with `new` in a hot loop: fields initialised in the
// constructor, a prototype method, and an instance that later gets an extra property.
function Vec(x, y) { this.x = x; this.y = y; }
Vec.prototype.add = function (o) { return new Vec(this.x + o.x, this.y + o.y); };
Vec.prototype.len2 = function () { return this.x * this.x + this.y * this.y; };
var acc = new Vec(0, 0);
for (var i = 0; i < 2000; i++) acc = acc.add(new Vec(i & 3, -(i & 1)));
console.log(acc.x, acc.y, acc.len2());
var odd = new Vec(1.5, "2");
console.log(odd.len2(), acc.add(odd).x, acc.add(odd).y);
odd.z = 3;
console.log(odd.add(new Vec(1, 1)).len2(), odd instanceof Vec, Object.keys(odd).join(","));
function NoThis(v) { this.v = v; return { replaced: v }; }
var made;
for (var i = 0; i < 1200; i++) made = new NoThis(i);
console.log(made.replaced, made.v, made instanceof NoThis);
function Prim(v) { this.v = v; return 5; }
console.log(new Prim(3).v);
