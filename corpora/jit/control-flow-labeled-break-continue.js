// Nested loops with labeled break/continue in optimized code: the loop variables' values
// after an early exit (including a variable never assigned when the outer loop is empty)
// and a character scan that compares one-character strings.
function lab(n, m) {
  var c = 0;
  outer: for (var i = 0; i < n; i++) {
    for (var j = 0; j < m; j++) {
      if (j === i) continue outer;
      if (i + j > 12) break outer;
      c += i * j;
    }
  }
  return c + ":" + i + ":" + j;
}
for (var r = 0; r < 1500; r++) lab(r & 7, r & 15);
console.log(lab(5, 5), lab(10, 10), lab(0, 3), lab(3, 0), lab(20, 2));
function cnt(s) {
  var n = 0;
  for (var i = 0; i < s.length; i++) { var c = s[i]; if (c === "a" || c === "e") n++; else if (c < "a") n += 10; }
  return n;
}
for (var r = 0; r < 1500; r++) cnt("banana");
console.log(cnt("banana"), cnt("APPLE"), cnt(""), cnt("a e"));
function findPair(a, target) {
  search: for (var x = 0; x < a.length; x++) for (var y = x + 1; y < a.length; y++) if (a[x] + a[y] === target) break search;
  return x + "," + y;
}
for (var r = 0; r < 1500; r++) findPair([1, 2, 3, 4], r & 7);
console.log(findPair([1, 2, 3, 4], 7), findPair([1, 2, 3, 4], 100), findPair([], 1), findPair([0.5, 0.5], 1));
