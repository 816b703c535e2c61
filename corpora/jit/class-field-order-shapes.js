// Instances of one class whose constructor assigns fields conditionally get different
// shapes; a hot method reads a field present in all of them at different offsets.
class Rec {
  constructor(k) {
    if (k & 1) this.a = k;
    if (k & 2) this.b = k;
    this.key = "r" + k;
    if (k & 4) this.c = k;
  }
  describe() { return this.key + (this.a === undefined ? "" : "a") + (this.c === undefined ? "" : "c"); }
}
var recs = [];
for (var k = 0; k < 8; k++) recs.push(new Rec(k));
var out = "";
for (var i = 0; i < 2000; i++) out = recs[i & 7].describe();
console.log(out);
var all = [];
for (var k = 0; k < 8; k++) all.push(recs[k].describe());
console.log(all.join(" "));
recs[3].key = 42;
console.log(recs[3].describe(), typeof recs[3].describe());
