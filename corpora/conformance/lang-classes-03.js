// custom error subclasses and class edge cases
class ValidationError extends Error {
  constructor(field, msg) { super(msg); this.name = 'ValidationError'; this.field = field; }
}
class RequiredError extends ValidationError {
  constructor(field) { super(field, field + ' is required'); this.name = 'RequiredError'; }
}
try { throw new RequiredError('email'); } catch (e) {
  print(e.name, e.message, e.field, String(e));
  print(e instanceof RequiredError, e instanceof ValidationError, e instanceof Error, e instanceof TypeError);
  print(Object.prototype.toString.call(e));
}
class Plain extends Error {}
var pl = new Plain('plain msg');
print(pl.name, pl.message, String(pl), pl.constructor.name);
class WithDefault extends Error { constructor() { super(); } }
print(JSON.stringify(new WithDefault().message), String(new WithDefault()));
class Shape {
  area() { return 0; }
  describe() { return this.constructor.name + ' area=' + this.area().toFixed(2); }
}
class Circle extends Shape { constructor(r) { super(); this.r = r; } area() { return Math.PI * this.r ** 2; } }
class Sq extends Shape { constructor(s) { super(); this.s = s; } area() { return this.s * this.s; } }
[new Circle(1), new Sq(3), new Shape()].forEach(s => print(s.describe()));
class Temp {
  constructor() { this._c = 0; }
  get f() { return this._c * 9 / 5 + 32; }
  set f(v) { this._c = (v - 32) * 5 / 9; }
}
var t = new Temp(); t.f = 212; print(t._c, t.f);
class StaticCounter { static inc() { StaticCounter.n = (StaticCounter.n || 0) + 1; return StaticCounter.n; } }
StaticCounter.inc(); print(StaticCounter.inc());
