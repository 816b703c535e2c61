// Short-lived object literals in a hot loop (points that never leave the function: escape
// analysis replaces them by their fields); checksum = the int32 sum over all iterations.
function kernel(n) {
  var s = 0;
  for (var i = 0; i < n; i++) {
    var p = {x: i, y: i + 1};
    var q = {x: p.y, y: p.x};
    s = (s + p.x * q.x + q.y) | 0;
  }
  return s;
}
function run() {
  var checksum = 0;
  for (var r = 0; r < 30; r++) checksum = (checksum + kernel(10000)) | 0;
  return checksum;
}
