// typeof void delete in instanceof ++ --
print(typeof 1, typeof 'x', typeof true, typeof undefined, typeof null, typeof {}, typeof [], typeof function () {}, typeof class {});
print(typeof undeclaredIdentifier, typeof Math, typeof Math.max, typeof new Number(1), typeof NaN);
print(void 0, void 'x', void (1 + 2));
var o = { a: 1, b: 2 };
print(delete o.a, 'a' in o, delete o.zz, delete o['b'], Object.keys(o).length);
var arr = [1, 2, 3];
print(delete arr[1], arr.length, 1 in arr, arr[1], arr.join('-'));
print('length' in arr, 0 in arr, '0' in arr, 5 in arr, 'push' in arr, 'toString' in {});
try { 'x' in 'string'; } catch (e) { print(e instanceof TypeError); }
function A() {} function B() {} B.prototype = Object.create(A.prototype);
var b = new B();
print(b instanceof B, b instanceof A, b instanceof Object, [] instanceof Array, [] instanceof Object, null instanceof Object);
try { ({}) instanceof 5; } catch (e) { print(e instanceof TypeError); }
var i = 5;
print(i++, i, ++i, i, i--, i, --i, i);
var s = '5'; s++; print(s, typeof s);
var u; u++; print(u);
var n = null; n++; print(n);
var obj = { v: 1 }; obj.v++; ++obj['v']; print(obj.v);
var arr2 = [0]; arr2[0]--; print(arr2[0]);
print(-(-1), +-+1, - -1, -'', -null, -undefined);
var d = 1.5; d++; print(d);
var big = 2 ** 53; big++; print(big);
print(delete 5, delete undeclaredThing);
var declaredVar = 1; print(delete globalThis.declaredVar, typeof declaredVar);
globalThis.implicitProp = 1; print(delete globalThis.implicitProp, typeof implicitProp);
