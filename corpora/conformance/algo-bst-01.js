// binary search tree
class BST {
  constructor() { this.root = null; this.n = 0; }
  insert(k) { var node = { k, l: null, r: null }; this.n++; if (!this.root) { this.root = node; return; } var c = this.root; for (;;) { if (k < c.k) { if (!c.l) { c.l = node; return; } c = c.l; } else { if (!c.r) { c.r = node; return; } c = c.r; } } }
  has(k) { var c = this.root; while (c) { if (k === c.k) return true; c = k < c.k ? c.l : c.r; } return false; }
  inorder() { var out = []; (function walk(n) { if (!n) return; walk(n.l); out.push(n.k); walk(n.r); })(this.root); return out; }
  height(n = this.root) { return n ? 1 + Math.max(this.height(n.l), this.height(n.r)) : 0; }
  min() { var c = this.root; while (c.l) c = c.l; return c.k; }
  max() { var c = this.root; while (c.r) c = c.r; return c.k; }
}
var t = new BST(), x = 7;
for (var i = 0; i < 100; i++) { x = (x * 37 + 11) % 101; t.insert(x); }
print(t.n, t.height(), t.min(), t.max(), t.has(50), t.has(101), t.inorder().slice(0, 15).join());
var words = new BST(); 'the quick brown fox jumps over the lazy dog'.split(' ').forEach(w => words.insert(w));
print(words.inorder().join(' '), words.height());
function binarySearch(a, v) { var lo = 0, hi = a.length - 1; while (lo <= hi) { var mid = (lo + hi) >>> 1; if (a[mid] === v) return mid; if (a[mid] < v) lo = mid + 1; else hi = mid - 1; } return -(lo + 1); }
var sorted = t.inorder(); print(binarySearch(sorted, sorted[42]), binarySearch(sorted, -5), binarySearch(sorted, 1000), binarySearch([], 1));
