// TDZ errors
function t(fn) {
  try { fn(); print('no error'); }
  catch (e) { print(e instanceof ReferenceError, e.name, e.message); }
}
t(function () { print(a); let a = 1; });
t(function () { a = 2; let a; });
t(function () { typeof a; const a = 3; });
t(function () { let b = b + 1; });
t(function () { { print(c); } let c = 5; });
t(function () { function inner() { return d; } inner(); let d = 1; });
t(function () { let e = 1; { print(e); let f = e; print(f); } });
t(function () { class K extends (print('heritage'), Object) {} print(typeof K); });
t(function () { new Q(); class Q {} });
// assignment to const
function c(fn) {
  try { fn(); print('no error'); }
  catch (e) { print(e instanceof TypeError, e.name, e.message); }
}
c(function () { const k = 1; k = 2; });
c(function () { const k = 1; k++; });
c(function () { const k = 1; k += 5; });
c(function () { for (const i = 0; i < 2; i++) {} });
c(function () { const o = {}; o.x = 1; print(o.x); });
c(function () { for (const i of [1, 2]) print(i); });
