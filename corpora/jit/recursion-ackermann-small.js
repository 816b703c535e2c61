// Small Ackermann values: deep, irregular recursion through an optimized function with
// two int arguments; then mutual recursion (isEven/isOdd) with a double argument.
function ack(m, n) {
  if (m === 0) return n + 1;
  if (n === 0) return ack(m - 1, 1);
  return ack(m - 1, ack(m, n - 1));
}
console.log(ack(0, 0), ack(1, 2), ack(2, 3), ack(3, 3));
var s = 0;
for (var i = 0; i < 4; i++) for (var j = 0; j < 4; j++) s += ack(Math.min(i, 2), j);
console.log(s);
function isEven(n) { return n === 0 ? true : isOdd(n - 1); }
function isOdd(n) { return n === 0 ? false : isEven(n - 1); }
var c = 0;
for (var i = 0; i < 60; i++) if (isEven(i)) c++;
console.log(c, isEven(100), isOdd(7), isEven(0.5 + 0.5));
