// Flags: --allow-natives-syntax --inject typer.indexof-range-off-by-one
// Expect-Phase: typer
// Expect-Rule: type:StringLastIndexOf
// lastIndexOf("") is the receiver's length, and a one-character needle can match at length - 1.
function atEnd(t) { return "abcdef".lastIndexOf(t) === 6; }
function lastChar() { return "abcdef".indexOf("f") > 4; }
%PrepareFunctionForOptimization(atEnd);
%PrepareFunctionForOptimization(lastChar);
atEnd("a");
atEnd("z");
lastChar();
%OptimizeFunctionOnNextCall(atEnd);
%OptimizeFunctionOnNextCall(lastChar);
console.log(atEnd("b"));
console.log(atEnd(""), lastChar());
