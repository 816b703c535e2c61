// Flags: --inject inlining.includes-ignores-prototype
// Expect-Phase: inlining
// Expect-Rule: reduce-array-indexof
// Holes in an array read through to Object.prototype once it has an element there.
function count(arrays, value) {
  var n = 0;
  for (var k = 0; k < arrays.length; k++) {
    if (arrays[k].includes(value)) n++;
    n += arrays[k].indexOf(value);
  }
  return n;
}
var arrays = [[0, , 2], [, 1], [3, 4, 5]];
var total = 0;
for (var i = 0; i < 3000; i++) total += count(arrays, 9);
console.log(total);
Object.prototype[1] = 9;
console.log(count(arrays, 9));
