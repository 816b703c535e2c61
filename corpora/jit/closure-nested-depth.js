// Closures nested three deep read variables from several context levels in a hot inner
// function; an outer variable is reassigned between calls.
function outer(a) {
  var x = a;
  function middle(b) {
    var y = b;
    function inner(c) { return x * 100 + y * 10 + c; }
    return inner;
  }
  return { make: middle, setX: function (v) { x = v; } };
}
var o = outer(1);
var f = o.make(2);
var s = 0;
for (var i = 0; i < 2000; i++) s += f(i % 10);
console.log(s, f(3));
o.setX(5);
console.log(f(3));
o.setX(0.5);
console.log(f(3));
var g = o.make(-1);
console.log(g(0), f(0));
