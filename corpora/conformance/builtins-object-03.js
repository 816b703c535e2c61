// Object.defineProperty with data and accessor descriptors; getOwnPropertyDescriptor
var o = {};
Object.defineProperty(o, 'ro', { value: 1 });
var d = Object.getOwnPropertyDescriptor(o, 'ro');
print(d.value, d.writable, d.enumerable, d.configurable);
o.ro = 2; print(o.ro, Object.keys(o).length, JSON.stringify(o));
Object.defineProperty(o, 'rw', { value: 'x', writable: true, enumerable: true, configurable: true });
o.rw = 'y'; print(o.rw, Object.keys(o).join(','));
var backing = 0;
Object.defineProperty(o, 'acc', { get() { return backing * 2; }, set(v) { backing = v; }, enumerable: true, configurable: true });
o.acc = 21; print(o.acc, backing);
var ad = Object.getOwnPropertyDescriptor(o, 'acc');
print(typeof ad.get, typeof ad.set, 'writable' in ad, ad.enumerable);
try { Object.defineProperty(o, 'ro', { value: 2 }); } catch (e) { print(e instanceof TypeError, e.name); }
Object.defineProperty(o, 'ro', { value: 1 }); print('same value redefine ok');
try { Object.defineProperty(o, 'bad', { value: 1, get() {} }); } catch (e) { print(e instanceof TypeError); }
Object.defineProperty(o, 'rw', { get() { return 'now accessor'; } }); print(o.rw);
try { Object.defineProperty(1, 'x', { value: 1 }); } catch (e) { print(e instanceof TypeError); }
var arr = [1, 2, 3];
Object.defineProperty(arr, 'length', { value: 1 }); print(arr.length, arr.join(','));
Object.defineProperty(arr, 5, { value: 'five', enumerable: true, writable: true, configurable: true }); print(arr.length);
print(Object.getOwnPropertyDescriptor({ get x() { return 1; } }, 'x').set, Object.getOwnPropertyDescriptor({}, 'none'));
var ld = Object.getOwnPropertyDescriptor([1], 'length'); print(ld.value, ld.writable, ld.enumerable, ld.configurable);
var md = Object.getOwnPropertyDescriptor(Math, 'PI'); print(md.writable, md.enumerable, md.configurable);
var fd = Object.getOwnPropertyDescriptor(function foo(a, b) {}, 'length'); print(fd.value, fd.writable, fd.configurable);
var ret = Object.defineProperty(o, 'z', { value: 0, enumerable: true }); print(ret === o, Object.keys(o).join(','));
