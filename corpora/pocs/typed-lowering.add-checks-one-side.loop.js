// Flags: --inject typed-lowering.add-checks-one-side
// Expect-Phase: typed-lowering
// Expect-Rule: lower-float64-add
// A hot numeric sum later receives a string on its right-hand side.
function total(base, extra) { return base + extra; }
var s = 0;
for (var i = 0; i < 3000; i++) s = total(i, 0.5) - i;
console.log(s);
console.log(total(1.5, " items"));
