// Two closures share one context; the optimized reader is called after the writer
// changes the captured variable's type (int -> double -> string -> object).
function pair() {
  var v = 0;
  return { get: function () { return v + 1; }, set: function (x) { v = x; } };
}
var p = pair();
var s = 0;
for (var i = 0; i < 2000; i++) { p.set(i); s += p.get(); }
console.log(s);
p.set(1.5); console.log(p.get());
p.set("a"); console.log(p.get());
p.set({ valueOf: function () { return 41; } }); console.log(p.get());
p.set(2147483647); console.log(p.get());
p.set(undefined); console.log(p.get());
var q = pair();
console.log(q.get(), p.get() === q.get());
