// ASCII Mandelbrot and float accumulation
var rows = [];
for (var y = -1.2; y <= 1.2; y += 0.15) {
  var row = '';
  for (var x = -2.1; x <= 0.7; x += 0.07) {
    var zr = 0, zi = 0, i = 0;
    while (i < 50 && zr * zr + zi * zi < 4) { var t = zr * zr - zi * zi + x; zi = 2 * zr * zi + y; zr = t; i++; }
    row += ' .:-=+*#%@'[i === 50 ? 9 : i % 9];
  }
  rows.push(row);
}
rows.forEach(r => print(r));
var total = 0; for (var yy = 0; yy < 40; yy++) for (var xx = 0; xx < 40; xx++) { var cr = -2 + xx * 0.065, ci = -1.3 + yy * 0.065, a = 0, b = 0, n = 0; while (n < 100 && a * a + b * b <= 4) { var tt = a * a - b * b + cr; b = 2 * a * b + ci; a = tt; n++; } total += n; }
print('iterations', total);
