// building strings in loops: concatenation, array join, nested templates, charCodeAt checksums
function checksum(s) { var h = 5381; for (var i = 0; i < s.length; i++) h = ((h << 5) + h + s.charCodeAt(i)) | 0; return h >>> 0; }
var a = ''; for (var i = 0; i < 5000; i++) a += 'x';
var b = []; for (var j = 0; j < 5000; j++) b.push('x'); b = b.join('');
print(a.length, a === b, checksum(a));
var c = ''; for (var k = 0; k < 1000; k++) c = k + ',' + c; print(c.length, c.slice(0, 20), checksum(c));
var d = ''; for (var m = 0; m < 500; m++) d += `${m}:${m * m};`; print(d.length, checksum(d), d.slice(-12));
var e = 'a'; for (var n = 0; n < 12; n++) e = e + e.toUpperCase(); print(e.length, checksum(e), e.slice(0, 16));
var f = ''; for (var p = 0; p < 256; p++) f += String.fromCharCode(p); print(f.length, checksum(f), f.charCodeAt(255));
var g = ''; for (var q = 0; q < 300; q++) g += q % 2 ? 'ab' : 'é'; print(g.length, checksum(g));
var pieces = []; for (var r = 0; r < 100; r++) pieces.push(r.toString(2)); var h = pieces.join('|'); print(h.length, checksum(h));
var i2 = ''; for (var t = 0; t < 1000; t++) { i2 += 'z'; if (i2.length > 10) i2 = i2.slice(5); } print(i2.length, i2);
var lines = []; for (var u = 0; u < 10; u++) lines.push('*'.repeat(u + 1).padStart(10)); print(lines.join('\n'));
