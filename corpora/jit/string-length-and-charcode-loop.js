// String scanning loops entirely in optimized code: s.length as bound, charCodeAt to
// classify characters, comparisons of single-character strings, and an early exit.
function classify(s) {
  var digits = 0, upper = 0, lower = 0, other = 0;
  for (var i = 0; i < s.length; i++) {
    var c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
    else other++;
  }
  return digits + "/" + upper + "/" + lower + "/" + other;
}
function firstDup(s) {
  for (var i = 1; i < s.length; i++) if (s.charAt(i) === s.charAt(i - 1)) return i;
  return -1;
}
var words = ["Hello World 42", "", "abc", "AAbb99!!", "\u00e9t\u00e9 \ud83d\ude00"];
var out = "";
for (var r = 0; r < 1500; r++) out = classify(words[r % 5]) + firstDup(words[r % 5]);
console.log(out);
for (var k = 0; k < words.length; k++) console.log(classify(words[k]), firstDup(words[k]));
