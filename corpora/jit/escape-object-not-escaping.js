// Objects allocated in a hot function that never escape (candidates for scalar
// replacement): fields written on different paths, read back after a branch and a loop.
function dist(x1, y1, x2, y2) {
  var a = { x: x1, y: y1 };
  var b = { x: x2, y: y2 };
  if (a.x > b.x) { var t = a; a = b; b = t; }
  var dx = b.x - a.x, dy = b.y - a.y;
  return dx * dx + dy * dy;
}
var s = 0;
for (var i = 0; i < 2000; i++) s += dist(i, 0, 0, i);
console.log(s, dist(1, 2, 3, 4), dist(3, 4, 1, 2), dist(0.5, 0, 0, 0.5));
function acc(n) {
  var box = { total: 0, count: 0 };
  for (var i = 0; i < n; i++) { box.total += i; box.count++; }
  return box.total / (box.count || 1);
}
for (var i = 0; i < 1200; i++) acc(10);
console.log(acc(10), acc(0), acc(1), acc(3));
