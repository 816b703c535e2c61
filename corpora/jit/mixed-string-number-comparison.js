// Relational comparisons between strings and numbers in hot code: "10" < 9 compares as
// numbers, "abc" < 1 is false both ways (NaN), null/undefined/boolean conversions.
function lt(a, b) { return a < b; }
function ge(a, b) { return a >= b; }
var vals = [1, "1", "10", 9, "abc", "", null, undefined, true, false, -0, "-0", NaN, " 2 "];
var rows = [];
for (var r = 0; r < 12; r++) {
  rows.length = 0;
  for (var i = 0; i < vals.length; i++) {
    var line = "";
    for (var j = 0; j < vals.length; j++) line += (lt(vals[i], vals[j]) ? "<" : ".") + (ge(vals[i], vals[j]) ? ">" : ".");
    rows.push(line);
  }
}
for (var i = 0; i < rows.length; i++) print(rows[i]);
print(lt("10", 9), lt("10", "9"), lt("abc", 1), ge("abc", 1), lt(null, 1), ge(undefined, 0));
