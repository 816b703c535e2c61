// Relational and equality comparison of strings in hot code: lexicographic by UTF-16 code
// units ("Z" < "a", "10" < "9"), prefixes, and strict vs loose equality with numbers.
function less(a, b) { return a < b; }
function same(a, b) { return a === b; }
function loose(a, b) { return a == b; }
var c = 0;
var words = ["apple", "Apple", "banana", "app", "", "10", "9", "\u00e9"];
for (var r = 0; r < 200; r++)
  for (var i = 0; i < words.length; i++) if (less(words[i], words[(i + 1) % words.length])) c++;
console.log(c);
console.log(less("Z", "a"), less("10", "9"), less("app", "apple"), less("", "a"), less("b", "a"));
console.log(less("\u00e9", "z"), less("a", "\u00e9"), less("ab", "ab"));
for (var i = 0; i < 1100; i++) same("k" + (i & 3), "k1");
console.log(same("k" + 1, "k1"), same("1", 1), loose("1", 1), loose("", 0), loose(" 1 ", 1));
for (var i = 0; i < 1100; i++) loose(i, "5");
console.log(loose("abc", NaN), loose(null, 0), loose(undefined, null), loose("0x10", 16), loose("1e1", 10));
