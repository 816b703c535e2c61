// var / let / const block scoping
var a = 1;
{
  var a = 2;
  let b = 3;
  const c = 4;
  print(a, b, c);
}
print(a, typeof b, typeof c);
let x = 'outer';
{
  let x = 'inner';
  print(x);
  {
    const x = 'innermost';
    print(x);
  }
  print(x);
}
print(x);
function f() {
  var v = 'f';
  if (true) { var v = 'f2'; let w = 'w'; print(v, w); }
  print(v, typeof w);
}
f();
for (var i = 0; i < 3; i++) {}
print(i);
for (let j = 0; j < 3; j++) {}
print(typeof j);
var shadow = 10;
function g() { print(shadow); var shadow = 20; print(shadow); }
g();
const obj = { k: 1 };
obj.k = 2;
print(obj.k);
print(this === globalThis, globalThis.a, globalThis.x);
