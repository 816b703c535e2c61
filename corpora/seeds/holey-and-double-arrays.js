function get(a, i) { return a[i]; }
const packed = [1, 2, 3], holey = [1, , 3], dbl = [0.5, 1.5, NaN];
let s = 0;
for (let k = 0; k < 50; k++) s += get(packed, k % 3);
console.log(s, get(holey, 1), get(dbl, 2), get(packed, 3), get(packed, -1));
