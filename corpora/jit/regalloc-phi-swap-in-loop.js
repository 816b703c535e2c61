// Register allocation of loop phis that swap or rotate values each iteration (the "swap
// problem" of parallel moves): a, b = b, a and a three-way rotation, in optimized code.
function swapLoop(n) {
  var a = 1, b = 2;
  for (var i = 0; i < n; i++) { var t = a; a = b; b = t + i; }
  return a * 1000 + b;
}
function rotate(n) {
  var x = 1, y = 20, z = 300;
  for (var i = 0; i < n; i++) { var t = x; x = y; y = z; z = t; }
  return x + "," + y + "," + z;
}
function fibPair(n) {
  var a = 0, b = 1;
  while (n-- > 0) { var c = a; a = b; b = c + b; }
  return a;
}
var s = 0;
for (var r = 0; r < 1200; r++) s += swapLoop(r & 7) + fibPair(r & 15);
console.log(s);
for (var r = 0; r < 1200; r++) rotate(r & 3);
console.log(swapLoop(0), swapLoop(1), swapLoop(2), swapLoop(7), swapLoop(100));
console.log(rotate(0), rotate(1), rotate(2), rotate(3), rotate(100));
console.log(fibPair(0), fibPair(1), fibPair(30), fibPair(79));
