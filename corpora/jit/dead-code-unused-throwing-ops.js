// An unused operation that throws must still throw after optimization: reading a property
// of undefined, calling a non-function, `in` on a primitive. Caught outside the hot function.
function f(o, fn) {
  var unused = o.field;
  var unused2 = fn;
  return 1;
}
function g(o) { var unused = "k" in o; return 2; }
var s = 0;
for (var i = 0; i < 2000; i++) s += f({ field: i }, i) + g({});
console.log(s);
try { f(undefined, 0); console.log("no throw"); } catch (e) { console.log(e instanceof TypeError); }
try { f(null, 0); console.log("no throw"); } catch (e) { console.log(e instanceof TypeError); }
try { g(5); console.log("no throw"); } catch (e) { console.log(e instanceof TypeError); }
try { g("str"); console.log("no throw"); } catch (e) { console.log(e instanceof TypeError); }
console.log(f(1, 2), g([]));
