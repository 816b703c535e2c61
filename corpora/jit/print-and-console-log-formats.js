// d8's print() and console.log() on values produced by optimized code: print converts
// with String (so -0 prints as 0) while console.log inspects (-0, arrays, nested objects).
function produce(i) {
  switch (i % 6) {
    case 0: return -0;
    case 1: return [1, -0, "s"];
    case 2: return { a: i, b: [i] };
    case 3: return 0.1 + 0.2;
    case 4: return "str" + i;
    default: return i % 2 ? null : undefined;
  }
}
var vals = [];
for (var i = 0; i < 1800; i++) vals[i % 6] = produce(i);
for (var k = 0; k < vals.length; k++) { print(vals[k]); console.log(vals[k]); }
print(1, "two", [3], -0, null);
console.log(1, "two", [3], -0, null);
