// Closures created in a loop over `let` bindings each capture their own iteration's
// variable; a hot caller invokes them after the loop has finished.
function makeAll(n) {
  var fs = [];
  for (let i = 0; i < n; i++) fs.push(function () { return i * i; });
  return fs;
}
function callAll(fs) { var s = 0; for (var k = 0; k < fs.length; k++) s += fs[k](); return s; }
var fs = makeAll(10);
var t = 0;
for (var r = 0; r < 1200; r++) t += callAll(fs);
console.log(t, callAll(makeAll(0)), callAll(makeAll(3)));
function makeVar(n) {
  var fs = [];
  for (var i = 0; i < n; i++) fs.push(function () { return i; });
  return fs;
}
console.log(callAll(makeVar(4)));
let shared = 1;
function readShared() { return shared; }
for (var r = 0; r < 1200; r++) readShared();
shared = "changed";
console.log(readShared());
