// base64, hex, CRC32 and UTF-8 encoding by hand
var B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function utf8(s) { var out = []; for (var i = 0; i < s.length; i++) { var c = s.codePointAt(i); if (c > 0xffff) i++; if (c < 0x80) out.push(c); else if (c < 0x800) out.push(0xc0 | c >> 6, 0x80 | c & 63); else if (c < 0x10000) out.push(0xe0 | c >> 12, 0x80 | c >> 6 & 63, 0x80 | c & 63); else out.push(0xf0 | c >> 18, 0x80 | c >> 12 & 63, 0x80 | c >> 6 & 63, 0x80 | c & 63); } return new Uint8Array(out); }
function b64(bytes) { var s = ''; for (var i = 0; i < bytes.length; i += 3) { var n = bytes[i] << 16 | (bytes[i + 1] || 0) << 8 | (bytes[i + 2] || 0); s += B64[n >> 18 & 63] + B64[n >> 12 & 63] + (i + 1 < bytes.length ? B64[n >> 6 & 63] : '=') + (i + 2 < bytes.length ? B64[n & 63] : '='); } return s; }
function unb64(s) { var out = []; for (var i = 0; i < s.length; i += 4) { var n = 0; for (var j = 0; j < 4; j++) n = n << 6 | (s[i + j] === '=' ? 0 : B64.indexOf(s[i + j])); out.push(n >> 16 & 255); if (s[i + 2] !== '=') out.push(n >> 8 & 255); if (s[i + 3] !== '=') out.push(n & 255); } return out; }
var samples = ['', 'f', 'fo', 'foo', 'foobar', 'héllo wörld', '\u4e2d\u6587', '\ud83d\ude00!'];
for (var s of samples) { var e = b64(utf8(s)); print(JSON.stringify(s), utf8(s).length, e, unb64(e).length); }
function hex(bytes) { return Array.from(bytes, b => b.toString(16).padStart(2, '0')).join(''); }
print(hex(utf8('Az\u00ff\u20ac')));
var table = new Uint32Array(256); for (var n = 0; n < 256; n++) { var c = n; for (var k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; table[n] = c; }
function crc32(bytes) { var crc = 0xffffffff; for (var i = 0; i < bytes.length; i++) crc = table[(crc ^ bytes[i]) & 255] ^ (crc >>> 8); return (crc ^ 0xffffffff) >>> 0; }
print(crc32(utf8('The quick brown fox jumps over the lazy dog')).toString(16), crc32(utf8('')), crc32(utf8('123456789')).toString(16));
function adler32(b) { var a = 1, c = 0; for (var i = 0; i < b.length; i++) { a = (a + b[i]) % 65521; c = (c + a) % 65521; } return ((c << 16) | a) >>> 0; }
print(adler32(utf8('Wikipedia')).toString(16));
function fnv1a(s) { var h = 0x811c9dc5; for (var i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193); } return h >>> 0; }
print(fnv1a(''), fnv1a('a'), fnv1a('foobar').toString(16));
