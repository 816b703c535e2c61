// Flags: --inject typer.and-mask-range
// Expect-Phase: typer
// Expect-Rule: type:Int32BitAnd
// Rounds down to a multiple of 4096 with a negative mask and checks for a full page.
function fullPages(bytes) {
  var rounded = bytes & -4096;
  return rounded >= 4096 ? rounded / 4096 : 0;
}
var pages = 0;
for (var i = 0; i < 3000; i++) pages += fullPages(i);
console.log(pages, fullPages(10000), fullPages(-5000));
