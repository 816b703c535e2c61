// A phi merging an int32 value on one path and a double on the other: the merged value
// must be a double; later int32-only operations (|0, array index) must convert it.
function pick(flag, x) {
  var v;
  if (flag) v = x | 0; else v = x / 2;
  return v * 3;
}
var s = 0;
for (var i = 0; i < 2000; i++) s += pick(true, i);
console.log(s, pick(false, 5), pick(false, -0), 1 / pick(false, -0), pick(true, -0));
function indexPhi(a, flag, i) { var k = flag ? i : i + 0.5; return a[k]; }
var arr = [1, 2, 3];
for (var i = 0; i < 2000; i++) indexPhi(arr, true, i % 3);
console.log(indexPhi(arr, false, 1), indexPhi(arr, true, 1), indexPhi(arr, false, 0.5));
function loopPhi(n) { var x = 0; for (var i = 0; i < n; i++) x = (i & 1) ? x + 0.5 : x + 1; return x; }
for (var r = 0; r < 1200; r++) loopPhi(1);
console.log(loopPhi(1), loopPhi(2), loopPhi(5), loopPhi(0));
