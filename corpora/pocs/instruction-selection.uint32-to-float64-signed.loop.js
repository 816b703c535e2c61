// Flags: --inject instruction-selection.uint32-to-float64-signed
// Expect-Phase: instruction-selection
// Expect-Rule: select-uint32-word
// A rotate-and-xor hash kept unsigned with >>> 0.
function mix(h, c) {
  return ((h << 5) ^ (h >>> 27) ^ c) >>> 0;
}
let h = 5381;
let sum = 0;
for (let i = 0; i < 3000; i++) {
  h = mix(h, i & 255);
  sum += h % 1000;
}
console.log(h, sum);
