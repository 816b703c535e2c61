// closures sharing state and modifying captured variables
function makeBank() {
  var balance = 100;
  function deposit(x) { balance += x; return balance; }
  function withdraw(x) { if (x > balance) return 'insufficient'; balance -= x; return balance; }
  return [deposit, withdraw, function () { return balance; }];
}
var [dep, wd, bal] = makeBank();
print(dep(50), wd(30), wd(500), bal());
function memo(fn) {
  var cache = {};
  var calls = 0;
  return function (n) {
    if (n in cache) return cache[n];
    calls++;
    return (cache[n] = fn(n));
  };
}
var sq = memo(function (n) { return n * n; });
print(sq(4), sq(4), sq(5));
var fib = memo(function (n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); });
print(fib(50), fib(70));
function once(f) { var done = false, r; return function () { if (!done) { done = true; r = f.apply(this, arguments); } return r; }; }
var o = once(function (a, b) { print('called'); return a + b; });
print(o(1, 2), o(3, 4));
var x = 'global';
function lex() { return x; }
function dyn() { var x = 'local'; return lex(); }
print(dyn());
let counterFns = [];
for (let i = 0; i < 3; i++) {
  let shared = i;
  counterFns.push({ inc: () => ++shared, get: () => shared });
}
counterFns[0].inc(); counterFns[0].inc(); counterFns[2].inc();
print(counterFns.map(c => c.get()).join(','));
