// Loose equality in hot code over mixed types: 0 == "", "0" == false, null == undefined but
// null != 0, NaN != NaN, objects compared by identity unless compared with a primitive.
function eq(a, b) { return a == b; }
var o = { valueOf: function () { return 7; } };
var t = { toString: function () { return "x"; } };
var vals = [0, "", "0", false, null, undefined, NaN, 7, "7", o, t, "x", [], [0], -0, 1, true];
var lines = [];
for (var r = 0; r < 8; r++) {
  lines.length = 0;
  for (var i = 0; i < vals.length; i++) {
    var s = "";
    for (var j = 0; j < vals.length; j++) s += eq(vals[i], vals[j]) ? "1" : "0";
    lines.push(s);
  }
}
console.log(lines.join("\n"));
console.log(eq(null, 0), eq(undefined, 0), eq("1e0", 1), eq("\n1\t", 1), eq([1], "1"), eq([1, 2], "1,2"));
