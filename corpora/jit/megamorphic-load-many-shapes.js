// A load site fed by twelve distinct shapes (built by adding properties in different
// orders): megamorphic feedback, a generic load in optimized code, then a prototype
// property, a getter and a deleted property.
function getK(o) { return o.k; }
var objs = [];
for (var n = 0; n < 12; n++) {
  var o = {};
  for (var j = 0; j < n; j++) o["p" + j] = j;
  o.k = n;
  objs.push(o);
}
var s = 0;
for (var r = 0; r < 200; r++)
  for (var n = 0; n < objs.length; n++) s += getK(objs[n]);
console.log(s);
var proto = { k: 100 };
var child = Object.create(proto);
console.log(getK(child));
var g = { get k() { return 42; } };
console.log(getK(g));
delete objs[5].k;
console.log(getK(objs[5]), getK(objs[6]));
proto.k = 200;
console.log(getK(child));
