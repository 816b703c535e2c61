// String concatenation in hot loops (ropes): appending numbers, -0 (prints "0"),
// doubles, booleans and undefined; and a loop that builds a long string then reads it.
function build(n) {
  var s = "";
  for (var i = 0; i < n; i++) s += i % 3 === 0 ? i : (i % 3 === 1 ? "-" : i / 2);
  return s;
}
var r;
for (var i = 0; i < 1100; i++) r = build(6);
console.log(r, build(0).length, build(30).length);
function glue(a, b) { return a + b; }
for (var i = 0; i < 1100; i++) glue("x", i);
console.log(glue("x", -0), glue("x", 0.1 + 0.2), glue("x", true), glue("x", undefined), glue("x", null));
console.log(glue("x", 1e21), glue("x", 1e-7), glue("x", -1e-7), glue(1, "2"), glue("", 123456789012));
var long = "";
for (var i = 0; i < 300; i++) long += String.fromCharCode(97 + i % 26);
console.log(long.length, long.charAt(299), long.slice(26, 30), long.indexOf("zab"));
