// Conway's game of life on a torus, flood fill
var W = 20, H = 12;
var grid = new Uint8Array(W * H);
[[1, 0], [2, 1], [0, 2], [1, 2], [2, 2]].forEach(([x, y]) => grid[y * W + x] = 1);
[[10, 5], [11, 5], [12, 5]].forEach(([x, y]) => grid[y * W + x] = 1);
function step(g) { var n = new Uint8Array(W * H); for (var y = 0; y < H; y++) for (var x = 0; x < W; x++) { var c = 0; for (var dy = -1; dy <= 1; dy++) for (var dx = -1; dx <= 1; dx++) if (dx || dy) c += g[((y + dy + H) % H) * W + (x + dx + W) % W]; n[y * W + x] = c === 3 || (c === 2 && g[y * W + x]) ? 1 : 0; } return n; }
function show(g) { var rows = []; for (var y = 0; y < H; y++) { var r = ''; for (var x = 0; x < W; x++) r += g[y * W + x] ? '#' : '.'; rows.push(r); } return rows; }
for (var i = 0; i < 30; i++) grid = step(grid);
show(grid).forEach(r => print(r));
print('alive', grid.reduce((a, b) => a + b, 0));
var map = ['#########', '#...#...#', '#.#.#.#.#', '#.#...#.#', '#.#####.#', '#.......#', '#########'].map(r => r.split(''));
function fill(x, y) { var stack = [[x, y]], n = 0; while (stack.length) { var [cx, cy] = stack.pop(); if (map[cy][cx] !== '.') continue; map[cy][cx] = 'o'; n++; stack.push([cx + 1, cy], [cx - 1, cy], [cx, cy + 1], [cx, cy - 1]); } return n; }
print('filled', fill(1, 1)); map.forEach(r => print(r.join('')));
