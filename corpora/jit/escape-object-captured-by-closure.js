// An allocation escapes through a closure that captures it; the closure is returned and
// called later, after the object was mutated through another closure.
function makeBox(v) {
  var box = { v: v };
  return { get: function () { return box.v; }, add: function (d) { box.v += d; return box; } };
}
var s = 0;
var boxes = [];
for (var i = 0; i < 2000; i++) { var b = makeBox(i); s += b.get(); if (i % 500 === 0) boxes.push(b); }
console.log(s, boxes.length);
boxes[1].add(0.5);
boxes[2].add("!");
console.log(boxes[0].get(), boxes[1].get(), boxes[2].get(), boxes[3].get());
var inner = boxes[3].add(1);
inner.v = "direct";
console.log(boxes[3].get());
