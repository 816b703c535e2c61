// Hot store that adds a property (a map transition) to fresh objects of two shapes, then an
// object that already has the property and a frozen object (store must be ignored silently).
function tag(o, v) { o.tag = v; return o; }
var last;
for (var i = 0; i < 2000; i++) {
  last = tag(i % 2 ? { a: i } : { b: i }, i);
}
console.log(last.tag, last.a, last.b);
var has = { tag: "old", a: 1 };
tag(has, "new");
console.log(has.tag);
var frozen = Object.freeze({ a: 1 });
tag(frozen, 5);
console.log(frozen.tag);
var withSetter = { set tag(v) { this.seen = v * 2; } };
tag(withSetter, 21);
console.log(withSetter.seen, withSetter.tag);
var arr = [1, 2];
tag(arr, "arr");
console.log(arr.tag, arr.length);
