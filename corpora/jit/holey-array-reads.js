// Reading holes from holey arrays in hot code: a hole reads as undefined, and arithmetic on
// it gives NaN; an array warmed as packed becomes holey after optimization.
function sum(a) {
  var s = 0;
  for (var i = 0; i < a.length; i++) s += a[i];
  return s;
}
function countHoles(a) {
  var c = 0;
  for (var i = 0; i < a.length; i++) if (a[i] === undefined) c++;
  return c;
}
var packed = [1, 2, 3, 4, 5];
var t = 0;
for (var i = 0; i < 1500; i++) t += sum(packed);
console.log(t);
var holey = [1, , 3, , 5];
console.log(sum(holey), countHoles(holey));
var grown = [1, 2];
grown[6] = 7;
console.log(sum(grown), countHoles(grown), grown.length);
for (var i = 0; i < 1500; i++) countHoles(holey);
console.log(countHoles([, , ,]), countHoles([undefined, 1]), 3 in holey, 1 in holey);
