function tag(s, n) { return s + ":" + n + ":" + s.length; }
let out = "";
for (let i = 0; i < 40; i++) out = tag("k" + (i & 3), i);
console.log(out, tag("", -0), tag("ab", NaN), tag("x", 1e21));
