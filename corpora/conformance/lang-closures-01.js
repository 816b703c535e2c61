// closures in loops, per-iteration let bindings
var fns = [];
for (var i = 0; i < 3; i++) fns.push(function () { return i; });
print(fns.map(function (f) { return f(); }).join(','));
var fns2 = [];
for (let j = 0; j < 3; j++) fns2.push(function () { return j; });
print(fns2.map(function (f) { return f(); }).join(','));
var fns3 = [];
for (let k = 0; k < 3; k++) { fns3.push(() => k); k++; }
print(fns3.map(f => f()).join(','));
var fns4 = [];
for (const x of ['a', 'b', 'c']) fns4.push(() => x);
print(fns4.map(f => f()).join(','));
var fns5 = [];
for (const key in { p: 1, q: 2 }) fns5.push(() => key);
print(fns5.map(f => f()).join(','));
function counter() {
  let n = 0;
  return { inc: function () { return ++n; }, get: () => n };
}
var c1 = counter(), c2 = counter();
c1.inc(); c1.inc(); c2.inc();
print(c1.get(), c2.get());
function adder(a) { return function (b) { return function (c) { return a + b + c; }; }; }
print(adder(1)(2)(3), adder('x')('y')('z'));
var fns6 = [];
let m = 0;
while (m < 3) { let captured = m * m; fns6.push(() => captured); m++; }
print(fns6.map(f => f()).join(','));
var fns7 = [];
for (let a = 0, b = 10; a < 3; a++, b--) fns7.push(() => a + ':' + b);
print(fns7.map(f => f()).join(' '));
