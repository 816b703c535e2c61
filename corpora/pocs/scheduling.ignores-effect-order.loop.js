// Flags: --inject scheduling.ignores-effect-order
// Expect-Phase: scheduling
// A transfer between two accounts that are sometimes the same account.
function transfer(from, to, amount) {
  const before = from.balance;
  to.balance = to.balance + amount;
  return from.balance - before;
}
const a = { balance: 0 }, b = { balance: 0 };
let moved = 0;
for (let i = 0; i < 3000; i++) moved += transfer(a, i % 4 === 0 ? a : b, 1);
console.log(moved, a.balance, b.balance);
