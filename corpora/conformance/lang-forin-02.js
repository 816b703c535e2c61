// for-in edge cases: shadowing, additions during iteration, arrays with props, class instances
var proto = { a: 'pa', b: 'pb' }; var o = Object.create(proto); o.b = 'ob'; o.c = 'oc';
var ks = []; for (var k in o) ks.push(k + '=' + o[k]); print(ks.join(' '));
var nonEnumShadow = Object.create({ x: 1 }); Object.defineProperty(nonEnumShadow, 'x', { value: 2, enumerable: false });
var ks2 = []; for (var k2 in nonEnumShadow) ks2.push(k2); print(JSON.stringify(ks2));
var add = { a: 1 }; var ks3 = []; for (var k3 in add) { ks3.push(k3); add.zz = 1; } print(ks3.join());
class P { constructor() { this.own = 1; } method() {} } var ks4 = []; for (var k4 in new P()) ks4.push(k4); print(ks4.join());
var fn = function () {}; fn.prop = 1; var ks5 = []; for (var k5 in fn) ks5.push(k5); print(ks5.join());
var ks6 = []; for (var k6 in new Uint8Array(3)) ks6.push(k6); print(ks6.join());
var ks7 = []; for (var k7 in new String('ab')) ks7.push(k7); print(ks7.join());
var ks8 = []; for (var k8 in 42) ks8.push(k8); print(ks8.length);
var obj = { b: 1, a: 2 }; var target = {}; for (target.key in obj) print('assigned', target.key);
var arr = []; for (arr[arr.length] in { x: 1, y: 2, z: 3 }); print(arr.join());
for (let [c0, c1] in { ab: 1, cd: 2 }) print(c0, c1);
var order = { '2': 'a', '1': 'b', 'b': 'c', 'a': 'd', '-0': 'e', '0': 'f' }; var ks9 = []; for (var k9 in order) ks9.push(k9); print(ks9.join(' '));
var m = new Map([[1, 2]]); var ks10 = []; for (var k10 in m) ks10.push(k10); print(ks10.length);
