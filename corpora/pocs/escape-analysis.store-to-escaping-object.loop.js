// Flags: --inject escape-analysis.store-to-escaping-object
// Expect-Phase: escape-analysis
// Expect-Rule: materialize-at-escaping-store
// Each entry is published through `this` before it is marked as seen.
function Log() { this.last = null; this.size = 0; }
Log.prototype.add = function (n) {
  var entry = {n: n, seen: false};
  this.last = entry;
  this.size++;
  entry.seen = true;
  return n;
};
var log = new Log();
var sum = 0;
for (var i = 0; i < 3000; i++) sum += log.add(i);
console.log(sum, log.size, log.last.n, log.last.seen);
