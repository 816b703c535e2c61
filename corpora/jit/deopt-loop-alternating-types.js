// A hot function whose argument type flips between int and double every 400 calls; each
// flip invalidates the speculation and the function is re-optimized (or gives up).
function scale(x) { return x * 3 - 1; }
var total = 0;
for (var i = 0; i < 4000; i++) {
  var v = (Math.floor(i / 400) % 2 === 0) ? i : i + 0.5;
  total += scale(v);
}
console.log(total);
console.log(scale(2147483647), scale(-2147483648));
console.log(scale(0.1), scale(-0));
var s = 0;
for (var i = 0; i < 3000; i++) s += scale(i % 7);
console.log(s);
print(scale("3"), scale(null), scale(undefined), scale([]));
print(1 / scale(1 / 3));
