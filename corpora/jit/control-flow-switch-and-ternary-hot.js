// Branch-heavy hot code: a switch with strict-equality cases (0 matches -0, "1" is not 1,
// NaN matches nothing), nested ternaries with NaN, and && / || returning operands.
function sw(x) {
  switch (x) {
    case 0: return "zero";
    case 1: case 2: return "small";
    case "1": return "str1";
    case -0.5: return "neg half";
    default: return typeof x;
  }
}
var v = [0, 1, 2, "1", -0.5, -0, NaN, 3, null];
var out = "";
for (var r = 0; r < 1500; r++) out = sw(v[r % 9]);
var all = "";
for (var i = 0; i < v.length; i++) all += sw(v[i]) + ",";
console.log(out, all);
function tern(a, b) { return a > b ? (a > 2 * b ? "big" : "mid") : (a === b ? "eq" : a !== a ? "nan" : "lt"); }
var t = "";
for (var r = 0; r < 1500; r++) t = tern(r & 7, 3);
console.log(t, tern(NaN, 1), tern(1, 1), tern(-0, 0), tern(7, 3), tern(4, 3), tern("10", "9"), tern(10, "9"));
function logic(a, b) { return (a && b) || (!a && "neither"); }
for (var r = 0; r < 1500; r++) logic(r & 1, r & 2);
console.log(logic(0, 1), logic(1, 0), logic(1, 2), logic("", "x"), logic(NaN, 1), logic(-0, 1), logic([], 0));
