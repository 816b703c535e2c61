// Flags: --inject typer.minmax-ignores-minus-zero
// Expect-Phase: typer
// Expect-Rule: type:Math[min]
// Clamps to [-1, 1] and reports whether the result is negative zero.
function clampIsMinusZero(x) { return Object.is(Math.max(-1, Math.min(1, x)), -0); }
var found = 0;
for (var i = 0; i < 3000; i++) {
  if (clampIsMinusZero(i / 500 - 3)) found++;
}
console.log(found, clampIsMinusZero(-0), clampIsMinusZero(0));
