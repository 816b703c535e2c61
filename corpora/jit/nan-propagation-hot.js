// NaN in hot arithmetic and comparisons: NaN !== NaN, comparisons with NaN are false,
// NaN from 0/0, undefined arithmetic and parse failures; the optimizer must not fold them.
function lt(a, b) { return a < b; }
function eq(a, b) { return a === b; }
function self(a) { return a !== a; }
var c = 0;
for (var i = 0; i < 2000; i++) { if (lt(i, 1000)) c++; if (eq(i, i)) c++; if (self(i)) c += 100; }
console.log(c);
console.log(lt(NaN, 1), lt(1, NaN), lt(NaN, NaN));
console.log(eq(NaN, NaN), self(NaN), self(0 / 0));
console.log(self(undefined + 1), self(Number("z")), self(Math.sqrt(-1)));
function clampNaN(x) { return x > 0 ? x : 0; }
var s = 0;
for (var i = 0; i < 2000; i++) s += clampNaN(i - 1000);
console.log(s, clampNaN(NaN), clampNaN(-Infinity), clampNaN(Infinity));
console.log(Math.max(1, NaN), Math.min(NaN, 1), isNaN(parseInt("q")));
