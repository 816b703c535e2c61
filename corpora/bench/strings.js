// String building, concatenation, slicing and charCodeAt scanning.
function buildLine(i) {
  var s = '';
  for (var k = 0; k < 20; k++) s += String.fromCharCode(97 + ((i + k * 7) % 26));
  return s + ':' + i + ';';
}
function hash(s) {
  var h = 0;
  for (var i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
  return h;
}
function countVowels(s) {
  var n = 0;
  for (var i = 0; i < s.length; i++) {
    var c = s.charCodeAt(i);
    if (c === 97 || c === 101 || c === 105 || c === 111 || c === 117) n++;
  }
  return n;
}
function run() {
  var checksum = 0;
  for (var round = 0; round < 18; round++) {
    var text = '';
    for (var i = 0; i < 3000; i++) text += buildLine(i + round);
    var parts = text.split(';');
    var joined = [];
    for (var j = 0; j < parts.length; j++) {
      var p = parts[j];
      if (p.length === 0) continue;
      var colon = p.indexOf(':');
      joined.push(p.slice(colon + 1) + '=' + p.substring(0, 5).toUpperCase());
    }
    var out = joined.join(',');
    checksum = (checksum + hash(out) + countVowels(text) + out.length) | 0;
  }
  return checksum;
}
