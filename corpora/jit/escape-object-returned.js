// An object allocated in a hot function escapes by being returned; the caller mutates it,
// and each call must produce a fresh object (no sharing of one allocation across calls).
function make(i) { var o = { id: i, tags: [] }; o.tags.push(i * 2); return o; }
var first = make(0);
var list = [];
for (var i = 0; i < 2000; i++) list.push(make(i));
list[5].id = "changed";
list[5].tags.push("x");
console.log(list[5].id, list[6].id, list[5].tags.join(","), list[6].tags.join(","));
console.log(list[0] === list[1], first.tags === list[0].tags, first.id, list[1999].id);
function makePair(a) { return [a, { v: a }]; }
var p1 = makePair(1);
for (var i = 0; i < 1200; i++) makePair(i);
var p2 = makePair(2);
p2[1].v = 99;
console.log(p1[1].v, p2[1].v, p1[1] === p2[1]);
