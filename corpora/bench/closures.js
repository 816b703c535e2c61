// Closures and higher-order array methods: map/filter/reduce/forEach/some/every with captured state.
function makeCounter() {
  var n = 0;
  return { inc: function (d) { n += d; return n; }, get: function () { return n; } };
}
function compose(f, g) { return function (x) { return f(g(x)); }; }
function run() {
  var data = [];
  for (var i = 0; i < 20000; i++) data.push((i * 2654435761) % 1000);
  var counter = makeCounter();
  var addK = function (k) { return function (x) { return x + k; }; };
  var pipeline = compose(addK(3), function (x) { return x * 2; });
  var checksum = 0;
  for (var round = 0; round < 60; round++) {
    var mapped = data.map(pipeline);
    var filtered = mapped.filter(function (x) { return (x & 3) === round % 4; });
    var total = filtered.reduce(function (acc, x) { return acc + x; }, 0);
    filtered.forEach(function (x) { counter.inc(x & 7); });
    var anyBig = mapped.some(function (x) { return x > 2000 + round; });
    var allPos = mapped.every(function (x) { return x > 0; });
    var fns = [];
    for (var k = 0; k < 50; k++) fns.push(addK(k));
    var applied = fns.reduce(function (acc, f) { return f(acc); }, round);
    checksum = (checksum + total + filtered.length + (anyBig ? 1 : 0) + (allPos ? 2 : 0) + applied) | 0;
  }
  return checksum + '/' + counter.get();
}
