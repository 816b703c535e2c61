// A callee that sometimes adds or deletes properties runs during warm-up too, so the
// optimized caller has seen every shape; loads after the call must still be re-checked.
var mode = 0;
function mutate(o) {
  if (mode === 1) o.extra = 1;
  else if (mode === 2) delete o.v;
  else if (mode === 3) o.v = "s";
}
function use(o) {
  var before = o.v;
  mutate(o);
  return String(before) + "/" + String(o.v) + "/" + String(o.extra);
}
var out = [];
for (var i = 0; i < 3000; i++) { mode = i & 3; out[mode] = use({ v: i, w: 0 }); }
console.log(out.join(" "));
mode = 2;
console.log(use({ v: 1 }), use({ w: 1, v: 2 }));
