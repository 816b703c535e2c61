// Sieve of Eratosthenes over a plain Array, repeated; checksum = sum of prime counts and last primes.
function sieve(n) {
  var flags = new Array(n + 1);
  for (var i = 0; i <= n; i++) flags[i] = true;
  flags[0] = flags[1] = false;
  for (var p = 2; p * p <= n; p++) {
    if (flags[p]) {
      for (var m = p * p; m <= n; m += p) flags[m] = false;
    }
  }
  var count = 0, last = 0;
  for (var k = 2; k <= n; k++) {
    if (flags[k]) { count++; last = k; }
  }
  return count * 1000003 + last;
}
function run() {
  var checksum = 0;
  for (var r = 0; r < 12; r++) {
    checksum = (checksum + sieve(200000 + r * 1000)) % 1000000007;
  }
  return checksum;
}
