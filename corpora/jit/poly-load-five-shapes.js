// Five shapes at one load site (more than the four-entry polymorphic cache): the site
// goes megamorphic; the optimized code must still read the right slot for every shape.
function area(s) { return s.w * s.h; }
function mk(k, w, h) {
  if (k === 0) return { w: w, h: h };
  if (k === 1) return { h: h, w: w };
  if (k === 2) return { id: k, w: w, h: h };
  if (k === 3) return { h: h, id: k, w: w };
  return { a: 1, b: 2, c: 3, w: w, h: h };
}
var list = [];
for (var i = 0; i < 10; i++) list.push(mk(i % 5, i + 1, 2));
var sum = 0;
for (var r = 0; r < 300; r++)
  for (var i = 0; i < list.length; i++) sum += area(list[i]);
console.log(sum);
console.log(area(list[4]), area(list[9]));
console.log(area({ w: 1.5, h: 3 }), area({ w: "4", h: "5" }), area({ w: 2 }));
var p = Object.create({ w: 7 });
p.h = 6;
console.log(area(p));
