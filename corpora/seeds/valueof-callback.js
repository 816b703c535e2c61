let calls = 0;
const tricky = {valueOf() { calls++; return 5; }};
function add(a, b) { return a + b; }
let s = 0;
for (let i = 0; i < 50; i++) s += add(i, 1);
console.log(s, add(tricky, 1), add(1, tricky), calls, add("a", 1));
