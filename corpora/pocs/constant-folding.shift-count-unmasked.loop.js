// Flags: --inject constant-folding.shift-count-unmasked
// Expect-Phase: constant-folding
// Expect-Rule: fold-int32-shl
// A mask of `bits` ones: for bits = 32 the count wraps to 0, giving 0.
function mask(bits) { return (1 << bits) - 1; }
function fullMask() { return mask(32); }
var last = 0;
for (var i = 0; i < 3000; i++) last = fullMask();
console.log(last, mask(3));
