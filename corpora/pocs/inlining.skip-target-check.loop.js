// Flags: --inject inlining.skip-target-check
// Expect-Phase: inlining
// Expect-Rule: inline-js-call
// A hot caller inlines `scale`; after `scale` is reassigned it must call the new function.
var scale = function (a) { return a * 2; };
function apply(x) { return scale(x) + 1; }
var sum = 0;
for (var i = 0; i < 3000; i++) sum += apply(i);
console.log(sum);
scale = function (a) { return a - 1; };
var after = 0;
for (var j = 0; j < 10; j++) after += apply(j);
console.log(after);
