// A holey array whose length runs past its stored elements (new Array(n), length = n):
// optimized element loads inside the length but past the storage read holes (then
// undefined through the prototype chain), never out of bounds.
function get(a, i) { return a[i]; }
function sum(a) {
  var s = 0;
  for (var i = 0; i < a.length; i++) s += a[i] === undefined ? 1 : a[i];
  return s;
}
var a = new Array(6);
a[0] = 10; a[1] = 20;
for (var k = 0; k < 200; k++) { get(a, k % 2); sum(a); }
console.log(get(a, 4), get(a, 1), get(a, 7), sum(a), sum(new Array(3)));
