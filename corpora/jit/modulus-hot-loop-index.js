// Modulus in a hot loop used as an array index (ring buffer): power-of-two and
// non-power-of-two sizes, with a negative start index adjusted by + size.
function ring(n, size, start) {
  var buf = [];
  for (var i = 0; i < size; i++) buf.push(0);
  for (var i = 0; i < n; i++) {
    var k = (start + i) % size;
    if (k < 0) k += size;
    buf[k] += i;
  }
  return buf.join(",");
}
for (var r = 0; r < 1100; r++) ring(50, 8, r);
console.log(ring(50, 8, 0));
console.log(ring(50, 8, -13));
console.log(ring(50, 7, -13));
console.log(ring(0, 4, 0));
console.log(ring(9, 1, -5));
console.log(ring(20, 16, 2147483640));
