// Object.create, getPrototypeOf, setPrototypeOf, isPrototypeOf
var proto = { greet() { return 'hi ' + this.name; } };
var o = Object.create(proto); o.name = 'o';
print(o.greet(), Object.getPrototypeOf(o) === proto, proto.isPrototypeOf(o), Object.prototype.isPrototypeOf(o));
var bare = Object.create(null);
print(Object.getPrototypeOf(bare), typeof bare.toString, 'toString' in bare);
bare.x = 1; print(Object.keys(bare).join(','));
var withProps = Object.create(proto, { name: { value: 'defined', enumerable: true }, hidden: { value: 'h' } });
print(withProps.greet(), Object.keys(withProps).join(','), withProps.hidden);
var a = { a: 1 }, b = { b: 2 };
Object.setPrototypeOf(a, b);
print(a.b, Object.getPrototypeOf(a) === b, b.isPrototypeOf(a), a.isPrototypeOf(b));
print(Object.getPrototypeOf([]) === Array.prototype, Object.getPrototypeOf(Array.prototype) === Object.prototype, Object.getPrototypeOf(Object.prototype));
print(Object.getPrototypeOf(1) === Number.prototype, Object.getPrototypeOf('s') === String.prototype, Object.getPrototypeOf(function () {}) === Function.prototype);
function F() {} var f = new F();
print(Object.getPrototypeOf(f) === F.prototype, F.prototype.isPrototypeOf(f), F.prototype.constructor === F);
try { Object.setPrototypeOf(a, a); } catch (e) { print(e instanceof TypeError, e.name); }
try { Object.setPrototypeOf(b, a); } catch (e) { print('cycle', e instanceof TypeError); }
print(Object.setPrototypeOf(1, null), Object.getPrototypeOf(Object.setPrototypeOf({}, null)));
try { Object.create(5); } catch (e) { print(e instanceof TypeError); }
var chain = Object.create(Object.create(Object.create({ deep: 'deep' })));
print(chain.deep, chain.hasOwnProperty('deep'));
print(Array.prototype.isPrototypeOf([]), Object.prototype.isPrototypeOf(Object.create(null)), Function.prototype.isPrototypeOf(Object));
