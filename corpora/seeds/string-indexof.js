function where(s, t) { return s.indexOf(t); }
let s = 0;
for (let i = 0; i < 50; i++) s += where("abcabc", "c") + where("hello", "z");
const r = where("abcd", "d");
console.log(s, r, r < 3, where("", ""), where("aaa", "a"));
