// Two syntactically identical operations must not be value-numbered together when their
// inputs differ in type at run time (a + b on ints vs on strings), or across a branch.
function twice(a, b, flip) {
  var x = a + b;
  if (flip) { a = String(a); }
  var y = a + b;
  return x === y ? "same:" + x : "diff:" + x + "/" + y;
}
var r;
for (var i = 0; i < 2000; i++) r = twice(i, 1, false);
console.log(r, twice(1, 2, false), twice(1, 2, true), twice("a", 2, true));
function sq(a) { var u = a * a; var v = a * a; return u + v; }
for (var i = 0; i < 2000; i++) sq(i);
console.log(sq(3), sq(46341), sq(-0), sq(0.5), sq("2"));
function twoAdds(a, b) { var x = a + b; var y = b + a; return x === y; }
for (var i = 0; i < 2000; i++) twoAdds(i, i + 1);
console.log(twoAdds(1, 2), twoAdds("a", "b"), twoAdds(0.1, 0.2), twoAdds(NaN, 1));
