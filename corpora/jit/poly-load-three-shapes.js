// Polymorphic named load over three shapes that hold `v` at three different slot offsets,
// then a store through the same polymorphic site; a fourth shape arrives after optimization.
function readV(o) { return o.v * 2; }
function writeV(o, x) { o.v = x; }
var shapes = [{ v: 1 }, { a: 0, v: 2 }, { a: 0, b: 0, v: 3 }];
var total = 0;
for (var i = 0; i < 3000; i++) total += readV(shapes[i % 3]);
console.log(total);
for (var i = 0; i < 3000; i++) writeV(shapes[i % 3], i);
console.log(shapes[0].v, shapes[1].v, shapes[2].v);
var fourth = { a: 0, b: 0, c: 0, v: 10 };
console.log(readV(fourth));
writeV(fourth, 99);
console.log(fourth.v, readV(fourth));
shapes.push(fourth);
total = 0;
for (var i = 0; i < 2000; i++) total += readV(shapes[i % 4]);
console.log(total);
console.log(readV({ v: "7" }), readV({ v: 0.25 }), readV({ v: undefined }));
