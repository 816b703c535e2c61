function dist(x, y) { const p = {x: x, y: y}; return p.x * p.x + p.y * p.y; }
let s = 0;
for (let i = 0; i < 60; i++) s += dist(i, i + 1);
console.log(s, dist(0.5, -0), dist(NaN, 1));
