// class inheritance: extends, super(...), super.m(...)
class Animal {
  constructor(name) { this.name = name; }
  speak() { return this.name + ' makes a sound'; }
  get kind() { return 'animal'; }
  static create(n) { return new this(n); }
  static describe() { return 'Animal class'; }
}
class Dog extends Animal {
  constructor(name, breed) { super(name); this.breed = breed; }
  speak() { return super.speak() + ' (woof)'; }
  get kind() { return 'dog/' + super.kind; }
  static describe() { return super.describe() + ' > Dog'; }
}
class Puppy extends Dog {
  speak() { return super.speak() + ' (tiny)'; }
}
var d = new Dog('Rex', 'lab'), p = new Puppy('Bit', 'pug');
print(d.speak()); print(p.speak()); print(d.kind, p.kind, p.breed);
print(Dog.describe(), Puppy.describe(), Puppy.create('made').speak());
print(p instanceof Puppy, p instanceof Dog, p instanceof Animal, Object.getPrototypeOf(Puppy) === Dog);
print(Object.getPrototypeOf(Dog.prototype) === Animal.prototype, p.constructor.name);
class Bad extends Animal { constructor() { this.x = 1; super(); } }
try { new Bad(); } catch (e) { print(e instanceof ReferenceError, e.name); }
class NoSuper extends Animal { constructor() { } }
try { new NoSuper(); } catch (e) { print(e instanceof ReferenceError, e.name); }
class ReturnsObj extends Animal { constructor() { return { custom: true }; } }
print(new ReturnsObj().custom);
function OldStyle(v) { this.v = v; }
OldStyle.prototype.get = function () { return this.v; };
class FromFn extends OldStyle { get() { return 'wrapped:' + super.get(); } }
print(new FromFn(7).get());
class NullBase extends null { }
print(typeof NullBase, Object.getPrototypeOf(NullBase.prototype));
class Arr extends Array { sum() { return this.reduce((a, b) => a + b, 0); } }
var a = new Arr(); a.push(1, 2, 3);
print(a.length, a.sum(), Array.isArray(a), a instanceof Arr);
var obj = { base() { return 'base'; } };
var derived = { __proto__: obj, base() { return 'derived>' + super.base(); } };
print(derived.base());
