function sum(a) { let s = 0; for (let i = 0; i < a.length; i++) s += a[i]; return s; }
function sumIncl(a) { let s = 0; for (let i = 0; i <= a.length; i++) s += a[i] | 0; return s; }
const arr = [1, 2, 3, 4, 5];
let t = 0;
for (let k = 0; k < 40; k++) { t += sum(arr); t += sumIncl(arr); }
console.log(t, sum([]), sumIncl([7]), sum([0.5, 1.5]));
