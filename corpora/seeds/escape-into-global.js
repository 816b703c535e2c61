let kept = null;
function make(v) { const o = {v: v, w: v + 1}; if (v > 30) kept = o; return o.w; }
let s = 0;
for (let i = 0; i < 50; i++) s += make(i);
console.log(s, kept.v, kept.w, make(-1));
