// Typer range reasoning: (x & 0xffff) * (y & 0xffff) fits in uint32 but not int32, so an
// overflow check may only be dropped if the range says so; (x & 0x7fff) squared fits int32.
function wide(x, y) { return (x & 0xffff) * (y & 0xffff); }
function narrow(x) { var m = x & 0x7fff; return m * m; }
function wideOr(x, y) { return ((x & 0xffff) * (y & 0xffff)) | 0; }
var s = 0;
for (var i = 0; i < 2000; i++) s += wide(i, i + 1) + narrow(i) + wideOr(i, 3);
console.log(s);
console.log(wide(65535, 65535), wide(-1, -1), wide(65536, 3), wideOr(65535, 65535));
console.log(narrow(32767), narrow(-1), narrow(1e10), narrow(0.9));
console.log(wide(0x12345, 0x10001), wideOr(-1, 2));
var ext = [-1, 65535, 0x12345, -65536, 0.5];
var line = "";
for (var i = 0; i < 1500; i++) line = wide(ext[i % 5], ext[(i + 1) % 5]) + " " + narrow(ext[i % 5]) + " " + wideOr(ext[i % 5], -1);
console.log(line);
