// Typed-array numeric kernels: Float64Array matrix multiply and stencil, Int32Array histogram/prefix sums.
function matmul(a, b, c, n) {
  for (var i = 0; i < n; i++) {
    for (var j = 0; j < n; j++) {
      var s = 0;
      for (var k = 0; k < n; k++) s += a[i * n + k] * b[k * n + j];
      c[i * n + j] = s;
    }
  }
}
function once(n) {
  var a = new Float64Array(n * n), b = new Float64Array(n * n), c = new Float64Array(n * n);
  for (var i = 0; i < n * n; i++) { a[i] = (i % 17) * 0.25 - 2; b[i] = ((i * 7) % 13) * 0.5 - 3; }
  matmul(a, b, c, n);
  var trace = 0;
  for (var d = 0; d < n; d++) trace += c[d * n + d];
  var len = 50000;
  var grid = new Float64Array(len), next = new Float64Array(len);
  for (var g = 0; g < len; g++) grid[g] = (g % 100) / 100;
  for (var step = 0; step < 6; step++) {
    for (var x = 1; x < len - 1; x++) next[x] = (grid[x - 1] + 2 * grid[x] + grid[x + 1]) * 0.25;
    var tmp = grid; grid = next; next = tmp;
  }
  var sum = 0;
  for (var y = 0; y < len; y++) sum += grid[y];
  var ints = new Int32Array(100000), hist = new Int32Array(256);
  var seed = 7;
  for (var p = 0; p < ints.length; p++) { seed = (Math.imul(seed, 1664525) + 1013904223) | 0; ints[p] = seed; }
  for (var q = 0; q < ints.length; q++) hist[(ints[q] >>> 24) & 255]++;
  for (var r = 1; r < ints.length; r++) ints[r] = (ints[r] + ints[r - 1]) | 0;
  var hs = 0;
  for (var h = 0; h < 256; h++) hs = (hs * 31 + hist[h]) | 0;
  return Math.round(trace * 1000) + '/' + Math.round(sum * 1000) + '/' + hs + '/' + ints[ints.length - 1];
}
function run() {
  var out = '';
  for (var i = 0; i < 3; i++) out += once(56 + 4 * i) + ';';
  return out;
}
