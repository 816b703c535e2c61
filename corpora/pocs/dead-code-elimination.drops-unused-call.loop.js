// Flags: --inject dead-code-elimination.drops-unused-call
// Expect-Phase: dead-code-elimination
// Expect-Rule: remove-dead-operation
// record is not inlined (try/catch); its result is ignored but it appends to a log.
const log = [];
function record(v) {
  try { log.push(v); } catch (e) { }
}
function double(x) {
  record(x);
  return x * 2;
}
let total = 0;
for (let i = 0; i < 3000; i++) total += double(i);
console.log(total, log.length);
