// classes: constructor, methods, static, getters/setters
class Point {
  constructor(x, y) { this.x = x; this.y = y; }
  add(o) { return new Point(this.x + o.x, this.y + o.y); }
  get len() { return Math.sqrt(this.x * this.x + this.y * this.y); }
  set len(v) { var f = v / this.len; this.x *= f; this.y *= f; }
  toString() { return 'Point(' + this.x + ', ' + this.y + ')'; }
  static origin() { return new Point(0, 0); }
  static get unit() { return new Point(1, 0); }
}
var p = new Point(3, 4);
print(p.len, String(p.add(new Point(1, 1))), '' + Point.origin(), `${Point.unit}`);
p.len = 10; print(p.x, p.y);
print(typeof Point, Object.getPrototypeOf(p) === Point.prototype, p.constructor === Point, p instanceof Point);
print(Object.keys(p).join(','), Object.keys(Point.prototype).length, Object.getOwnPropertyNames(Point.prototype).join(','));
print(Point.name, Point.length, Point.prototype.add.length);
try { Point(1, 2); } catch (e) { print(e instanceof TypeError, e.message); }
var Anon = class {}; print(Anon.name);
var Named = class Inner { who() { return Inner.name; } }; print(Named.name, new Named().who());
class Counter {
  constructor() { this.count = 0; }
  inc() { this.count++; return this; }
  static create() { return new this(); }
}
print(Counter.create().inc().inc().inc().count);
var key = 'dyn';
class Computed { [key + 'Method']() { return 'computed'; } static ['s' + key]() { return 'static computed'; } }
print(new Computed().dynMethod(), Computed.sdyn());
var m = new Point(1, 2).add; try { m(new Point(0, 0)); } catch (e) { print(e instanceof TypeError, e.message); }
class NoCtor { hi() { return 'hi'; } }
print(new NoCtor().hi(), NoCtor.prototype.hi.call(null));
print(Object.getOwnPropertyDescriptor(Point.prototype, 'add').enumerable, typeof Object.getOwnPropertyDescriptor(Point.prototype, 'len').get);
