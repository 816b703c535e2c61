// Expressions whose operands become constants after inlining-like propagation inside a
// hot function: "3" * "4", "3" + 4, true + 1, null + 1, undefined + 1, [] + {}.
function k(sel) {
  var a, b;
  if (sel === 0) { a = "3"; b = "4"; }
  else if (sel === 1) { a = true; b = 1; }
  else if (sel === 2) { a = null; b = 1; }
  else { a = undefined; b = 1; }
  return [a * b, a + b, a - b, a / b, a % b, a < b, a == b].join(" ");
}
var r;
for (var i = 0; i < 1200; i++) r = k(i & 3);
for (var sel = 0; sel < 4; sel++) console.log(k(sel));
function konst() { var x = 7, y = -0; return [x * y, y + y, y - 0, x % -x, -x % x, x / y].join(" "); }
for (var i = 0; i < 1200; i++) konst();
console.log(konst(), 1 / (function () { var z = -0; return z * 1; })());
console.log([] + {}, [1] * [2], [1, 2] + 1, "" - 1, " 12 " * 1, "0x1f" - 0);
