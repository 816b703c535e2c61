// Naive recursive Fibonacci: call overhead and integer arithmetic.
function fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}
function run() {
  return fib(31) + fib(29);
}
