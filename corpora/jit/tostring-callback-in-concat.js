// toString / valueOf callbacks during string concatenation and String() in hot code:
// the order of calls and their side effects must match the interpreter.
var log = [];
function obj(name) {
  return { toString: function () { log.push("ts:" + name); return name; },
           valueOf: function () { log.push("vo:" + name); return name.length; } };
}
function cat(a, b) { return a + "-" + b; }
function str(a) { return String(a) + "!"; }
var r;
for (var i = 0; i < 2000; i++) r = cat(i, "x");
console.log(r);
log = [];
console.log(cat(obj("ab"), obj("cde")), log.join(","));
log = [];
console.log(str(obj("q")), log.join(","));
log = [];
console.log(obj("xyz") + obj("w"), log.join(","));
log = [];
console.log(`${obj("t")}`, log.join(","));
