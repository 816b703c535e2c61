// A deopt in a callee while the caller is also optimized: both frames must continue with
// their own state (the caller's partially computed expression, the callee's locals).
function inner(x) { var t = x * 2; return t + 1; }
function outer(a, b) {
  var pre = a * 10;
  var mid = inner(b);
  return pre + mid + a;
}
var s = 0;
for (var i = 0; i < 2000; i++) s += outer(i & 7, i & 15);
console.log(s);
console.log(outer(1, 2.5), outer(1, "2"), outer(0.5, 3), outer(2, null));
var s2 = 0;
for (var i = 0; i < 2000; i++) s2 += outer(i & 3, i & 3);
console.log(s2, outer(2147483647, 2147483647));
function chain(n) { return n === 0 ? inner(0.25) : chain(n - 1) + 1; }
console.log(chain(5), chain(0));
