// indexOf / lastIndexOf / includes in hot code with position arguments out of range,
// the empty needle and needles longer than the haystack.
function find(h, n, from) { return h.indexOf(n, from); }
var s = 0;
for (var i = 0; i < 1500; i++) s += find("abcabcabc", "c", i % 9);
console.log(s);
console.log(find("abc", "", 10), find("abc", "", -5), find("", "", 0), find("abc", "abcd", 0));
console.log(find("aaa", "a", -100), find("aaa", "a", 2.9), find("aaa", "a", 3), find("aaa", "aa", 2));
function last(h, n) { return h.lastIndexOf(n); }
for (var i = 0; i < 1100; i++) last("xyzxyz", "z");
console.log(last("xyzxyz", "z"), last("xyz", "q"), last("xyz", ""), last("", "a"));
function has(h, n) { return h.includes(n); }
for (var i = 0; i < 1100; i++) has("hello world", "o w");
console.log(has("hello", "ll"), has("hello", "L"), has("hello", ""), find("null", null, 0), find("1.5", 1.5, 0));
function count(h, n) { var c = 0, p = h.indexOf(n); while (p !== -1) { c++; p = h.indexOf(n, p + 1); } return c; }
for (var i = 0; i < 1100; i++) count("abcabc", "b");
console.log(count("abcabc", "b"), count("aaaa", "aa"), count("", "a"), count("abc", "c"));
