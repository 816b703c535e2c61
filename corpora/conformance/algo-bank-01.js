// object-oriented simulation: accounts, transactions, inheritance, errors
class InsufficientFunds extends Error { constructor(acct, amt) { super('insufficient funds in ' + acct.id + ' for ' + amt); this.name = 'InsufficientFunds'; } }
class Account {
  constructor(id, balance = 0) { this.id = id; this.balance = balance; this.history = []; }
  deposit(a) { this.balance += a; this.history.push('+' + a); return this; }
  withdraw(a) { if (a > this.balance) throw new InsufficientFunds(this, a); this.balance -= a; this.history.push('-' + a); return this; }
  toString() { return this.id + ':' + this.balance.toFixed(2); }
}
class Savings extends Account {
  constructor(id, balance, rate) { super(id, balance); this.rate = rate; }
  accrue() { var i = Math.round(this.balance * this.rate * 100) / 100; return this.deposit(i); }
  withdraw(a) { if (this.history.filter(h => h[0] === '-').length >= 2) throw new Error('limit reached'); return super.withdraw(a); }
}
var bank = new Map();
[new Account('chk', 100), new Savings('sav', 1000, 0.015), new Account('biz')].forEach(a => bank.set(a.id, a));
function transfer(from, to, amt) { try { bank.get(from).withdraw(amt); bank.get(to).deposit(amt); return 'ok'; } catch (e) { return e.name + ': ' + e.message; } }
print(transfer('chk', 'biz', 30)); print(transfer('chk', 'biz', 300)); print(transfer('sav', 'chk', 100)); print(transfer('sav', 'chk', 100)); print(transfer('sav', 'chk', 1));
bank.get('sav').accrue().accrue();
for (var [id, acct] of bank) print(String(acct), acct.history.join(' '), acct instanceof Savings);
var total = [...bank.values()].reduce((s, a) => s + a.balance, 0); print(total.toFixed(2), total);
