function has(a, v) { return a.includes(v); }
function idx(a, v) { return a.indexOf(v); }
const holey = [1, , 3];
let c = 0;
for (let i = 0; i < 50; i++) { if (has(holey, undefined)) c++; c += idx(holey, 3); }
Array.prototype[1] = 8;
console.log(c, has(holey, 8), has(holey, undefined), idx([5, 6], 6));
delete Array.prototype[1];
