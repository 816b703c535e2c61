// compound assignment, conditional, comma, evaluation order
var x = 10;
x += 5; print(x); x -= 3; print(x); x *= 2; print(x); x /= 4; print(x); x %= 4; print(x); x **= 3; print(x);
var s = 'a'; s += 'b'; s += 1; s += null; print(s);
var log = [];
function k(n) { log.push(n); return n; }
var obj = { p: 1 };
function getObj() { log.push('obj'); return obj; }
function getKey() { log.push('key'); return 'p'; }
getObj()[getKey()] += k('rhs') === 'rhs' ? 10 : 0;
print(obj.p, log.join(','));
log = [];
k(1) + k(2) * k(3);
print(log.join(','));
log = [];
var arr = [k('a'), k('b'), ...[k('c')]];
print(log.join(','));
var a, b, c;
a = b = c = 7; print(a, b, c);
var comma = (1, 2, 3); print(comma);
var t = 0; for (var i = 0, j = 10; i < j; i += 3, j -= 3) t++; print(t, i, j);
print(true ? 'yes' : 'no', 0 ? 'yes' : 'no', null ? 1 : undefined ? 2 : 3);
var nested = (v) => v < 0 ? 'neg' : v === 0 ? 'zero' : v < 10 ? 'small' : 'big';
print(nested(-1), nested(0), nested(5), nested(50));
var y = 1; y = y++ + ++y; print(y);
var z = 5; z += z++ + z; print(z);
var q = [1, 2, 3]; var idx = 0; q[idx++] = q[idx] * 10; print(q.join(','), idx);
var w = { n: 0 }; w.n += w.n += 2; print(w.n);
var m = 2; m **= m **= 2; print(m);
