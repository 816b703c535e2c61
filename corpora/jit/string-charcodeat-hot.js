// charCodeAt in a hot loop: in-range indices give code units, out-of-range indices give
// NaN (not 0), and non-ASCII / surrogate code units are returned as-is.
function hash(s) {
  var h = 0;
  for (var i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
  return h;
}
var t = 0;
for (var i = 0; i < 1100; i++) t = (t + hash("hello" + (i % 10))) | 0;
console.log(t, hash(""), hash("a"), hash("\u00e9\u4e2d"));
function code(s, i) { return s.charCodeAt(i); }
for (var i = 0; i < 1100; i++) code("abcdef", i % 6);
console.log(code("abc", 3), code("abc", -1), code("abc", 1.7), code("abc"), code("", 0));
console.log(code("\ud83d\ude00", 0), code("\ud83d\ude00", 1), "\ud83d\ude00".length);
console.log(code("abc", "1"), code("abc", NaN), code("abc", null));
