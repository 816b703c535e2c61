// string building in loops and charCodeAt hashing
var s = '';
for (var i = 0; i < 1000; i++) s += String.fromCharCode(97 + (i % 26));
print(s.length, s.slice(0, 30), s.slice(-5));
var h = 0;
for (var j = 0; j < s.length; j++) h = (h * 31 + s.charCodeAt(j)) | 0;
print('hash', h);
var parts = [];
for (var k = 0; k < 100; k++) parts.push(k.toString(36));
var joined = parts.join(''); print(joined.length, joined.slice(0, 40));
var rev = ''; for (var m = joined.length - 1; m >= 0; m--) rev += joined[m]; print(rev.slice(0, 20));
var big = 'x'; for (var n = 0; n < 16; n++) big += big; print(big.length);
var nested = ''; for (var a = 0; a < 5; a++) { nested = '(' + nested + a + ')'; } print(nested);
var csv = ''; for (var r = 0; r < 5; r++) { var row = []; for (var c = 0; c < 4; c++) row.push(r * c); csv += row.join(',') + '\n'; }
print(JSON.stringify(csv));
var caesar = 'Hello, World!'.split('').map(ch => {
  var code = ch.charCodeAt(0);
  if (code >= 65 && code <= 90) return String.fromCharCode((code - 65 + 13) % 26 + 65);
  if (code >= 97 && code <= 122) return String.fromCharCode((code - 97 + 13) % 26 + 97);
  return ch;
}).join('');
print(caesar);
var counts = {}; for (var ch of 'abracadabra') counts[ch] = (counts[ch] || 0) + 1; print(JSON.stringify(counts));
var w = ''; for (var q = 0; q < 300; q++) w = w + q; print(w.length, w.charCodeAt(100), w.lastIndexOf('299'));
