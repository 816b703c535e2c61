// getters/setters on object literals and via defineProperty
var log = [];
var o = {
  _v: 1,
  get v() { log.push('get'); return this._v; },
  set v(x) { log.push('set:' + x); this._v = x; },
};
o.v; o.v = 5; o.v += 1; o.v++;
print(o._v, log.join(','));
var onlyGet = { get ro() { return 'ro'; } };
onlyGet.ro = 'changed'; print(onlyGet.ro);
var onlySet = { set wo(v) { this.stored = v; } };
onlySet.wo = 3; print(onlySet.wo, onlySet.stored);
var proto = { get inherited() { return 'from proto of ' + this.name; }, set inherited(v) { this.setVia = v; } };
var child = Object.create(proto); child.name = 'child';
print(child.inherited); child.inherited = 'x'; print(child.setVia, child.hasOwnProperty('inherited'));
var cnt = 0;
var lazy = { get value() { cnt++; Object.defineProperty(this, 'value', { value: 42, enumerable: true }); return 42; } };
print(lazy.value, lazy.value, cnt);
var d = Object.getOwnPropertyDescriptor(o, 'v');
print(typeof d.get, typeof d.set, d.enumerable, d.configurable, 'value' in d);
var arr = [];
Object.defineProperty(arr, 0, { get() { return 'idx getter'; }, enumerable: true, configurable: true });
print(arr[0], arr.length);
var k = 'dynamic';
var cg = { get [k]() { return 'computed getter'; } };
print(cg.dynamic);
print(JSON.stringify(o), Object.keys(o).join(','));
