let op = function (a) { return a + 1; };
function apply(v) { return op(v); }
let s = 0;
for (let i = 0; i < 50; i++) s += apply(i);
op = function (a) { return a * 10; };
console.log(s, apply(3), apply(-0));
