// Getters and setters with side effects in hot code: the optimizer must call them each
// time (no caching of a getter result, no elimination of a setter call).
var calls = 0;
var obj = {
  _v: 1,
  get v() { calls++; return this._v; },
  set v(x) { calls += 10; this._v = x * 2; }
};
function work(o) {
  var a = o.v;
  var b = o.v;
  o.v = a + b;
  return o.v;
}
var r = 0;
for (var i = 0; i < 30; i++) r = work(obj) % 1000003;
console.log(r, calls);
obj._v = 1; calls = 0;
for (var i = 0; i < 2000; i++) { obj._v = i; r = work(obj); }
console.log(r, calls);
var plain = { v: 3 };
console.log(work(plain), plain.v);
console.log(work(obj), calls);
