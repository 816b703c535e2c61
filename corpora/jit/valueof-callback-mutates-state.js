// valueOf callbacks run during arithmetic inside optimized code and mutate state the
// optimized code already read: a counter in a closure and a property of another object.
var state = { n: 0 };
function mk(v) { return { valueOf: function () { state.n += 1; return v; } }; }
function sumWith(a, b) {
  var before = state.n;
  var r = a + b;
  return r * 100 + (state.n - before);
}
var s = 0;
for (var i = 0; i < 2000; i++) s += sumWith(i, 1);
console.log(s, state.n);
console.log(sumWith(mk(2), 3), state.n);
console.log(sumWith(mk(2), mk(5)), state.n);
var t = 0;
for (var i = 0; i < 2000; i++) t += sumWith(mk(i & 3), i);
console.log(t, state.n);
function lt(a, b) { return a < b; }
for (var i = 0; i < 1500; i++) lt(i, 5);
console.log(lt(mk(1), mk(2)), state.n);
