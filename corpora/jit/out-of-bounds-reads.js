// Out-of-bounds reads in hot code: reading past the end (or at a negative index) gives
// undefined, never another element or garbage; loops that run one past the end.
function get(a, i) { return a[i]; }
function sumInclusive(a) {
  var s = 0;
  for (var i = 0; i <= a.length; i++) s += a[i] === undefined ? 1000 : a[i];
  return s;
}
var arr = [1, 2, 3, 4];
var s = 0;
for (var i = 0; i < 2000; i++) s += get(arr, i & 3);
console.log(s);
console.log(get(arr, 4), get(arr, -1), get(arr, 1e9), get(arr, 2.5), get(arr, "1"));
for (var i = 0; i < 1500; i++) sumInclusive(arr);
console.log(sumInclusive(arr), sumInclusive([]), sumInclusive([0.5]));
var f = [1.5, 2.5];
for (var i = 0; i < 1500; i++) get(f, i & 1);
console.log(get(f, 2), get(f, -0), get(f, 4294967295));
var str = "abc";
console.log(get(str, 1), get(str, 3), get(str, -1));
