// stack overflow and deep recursion
function f() { f(); }
try { f(); } catch (e) { print(e instanceof RangeError, e.name, e.message); }
function g(n) { return n + g(n + 1); }
try { g(0); } catch (e) { print(e instanceof RangeError, e.message); }
// after overflow, engine keeps working
function depth(n) { return n === 0 ? 0 : 1 + depth(n - 1); }
print(depth(5000));
function sum(n) { if (n === 0) return 0; return n + sum(n - 1); }
print(sum(5000));
var mutualCount = 0;
function isEven(n) { mutualCount++; return n === 0 ? true : isOdd(n - 1); }
function isOdd(n) { return n === 0 ? false : isEven(n - 1); }
print(isEven(4000), isOdd(3001), mutualCount);
var o = { toString: function () { return String(this); } };
try { String(o); } catch (e) { print(e instanceof RangeError, e.message); }
function recurseInTry(n) { try { return recurseInTry(n + 1); } finally { } }
try { recurseInTry(0); } catch (e) { print('finally path', e instanceof RangeError); }
print('still alive', depth(100));
