// Polymorphic named load with two shapes: a hot function reads `.x` from objects of two
// hidden classes ({x,y} and {y,x}, so `x` sits in different slots); after optimization a
// third shape, a string value and a missing property must deoptimize and stay correct.
function getX(o) { return o.x; }
var a = { x: 1, y: 2 };
var b = { y: 3, x: 4 };
var sum = 0;
for (var i = 0; i < 2000; i++) sum += getX(i % 2 ? a : b);
console.log(sum);
var c = { z: 0, x: 5 };
console.log(getX(c));
console.log(getX({ x: "str" }));
console.log(getX({}));
console.log(getX({ y: 1, x: -0 }));
sum = 0;
for (var j = 0; j < 2000; j++) sum += getX(j % 3 === 0 ? c : a);
console.log(sum);
a.x = 1.5;
sum = 0;
for (var k = 0; k < 100; k++) sum += getX(k % 2 ? a : b);
console.log(sum);
