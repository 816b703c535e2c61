// Math.random range properties (values not printed) and property attributes
var ok = true;
for (var i = 0; i < 1000; i++) { var r = Math.random(); if (!(r >= 0 && r < 1)) ok = false; }
print('random in [0,1):', ok, typeof Math.random());
print(typeof Math, Object.prototype.toString.call(Math), Math.constructor === Object);
var names = ['abs', 'acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'atan2', 'cbrt', 'ceil', 'clz32', 'cos', 'cosh', 'exp', 'expm1', 'floor', 'fround', 'hypot', 'imul', 'log', 'log1p', 'log10', 'log2', 'max', 'min', 'pow', 'random', 'round', 'sign', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'trunc'];
print(names.map(n => n + '/' + Math[n].length).join(' '));
print(names.every(n => typeof Math[n] === 'function'), Object.keys(Math).length);
Math.PI = 3; print(Math.PI);
var sum = 0; for (var k = 1; k <= 100; k++) sum += Math.sqrt(k) * Math.sin(k) / Math.log(k + 1); print(sum);
var pts = [[0, 0], [3, 4], [-1, 7]]; print(pts.map(p => Math.hypot(p[0], p[1])).join(','));
print(Math.max.apply(null, [1, 9, 3]), Math.min(...[4, -2, 8]), Math.max(...[]));
var dist = (a, b) => Math.sqrt((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2); print(dist([1, 1], [4, 5]));
print(Math.round(-0.5) === 0, Math.round('2.5'), Math.round(null), Math.floor(undefined), Math.ceil([]));
