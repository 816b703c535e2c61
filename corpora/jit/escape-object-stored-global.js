// An object allocated in a hot function escapes into a global (and into a global array);
// later code reads it through the global after more calls overwrote fields.
var LAST = null;
var ALL = [];
function record(i) {
  var o = { n: i, sq: i * i };
  if (i % 100 === 0) ALL.push(o);
  LAST = o;
  o.sq += 1;
  return o.n;
}
var s = 0;
for (var i = 0; i < 2000; i++) s += record(i);
console.log(s, LAST.n, LAST.sq, ALL.length, ALL[3].n, ALL[3].sq);
ALL[3].n = -1;
console.log(ALL[3].n, record(5), LAST.n, LAST.sq, ALL[3].n);
console.log(ALL[19].sq, ALL[0] === ALL[1]);
