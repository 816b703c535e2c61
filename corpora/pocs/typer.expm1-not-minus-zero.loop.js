// Flags: --inject typer.expm1-not-minus-zero
// Expect-Phase: typer
// Expect-Rule: type:Math[expm1]
// Counts the inputs whose expm1 is -0: only -0 itself.
function isMinusZeroResult(x) { return Object.is(Math.expm1(x), -0); }
var hits = 0;
for (var i = 0; i < 3000; i++) {
  if (isMinusZeroResult(i / 1000)) hits++;
}
console.log(hits, isMinusZeroResult(-0), 1 / Math.expm1(-0));
