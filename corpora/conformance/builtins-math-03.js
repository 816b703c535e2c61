// Math exponential, log, trig, hyperbolic
var f = ['exp', 'expm1', 'log', 'log1p', 'log2', 'log10', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh'];
var inputs = [0, -0, 0.5, 1, 2, 10, -1, -0.5, 100, Infinity, -Infinity, NaN, 1e-10];
for (var name of f) {
  var out = [];
  for (var x of inputs) { var v = Math[name](x); out.push(Object.is(v, -0) ? '-0' : String(v)); }
  print(name, out.join(' '));
}
print(Math.atan2(1, 1), Math.atan2(-0, -0), Math.atan2(0, -0), Math.atan2(-1, 0), Math.atan2(1, -Infinity), Math.atan2(Infinity, Infinity), Math.atan2(-0, 1));
print(Math.expm1(-0), 1 / Math.expm1(-0), Math.log1p(-1), Math.log1p(-2), Math.log(0), Math.log(-0), Math.log2(8), Math.log10(1000), Math.log10(1e-300));
print(Math.sin(Math.PI), Math.cos(Math.PI), Math.tan(Math.PI / 4), Math.sin(1e6), Math.cos(1e10), Math.exp(709), Math.exp(710), Math.exp(-745), Math.exp(-746));
