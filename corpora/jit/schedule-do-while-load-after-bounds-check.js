// A do-while loop reads a[i] before its first exit test. The first iteration is peeled;
// in the loop the element load feeds the effect phi along the back edge. Called with an
// empty array after warming up, the bounds check must deoptimize before any element is
// read (the scheduler once emitted the load ahead of its check).
function sum(a) {
  let i = 0, s = 0;
  do { s += a[i] | 0; i++; } while (i < a.length);
  return s;
}
function fields(a) {
  let i = 0, t = 0;
  do { const o = a[i]; t += o === undefined ? -1 : o.v; i++; } while (i < a.length);
  return t;
}
let out = 0;
for (let r = 0; r < 300; r++) out += sum([1, 2, r & 3]);
console.log(out);
console.log(sum([]), sum([7]), sum([1, 2, 3, 4]));
for (let r = 0; r < 300; r++) out += fields([{ v: 1 }, { v: r }]);
console.log(out);
console.log(fields([]), fields([{ v: 5 }]), sum([]));
