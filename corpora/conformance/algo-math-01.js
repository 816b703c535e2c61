// number theory: primes, gcd, modpow, digits
function sieve(n) { var a = new Uint8Array(n + 1), out = []; for (var i = 2; i <= n; i++) { if (!a[i]) { out.push(i); for (var j = i * i; j <= n; j += i) a[j] = 1; } } return out; }
var pr = sieve(10000); print(pr.length, pr.slice(0, 10).join(), pr[pr.length - 1]);
function gcd(a, b) { while (b) { var t = b; b = a % b; a = t; } return a; }
print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(2 ** 40, 6 ** 20), [12, 18, 24].reduce(gcd));
function lcm(a, b) { return a / gcd(a, b) * b; } print([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].reduce(lcm));
function modpow(b, e, m) { var r = 1; b %= m; while (e > 0) { if (e & 1) r = (r * b) % m; b = (b * b) % m; e >>= 1; } return r; }
print(modpow(2, 100, 1000007), modpow(3, 200, 13), modpow(7, 0, 5));
function digits(n) { return String(n).split('').reduce((s, d) => s + +d, 0); } print(digits(2 ** 50), digits(123456789));
function collatz(n) { var s = 0; while (n !== 1) { n = n % 2 ? 3 * n + 1 : n / 2; s++; } return s; }
var best = 0, arg = 0; for (var i = 1; i < 3000; i++) { var c = collatz(i); if (c > best) { best = c; arg = i; } } print(arg, best);
function isPerfect(n) { var s = 1; for (var d = 2; d * d <= n; d++) if (n % d === 0) { s += d; if (d * d !== n) s += n / d; } return n > 1 && s === n; }
var perf = []; for (var p = 2; p < 10000; p++) if (isPerfect(p)) perf.push(p); print(perf.join());
function factorize(n) { var f = []; for (var d = 2; d * d <= n; d++) while (n % d === 0) { f.push(d); n /= d; } if (n > 1) f.push(n); return f; }
print(factorize(360).join('*'), factorize(9007199254740991).join('*'), factorize(97).join());
print((2 ** 53 - 1) % 97, -17 % 5, ((-17 % 5) + 5) % 5, 1e17 % 7);
