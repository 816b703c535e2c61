// methods, this, prototype chains built manually
function Animal(name) { this.name = name; }
Animal.prototype.speak = function () { return this.name + ' speaks'; };
Animal.prototype.legs = 4;
function Bird(name) { Animal.call(this, name); this.legs = 2; }
Bird.prototype = Object.create(Animal.prototype);
Bird.prototype.constructor = Bird;
Bird.prototype.speak = function () { return Animal.prototype.speak.call(this) + ' (tweet)'; };
var a = new Animal('cat'), b = new Bird('robin');
print(a.speak(), b.speak(), a.legs, b.legs, b instanceof Animal, b.constructor.name, Object.keys(b).join());
delete b.legs; print(b.legs);
Animal.prototype.legs = 6; print(a.legs, b.legs);
function Ret() { this.x = 1; return { y: 2 }; } var r = new Ret(); print(r.x, r.y);
function RetPrim() { this.x = 1; return 5; } print(new RetPrim().x);
var counter = { count: 0, increment() { this.count++; return this; } };
print(counter.increment().increment().count);
var borrowed = counter.increment; try { borrowed(); print('sloppy global this', typeof count); } catch (e) { print(e.name); }
var o = { val: 'o', inner: { val: 'inner', get() { return this.val; } } }; print(o.inner.get());
var fnProp = function () { return this.val; }; o.f = fnProp; o.inner.f = fnProp; print(o.f(), o.inner.f());
print(typeof Animal.prototype, Animal.prototype.constructor === Animal, Object.getPrototypeOf(Animal) === Function.prototype);
var shared = { list: [] }; var c1 = Object.create(shared), c2 = Object.create(shared); c1.list.push(1); print(c2.list.length);
c1.list = ['own']; print(c1.list.length, c2.list.length, shared.list.length);
