// Recursive Fibonacci as a hot function (it optimizes while recursing), then called with a
// double and a string argument, and with a negative number.
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
console.log(fib(20));
var s = 0;
for (var i = 0; i < 15; i++) s += fib(i);
console.log(s);
console.log(fib(1.5), fib(2.5), fib(-3), fib("7"), fib(true));
function fibIter(n) { var a = 0, b = 1; for (var i = 0; i < n; i++) { var t = a + b; a = b; b = t; } return a; }
for (var i = 0; i < 1200; i++) fibIter(10);
console.log(fibIter(10), fibIter(78), fibIter(79), fibIter(1476), fibIter(1477));
function fibMemo(n, memo) {
  if (n < 2) return n;
  if (memo[n] !== undefined) return memo[n];
  var v = fibMemo(n - 1, memo) + fibMemo(n - 2, memo);
  memo[n] = v;
  return v;
}
console.log(fibMemo(90, []), fibMemo(30, []), fib(25));
