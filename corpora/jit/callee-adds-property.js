// Shape change inside a call: the optimized caller checked the shape of `o`, then calls a
// function that adds a property (new hidden class); later loads must not reuse the old check.
function grow(o) { o.extra = 1; }
function noop(o) { }
var callee = noop;
function use(o) {
  var a = o.x;
  callee(o);
  return a + o.x + (o.extra === undefined ? 0 : 1000);
}
var s = 0;
for (var i = 0; i < 2000; i++) s += use({ x: i });
console.log(s);
callee = grow;
var t = { x: 3 };
console.log(use(t), t.extra);
var s2 = 0;
for (var i = 0; i < 2000; i++) s2 += use({ x: 1 });
console.log(s2);
