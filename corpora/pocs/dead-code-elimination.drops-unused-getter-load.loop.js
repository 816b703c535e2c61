// Flags: --inject dead-code-elimination.drops-unused-getter-load
// Expect-Phase: dead-code-elimination
// Expect-Rule: remove-dead-operation
// A getter with a side effect on a class prototype, read only for that effect.
class Ticket {
  constructor() { this.n = 0; }
  get next() { this.n++; return this.n; }
}
function advance(t, steps) {
  t.next;
  return steps + 1;
}
const t = new Ticket();
let s = 0;
for (let i = 0; i < 3000; i++) s += advance(t, i);
console.log(s, t.n);
