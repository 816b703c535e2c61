// linked list, stack, queue classes
class Node { constructor(v, next) { this.v = v; this.next = next || null; } }
class List {
  constructor() { this.head = null; this.size = 0; }
  push(v) { this.head = new Node(v, this.head); this.size++; return this; }
  reverse() { var prev = null, cur = this.head; while (cur) { var n = cur.next; cur.next = prev; prev = cur; cur = n; } this.head = prev; return this; }
  toArray() { var out = []; for (var c = this.head; c; c = c.next) out.push(c.v); return out; }
  remove(v) { var d = { next: this.head }, p = d; while (p.next) { if (p.next.v === v) { p.next = p.next.next; this.size--; } else p = p.next; } this.head = d.next; return this; }
}
var l = new List(); for (var i = 0; i < 10; i++) l.push(i % 4);
print(l.toArray().join(), l.size);
print(l.reverse().toArray().join(), l.remove(2).toArray().join(), l.size);
class Queue { constructor() { this.a = []; this.h = 0; } enq(v) { this.a.push(v); } deq() { return this.h < this.a.length ? this.a[this.h++] : undefined; } get length() { return this.a.length - this.h; } }
var q = new Queue(); for (var j = 0; j < 5; j++) q.enq(j * j); print(q.deq(), q.deq(), q.length, q.deq(), q.deq(), q.deq(), q.deq(), q.length);
function balanced(s) { var st = [], pairs = { ')': '(', ']': '[', '}': '{' }; for (var c of s) { if ('([{'.includes(c)) st.push(c); else if (c in pairs) { if (st.pop() !== pairs[c]) return false; } } return st.length === 0; }
print(['()', '([]{})', '(]', '((', 'a(b[c]{d}e)f', ''].map(balanced).join());
class MinHeap {
  constructor() { this.h = []; }
  push(v) { var h = this.h; h.push(v); var i = h.length - 1; while (i > 0) { var p = (i - 1) >> 1; if (h[p] <= h[i]) break; [h[p], h[i]] = [h[i], h[p]]; i = p; } }
  pop() { var h = this.h, top = h[0], last = h.pop(); if (h.length) { h[0] = last; var i = 0; for (;;) { var l = 2 * i + 1, r = l + 1, m = i; if (l < h.length && h[l] < h[m]) m = l; if (r < h.length && h[r] < h[m]) m = r; if (m === i) break; [h[m], h[i]] = [h[i], h[m]]; i = m; } } return top; }
}
var mh = new MinHeap(); [5, 3, 8, 1, 9, 2, 7].forEach(v => mh.push(v)); var out = []; while (mh.h.length) out.push(mh.pop()); print(out.join());
