// A call site that sees many different closures (megamorphic call feedback) in a hot loop;
// then one of the targets is replaced and a non-function is called (TypeError).
var fns = [];
for (var k = 0; k < 8; k++) fns.push((function (m) { return function (x) { return x * m + m; }; })(k));
function apply(f, x) { return f(x); }
var s = 0;
for (var i = 0; i < 3000; i++) s += apply(fns[i & 7], i & 15);
console.log(s);
fns[3] = function (x) { return "replaced" + x; };
console.log(apply(fns[3], 1), apply(Math.abs, -4), apply(String, 12), apply(fns[7], 0.5));
try { apply(5, 1); } catch (e) { console.log(e instanceof TypeError); }
try { apply({}, 1); } catch (e) { console.log(e instanceof TypeError); }
var bound = fns[2].bind(null, 10);
console.log(apply(bound, 99));
function callTwice(f, x) { return f(f(x)); }
for (var i = 0; i < 2000; i++) callTwice(fns[i & 7], i);
console.log(callTwice(fns[1], 3), callTwice(fns[3], 3), callTwice(Math.floor, -2.5));
