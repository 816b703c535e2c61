// matrix operations with nested arrays and Float64Array
function matmul(a, b) { var n = a.length, m = b[0].length, k = b.length, r = []; for (var i = 0; i < n; i++) { r.push([]); for (var j = 0; j < m; j++) { var s = 0; for (var x = 0; x < k; x++) s += a[i][x] * b[x][j]; r[i].push(s); } } return r; }
var A = [[1, 2], [3, 4]], B = [[5, 6], [7, 8]];
print(JSON.stringify(matmul(A, B)), JSON.stringify(matmul(B, A)));
function identity(n) { return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => +(i === j))); }
print(JSON.stringify(identity(3)));
function matpow(m, e) { var r = identity(m.length); while (e) { if (e & 1) r = matmul(r, m); m = matmul(m, m); e >>= 1; } return r; }
print(matpow([[1, 1], [1, 0]], 40)[0][1], matpow([[1, 1], [1, 0]], 78)[0][1]);
function det(m) { if (m.length === 1) return m[0][0]; var d = 0; for (var c = 0; c < m.length; c++) { var sub = m.slice(1).map(r => r.filter((_, j) => j !== c)); d += (c % 2 ? -1 : 1) * m[0][c] * det(sub); } return d; }
print(det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det([[1, 2], [2, 4]]), det([[0.1, 0.2], [0.3, 0.4]]));
var n = 40, M = new Float64Array(n * n), v = new Float64Array(n), out = new Float64Array(n);
for (var i = 0; i < n; i++) { v[i] = i * 0.5; for (var j = 0; j < n; j++) M[i * n + j] = 1 / (i + j + 1); }
for (var i2 = 0; i2 < n; i2++) { var s = 0; for (var j2 = 0; j2 < n; j2++) s += M[i2 * n + j2] * v[j2]; out[i2] = s; }
print(out[0], out[n - 1], out.reduce((a, b) => a + b, 0));
var T = A[0].map((_, c) => A.map(r => r[c])); print(JSON.stringify(T));
