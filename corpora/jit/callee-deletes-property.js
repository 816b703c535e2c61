// A callee deletes a property the caller already loaded: the object goes to dictionary
// mode and the second load must see undefined (no stale field load after the call).
function maybeDelete(o, k) { if (k) delete o.y; }
function f(o, k) {
  var y1 = o.y;
  maybeDelete(o, k);
  var y2 = o.y;
  return String(y1) + "/" + String(y2);
}
var out;
for (var i = 0; i < 2000; i++) out = f({ x: 1, y: i }, false);
console.log(out);
console.log(f({ x: 1, y: 7 }, true));
var proto = { y: "proto" };
var o = Object.create(proto);
o.x = 0; o.y = "own";
console.log(f(o, true));
for (var i = 0; i < 2000; i++) out = f({ x: 1, y: i }, i % 100 === 0);
console.log(out);
