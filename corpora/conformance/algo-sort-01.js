// hand-written sorting algorithms
function lcg(seed) { var s = seed; return function () { s = (s * 1103515245 + 12345) % 2147483648; return s; }; }
var rnd = lcg(42), data = []; for (var i = 0; i < 200; i++) data.push(rnd() % 1000);
function bubble(a) { a = a.slice(); for (var i = 0; i < a.length; i++) for (var j = 0; j < a.length - 1 - i; j++) if (a[j] > a[j + 1]) { var t = a[j]; a[j] = a[j + 1]; a[j + 1] = t; } return a; }
function quick(a) { if (a.length < 2) return a; var p = a[0], l = [], r = []; for (var i = 1; i < a.length; i++) (a[i] < p ? l : r).push(a[i]); return quick(l).concat([p], quick(r)); }
function merge(a) { if (a.length < 2) return a; var m = a.length >> 1, l = merge(a.slice(0, m)), r = merge(a.slice(m)), o = []; while (l.length && r.length) o.push(l[0] <= r[0] ? l.shift() : r.shift()); return o.concat(l, r); }
function insertion(a) { a = a.slice(); for (var i = 1; i < a.length; i++) { var v = a[i], j = i - 1; while (j >= 0 && a[j] > v) { a[j + 1] = a[j]; j--; } a[j + 1] = v; } return a; }
function heap(a) { a = a.slice(); var n = a.length; function sift(i, n) { for (;;) { var l = 2 * i + 1, r = l + 1, m = i; if (l < n && a[l] > a[m]) m = l; if (r < n && a[r] > a[m]) m = r; if (m === i) return; var t = a[i]; a[i] = a[m]; a[m] = t; i = m; } } for (var i = (n >> 1) - 1; i >= 0; i--) sift(i, n); for (var e = n - 1; e > 0; e--) { var t = a[0]; a[0] = a[e]; a[e] = t; sift(0, e); } return a; }
var ref = data.slice().sort((a, b) => a - b);
[bubble, quick, merge, insertion, heap].forEach(f => print(f.name, f(data).join() === ref.join(), f(data).slice(0, 5).join()));
print(ref.slice(0, 10).join(), ref.slice(-10).join());
