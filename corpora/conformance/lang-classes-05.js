// class edge cases: methods not enumerable, toString via template, instances with accessors, class expressions
class Vec {
  constructor(...c) { this.c = c; }
  get length() { return Math.hypot(...this.c); }
  get dim() { return this.c.length; }
  add(o) { return new Vec(...this.c.map((v, i) => v + o.c[i])); }
  scale(k) { return new Vec(...this.c.map(v => v * k)); }
  dot(o) { return this.c.reduce((s, v, i) => s + v * o.c[i], 0); }
  toString() { return '(' + this.c.join(', ') + ')'; }
  static zero(n) { return new Vec(...new Array(n).fill(0)); }
}
var a = new Vec(1, 2, 2), b = new Vec(3, 0, 4);
print(`${a} + ${b} = ${a.add(b)}`, a.length, b.length, a.dot(b), a.scale(0.5).toString(), String(Vec.zero(3)), a.dim);
var ks = []; for (var k in a) ks.push(k); print(ks.join());
print(JSON.stringify(a), Object.keys(Vec.prototype).length, typeof Vec.prototype.add);
var Registry = class {
  constructor() { this.items = []; }
  register(x) { this.items.push(x); return this; }
  get count() { return this.items.length; }
};
print(new Registry().register(1).register(2).count, Registry.name);
var classes = [class A { id() { return 'A'; } }, class B { id() { return 'B'; } }]; print(classes.map(C => new C().id()).join());
function factory(base) { return class extends base { id() { return 'ext-' + super.id(); } }; }
print(new (factory(classes[0]))().id(), new (factory(factory(classes[1])))().id());
class Temperature { static fromF(f) { return new Temperature((f - 32) / 1.8); } constructor(c) { this.c = c; } valueOf() { return this.c; } }
var t1 = new Temperature(20), t2 = Temperature.fromF(212); print(t1 < t2, t1 + t2, Math.max(t1, t2), `${t2}` === '[object Object]');
