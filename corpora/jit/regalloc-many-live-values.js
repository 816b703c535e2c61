// More simultaneously live values than the allocator has registers (8): twelve
// accumulators carried around a loop with a call in the body, forcing spills and reloads.
function id(x) { return x; }
function many(n) {
  var a = 1, b = 2, c = 3, d = 4, e = 5, f = 6, g = 7, h = 8, i2 = 9, j = 10, k = 11, l = 12;
  for (var i = 0; i < n; i++) {
    a += b; b += c; c += d; d += e; e += f; f += g;
    g += h; h += i2; i2 += j; j += k; k += l; l += id(i);
    a = a % 1000; c = c % 1000; e = e % 1000; g = g % 1000; i2 = i2 % 1000; k = k % 1000;
  }
  return a + "," + b + "," + c + "," + d + "," + e + "," + f + "," + g + "," + h + "," + i2 + "," + j + "," + k + "," + l;
}
for (var r = 0; r < 1200; r++) many(r & 7);
console.log(many(0));
console.log(many(1));
console.log(many(5));
console.log(many(40));
