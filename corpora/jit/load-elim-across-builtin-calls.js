// Load elimination across builtin calls that mutate the receiver: a.length read before and
// after push/pop/splice/reverse, and a[0] before and after sort/fill, in optimized code.
function lens(a, v) {
  var n1 = a.length;
  a.push(v);
  var n2 = a.length;
  a.pop();
  a.pop();
  var n3 = a.length;
  return n1 * 100 + n2 * 10 + n3;
}
function firsts(a) {
  var x = a[0];
  a.reverse();
  var y = a[0];
  a.fill(7, 0, 1);
  var z = a[0];
  a.reverse();
  return x + ":" + y + ":" + z + ":" + a[0];
}
var t = 0;
for (var r = 0; r < 2000; r++) t += lens([1, 2, 3], r);
console.log(t, lens([], 1), lens([9], 1));
var out = "";
for (var r = 0; r < 2000; r++) out = firsts([r & 7, 2, 3]);
console.log(out, firsts([5]), firsts([1.5, "b"]), firsts([]));
