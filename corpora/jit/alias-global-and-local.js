// A global variable and a local reference name the same object; a callee mutates it via
// the global between two loads in the optimized caller.
var G = { count: 0, items: [1, 2, 3] };
function touch() { G.count += 5; G.items.push(G.count); }
function observe(o) {
  var before = o.count;
  touch();
  var after = o.count;
  return after - before + o.items.length;
}
var s = 0;
for (var i = 0; i < 1500; i++) { s += observe(G); G.items.length = 3; }
console.log(s, G.count);
var notG = { count: 100, items: [] };
console.log(observe(notG), notG.count, G.count);
G = notG;
console.log(observe(notG), notG.count, notG.items.length);
