// Flags: --inject inlining.missing-args-not-undefined
// Expect-Phase: inlining
// Expect-Rule: inline-js-call
// `greet(name)` leaves `punctuation` undefined; the inlined body must see that.
function greet(name, punctuation) {
  return name + (punctuation === undefined ? "." : punctuation);
}
function hello(name) { return greet(name); }
var last = "";
for (var i = 0; i < 3000; i++) last = hello("n" + i);
console.log(last, hello("ada"));
