// An allocation escapes by being stored into an argument object (and an argument array);
// the caller observes the stored object and its later field writes.
function link(holder, v) {
  var node = { value: v, next: holder.head };
  holder.head = node;
  node.value = v * 2;
  return node.value;
}
function pushInto(arr, v) { var e = { v: v }; arr.push(e); e.v += 1; return arr.length; }
var h = { head: null };
var s = 0;
for (var i = 0; i < 2000; i++) s += link(h, i);
var n = 0, p = h.head;
while (p) { n++; p = p.next; }
console.log(s, n, h.head.value, h.head.next.value);
var arr = [];
for (var i = 0; i < 1200; i++) pushInto(arr, i);
console.log(arr.length, arr[0].v, arr[1199].v, arr[7] === arr[8]);
