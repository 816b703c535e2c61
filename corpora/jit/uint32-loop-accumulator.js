// An accumulator kept as uint32 with >>> 0 in a loop (a checksum): it exceeds 2^31 so it
// must be treated as a uint32/double value, never as a negative int32.
function checksum(s) {
  var h = 2166136261;
  for (var i = 0; i < s.length; i++) {
    h = h ^ s.charCodeAt(i);
    h = (h * 16777619) >>> 0;
  }
  return h;
}
function adler(s) {
  var a = 1, b = 0;
  for (var i = 0; i < s.length; i++) { a = (a + s.charCodeAt(i)) % 65521; b = (b + a) % 65521; }
  return ((b << 16) | a) >>> 0;
}
var t = 0;
for (var r = 0; r < 1500; r++) t = (t + checksum("k" + (r & 15)) + adler("k" + (r & 15))) % 4294967296;
console.log(t);
console.log(checksum(""), checksum("a"), checksum("hello world"), checksum("\u4e2d\u6587"));
console.log(adler(""), adler("Wikipedia"), adler("zzzzzzzzzzzzzzzzzzzzzzzz"));
