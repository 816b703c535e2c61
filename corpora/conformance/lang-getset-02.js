// accessors: inheritance, overriding, defineProperty on instances, setters with validation
class Temp {
  constructor() { this._c = 0; }
  get c() { return this._c; }
  set c(v) { if (typeof v !== 'number') throw new TypeError('not a number'); this._c = v; }
  get f() { return this._c * 1.8 + 32; }
}
var t = new Temp(); t.c = 100; print(t.c, t.f);
try { t.c = 'hot'; } catch (e) { print(e.name, e.message); }
t.f = 50; print(t.f, Object.keys(t).join());
var o = Object.create(t); o.c = 20; print(o.c, t.c, o.hasOwnProperty('_c'));
Object.defineProperty(t, 'c', { value: 'own data', writable: true }); print(t.c, o.c);
var log = [];
var watched = {};
['x', 'y'].forEach(k => { var val; Object.defineProperty(watched, k, { get() { log.push('get ' + k); return val; }, set(v) { log.push('set ' + k + '=' + v); val = v; }, enumerable: true }); });
watched.x = 1; watched.y = watched.x + 1; print(watched.y, log.join('; '));
print(JSON.stringify(watched), Object.keys(watched).join());
var counter = { n: 0, get next() { return ++this.n; } }; print(counter.next, counter.next, counter.n);
var arrLike = { items: [1, 2, 3], get length() { return this.items.length; } }; print(arrLike.length, Array.prototype.join.call({ length: 2, 0: 'a', 1: 'b' }));
var desc = Object.getOwnPropertyDescriptor(Temp.prototype, 'c'); print(typeof desc.get, typeof desc.set, desc.enumerable, desc.configurable);
var fdesc = Object.getOwnPropertyDescriptor(Temp.prototype, 'f'); print(typeof fdesc.get, fdesc.set);
