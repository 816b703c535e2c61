// classes: accessors and statics inherited, method overriding, super property access
class Base {
  constructor() { this._v = 1; }
  get v() { return this._v; }
  set v(x) { this._v = x; }
  static make() { return new this(); }
  static get kind() { return 'base:' + this.name; }
  who() { return 'Base'; }
  describe() { return this.who() + '/' + this.v; }
}
class Derived extends Base {
  get v() { return super.v * 100; }
  set v(x) { super.v = x + 1; }
  who() { return 'Derived<' + super.who() + '>'; }
}
var d = Derived.make();
print(d instanceof Derived, d.v, d.describe(), Derived.kind, Base.kind);
d.v = 5; print(d._v, d.v, d.describe());
print(Object.getOwnPropertyNames(Derived.prototype).join(','), Derived.hasOwnProperty('make'), typeof Derived.make);
class A { m() { return 'A'; } }
class B extends A { m() { return 'B' + super.m(); } }
class C extends B { m() { return 'C' + super.m(); } }
print(new C().m(), new B().m());
var proto = C.prototype; var chain = []; while (proto) { chain.push(proto.constructor.name); proto = Object.getPrototypeOf(proto); } print(chain.join('>'));
class Shape { static create(kind) { return kind === 'sq' ? new Square(2) : new Circle(1); } }
class Square extends Shape { constructor(s) { super(); this.s = s; } area() { return this.s ** 2; } }
class Circle extends Shape { constructor(r) { super(); this.r = r; } area() { return +(Math.PI * this.r ** 2).toFixed(4); } }
print(Shape.create('sq').area(), Shape.create('c').area(), Square.create('sq') instanceof Shape);
var Mixin = Sup => class extends Sup { mixed() { return 'mixed into ' + this.constructor.name; } };
class Final extends Mixin(Base) {} print(new Final().mixed(), new Final().describe());
class Stat { static a() { return this.b(); } static b() { return 'static this'; } } print(Stat.a());
class Getterless extends Base { get v() { return 'only getter'; } } var gl = new Getterless(); gl.v = 7; print(gl.v, gl._v);
