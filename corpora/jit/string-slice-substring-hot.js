// slice / substring / substr style helpers in hot code with negative, reversed and
// out-of-range arguments (the optimizer must not assume in-range indices).
function sl(s, a, b) { return s.slice(a, b); }
function sub(s, a, b) { return s.substring(a, b); }
var t = 0;
for (var i = 0; i < 1500; i++) t += sl("abcdefgh", i & 7, 8).length + sub("abcdefgh", 8, i & 7).length;
console.log(t);
console.log(sl("abcdef", -2), sl("abcdef", 2, -1), sl("abcdef", 4, 2), sl("abcdef", -100, 100));
console.log(sub("abcdef", -2), sub("abcdef", 4, 2), sub("abcdef", NaN, 3), sub("abcdef", 2, Infinity));
console.log(sl("abc", 1.9, 2.1), sub("abc", "1", "2"), sl("", 0, 5) === "");
function up(s) { return s.toUpperCase() + s.toLowerCase(); }
for (var i = 0; i < 1100; i++) up("aB");
console.log(up("MiXeD"), up(""), "abc".split("").reverse().join(""));
function middle(s) { return s.slice(1, -1); }
for (var i = 0; i < 1100; i++) middle("<" + i + ">");
console.log(middle("<x>"), middle("ab"), middle("a"), middle(""));
