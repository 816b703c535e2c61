// deep but finite recursion
function depth(n) { return n === 0 ? 0 : 1 + depth(n - 1); }
print(depth(1000), depth(5000));
function sumTo(n, acc) { if (n === 0) return acc; return sumTo(n - 1, acc + n); }
print(sumTo(5000, 0));
function ackermann(m, n) { return m === 0 ? n + 1 : n === 0 ? ackermann(m - 1, 1) : ackermann(m - 1, ackermann(m, n - 1)); }
print(ackermann(2, 3), ackermann(3, 3));
function build(n) { return n === 0 ? null : { v: n, next: build(n - 1) }; }
var list = build(3000), len = 0, sum = 0; for (var p = list; p; p = p.next) { len++; sum += p.v; } print(len, sum);
function walk(node) { return node === null ? 0 : node.v + walk(node.next); } print(walk(list));
function hanoi(n, from, to, via, moves) { if (n === 0) return moves; hanoi(n - 1, from, via, to, moves); moves.push(from + to); return hanoi(n - 1, via, to, from, moves); }
var mv = hanoi(10, 'A', 'C', 'B', []); print(mv.length, mv.slice(0, 6).join(' '));
var obj = {}; var cur = obj; for (var i = 0; i < 2000; i++) { cur.child = {}; cur = cur.child; }
function countDepth(o) { return o.child ? 1 + countDepth(o.child) : 0; } print(countDepth(obj));
var arrowRec = n => n <= 1 ? 1 : n * arrowRec(n - 1); print(arrowRec(20), arrowRec(170), arrowRec(171));
class Tree { constructor(d) { this.l = d > 0 ? new Tree(d - 1) : null; this.r = d > 0 ? new Tree(d - 1) : null; } count() { return 1 + (this.l ? this.l.count() : 0) + (this.r ? this.r.count() : 0); } }
print(new Tree(12).count());
