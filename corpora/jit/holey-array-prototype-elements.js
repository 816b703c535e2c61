// Holes consult the prototype chain: after Array.prototype[1] is set, reading a hole at
// index 1 yields that value. Optimized code that assumes "hole means undefined" is wrong.
function at1(a) { return a[1]; }
function sum3(a) { return a[0] + a[1] + a[2]; }
var h = [10, , 30];
var s = 0;
for (var i = 0; i < 2000; i++) s += sum3([i, i, i]);
console.log(s, String(at1(h)), sum3(h));
for (var i = 0; i < 2000; i++) at1(h);
Array.prototype[1] = 20;
console.log(at1(h), sum3(h), at1([]), at1([5, 6]));
var proto = [0, 99, 0];
var child = [7, , 9];
Object.setPrototypeOf(child, proto);
console.log(at1(child), sum3(child));
delete Array.prototype[1];
console.log(String(at1(h)), sum3(h));
