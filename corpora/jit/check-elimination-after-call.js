// Check elimination: a shape check before a call does not cover a load after the call
// when the callee may transition the object; an elements-kind check before a callee
// that stores a double into the array does not cover a later element load.
var mutate = false;
function maybeChange(o, a) { if (mutate) { o.z = 1; delete o.x; a[0] = 0.5; } }
function f(o, a) {
  var s = o.x + a[0];
  maybeChange(o, a);
  return s + "/" + o.x + "/" + a[0];
}
var r;
for (var i = 0; i < 2000; i++) r = f({ x: i, y: 0 }, [i, 2]);
console.log(r);
mutate = true;
console.log(f({ x: 7, y: 0 }, [3, 2]));
mutate = false;
console.log(f({ x: 8, y: 0 }, [3, 2]));
