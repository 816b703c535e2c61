// property order for Object.keys/getOwnPropertyNames/JSON/for-in/assign
var o = {};
o.z = 1; o[10] = 2; o.a = 3; o[2] = 4; o['-5'] = 5; o[1e3] = 6; o['007'] = 7; o[0] = 8; o.m = 9;
print(Object.keys(o).join(' '));
print(Object.getOwnPropertyNames(o).join(' '));
print(JSON.stringify(o));
var fi = []; for (var k in o) fi.push(k); print(fi.join(' '));
print(Object.keys(Object.assign({}, o)).join(' '));
print(Object.entries(o).map(e => e[0]).join(' '));
print(Object.values(o).join(' '));
delete o.a; o.a = 'back'; print(Object.keys(o).join(' '));
var arr = ['x', 'y']; arr.prop = 1; arr[5] = 'z'; print(Object.getOwnPropertyNames(arr).join(' '));
class K { static s() {} m() {} } print(Object.getOwnPropertyNames(K).sort().join(' '), Object.getOwnPropertyNames(K.prototype).join(' '));
var s = new String('ab'); s.extra = 1; print(Object.getOwnPropertyNames(s).join(' '));
