// Flags: --inject instruction-selection.pow2-mod-ignores-sign
// Expect-Phase: instruction-selection
// Expect-Rule: select-mask-modulus
// Bucketing signed odd offsets into 16 buckets with % (the remainder keeps the sign).
function bucket(offset) { return offset % 16; }
let sum = 0;
for (let i = -1500; i < 1500; i++) sum += bucket(2 * i + 1);
console.log(sum);
