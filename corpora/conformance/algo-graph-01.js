// graphs: BFS, DFS, Dijkstra, topological sort using Map/Set
var edges = [['a', 'b', 4], ['a', 'c', 2], ['b', 'c', 5], ['b', 'd', 10], ['c', 'e', 3], ['e', 'd', 4], ['d', 'f', 11], ['e', 'f', 20]];
var g = new Map();
for (var [u, v, w] of edges) { if (!g.has(u)) g.set(u, []); if (!g.has(v)) g.set(v, []); g.get(u).push([v, w]); g.get(v).push([u, w]); }
function bfs(s) { var seen = new Set([s]), q = [s], order = []; while (q.length) { var x = q.shift(); order.push(x); for (var [y] of g.get(x)) if (!seen.has(y)) { seen.add(y); q.push(y); } } return order; }
function dfs(s, seen = new Set(), out = []) { seen.add(s); out.push(s); for (var [y] of g.get(s)) if (!seen.has(y)) dfs(y, seen, out); return out; }
print(bfs('a').join(), dfs('a').join());
function dijkstra(s) { var dist = new Map([[s, 0]]), done = new Set(), prev = new Map(); while (done.size < g.size) { var best = null; for (var [k, d] of dist) if (!done.has(k) && (best === null || d < dist.get(best))) best = k; if (best === null) break; done.add(best); for (var [y, w] of g.get(best)) { var nd = dist.get(best) + w; if (!dist.has(y) || nd < dist.get(y)) { dist.set(y, nd); prev.set(y, best); } } } return [dist, prev]; }
var [dist, prev] = dijkstra('a');
print([...dist].sort().map(([k, d]) => k + '=' + d).join(' '));
var path = ['f']; while (prev.has(path[0])) path.unshift(prev.get(path[0])); print(path.join('->'));
var deps = { app: ['lib', 'util'], lib: ['core'], util: ['core', 'log'], core: [], log: [], test: ['app'] };
function topo(d) { var out = [], state = {}; function visit(n) { if (state[n] === 2) return; if (state[n] === 1) throw new Error('cycle at ' + n); state[n] = 1; d[n].forEach(visit); state[n] = 2; out.push(n); } Object.keys(d).forEach(visit); return out; }
print(topo(deps).join(' '));
deps.core.push('app'); try { topo(deps); } catch (e) { print(e.message); }
