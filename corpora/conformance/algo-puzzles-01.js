// n-queens, permutations, subsets, knapsack
function queens(n) { var count = 0, cols = [], first = null; (function place(r) { if (r === n) { count++; if (!first) first = cols.slice(); return; } for (var c = 0; c < n; c++) { var ok = true; for (var pr = 0; pr < r; pr++) { var pc = cols[pr]; if (pc === c || Math.abs(pc - c) === r - pr) { ok = false; break; } } if (ok) { cols[r] = c; place(r + 1); } } })(0); return [count, first]; }
for (var n = 4; n <= 8; n++) { var q = queens(n); print(n, q[0], q[1].join('')); }
function perms(a) { if (a.length <= 1) return [a]; var out = []; a.forEach((x, i) => perms(a.slice(0, i).concat(a.slice(i + 1))).forEach(p => out.push([x].concat(p)))); return out; }
var p = perms([1, 2, 3, 4]); print(p.length, p.slice(0, 4).map(x => x.join('')).join(' '), p[23].join(''));
function subsets(a) { return a.reduce((acc, x) => acc.concat(acc.map(s => s.concat([x]))), [[]]); }
print(subsets(['a', 'b', 'c']).map(s => '{' + s.join('') + '}').join(''));
function knapsack(items, cap) { var dp = new Array(cap + 1).fill(0); for (var [w, v] of items) for (var c = cap; c >= w; c--) dp[c] = Math.max(dp[c], dp[c - w] + v); return dp[cap]; }
print(knapsack([[1, 1], [3, 4], [4, 5], [5, 7]], 7), knapsack([[10, 60], [20, 100], [30, 120]], 50));
function coins(amount, cs) { var ways = new Array(amount + 1).fill(0); ways[0] = 1; for (var c of cs) for (var a = c; a <= amount; a++) ways[a] += ways[a - c]; return ways[amount]; }
print(coins(100, [1, 5, 10, 25, 50]), coins(200, [1, 2, 5, 10, 20, 50, 100, 200]));
function lis(a) { var tails = []; for (var x of a) { var lo = 0, hi = tails.length; while (lo < hi) { var m = (lo + hi) >> 1; if (tails[m] < x) lo = m + 1; else hi = m; } tails[lo] = x; } return tails.length; }
print(lis([10, 9, 2, 5, 3, 7, 101, 18]), lis([0, 1, 0, 3, 2, 3]), lis([]));
