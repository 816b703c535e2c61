// Flags: --inject typer.indexof-range-off-by-one
// Expect-Phase: typer
// Expect-Rule: type:StringLastIndexOf
// Classifies where a word occurs in a fixed text; an empty word matches at the very end.
function position(word) {
  var at = "hello world".lastIndexOf(word);
  if (at < 0) return "none";
  if (at >= 11) return "end";
  return "inside";
}
var words = ["o", "x", "hello", "d"];
var counts = {none: 0, inside: 0, end: 0};
for (var i = 0; i < 3000; i++) counts[position(words[i & 3])]++;
console.log(counts.none, counts.inside, counts.end);
console.log(position(""), position("world"));
