// push/pop/length in hot loops: a stack that grows and shrinks; length writes that
// truncate; pop on an empty array returns undefined.
function churn(n) {
  var st = [];
  var s = 0;
  for (var i = 0; i < n; i++) {
    st.push(i);
    if (i % 3 === 2) s += st.pop() + st.pop();
  }
  return s * 1000 + st.length;
}
var t = 0;
for (var r = 0; r < 1100; r++) t += churn(30);
console.log(t, churn(0), churn(1), churn(100));
function drain(a) { var s = 0; while (a.length) s += a.pop(); return s + String(a.pop()); }
for (var r = 0; r < 1100; r++) drain([1, 2, 3]);
console.log(drain([1, 2, 3]), drain([]), drain([0.5, "x"]));
function trunc(a, n) { a.length = n; return a.length + ":" + a.join(","); }
for (var r = 0; r < 1100; r++) trunc([1, 2, 3], 2);
console.log(trunc([1, 2, 3], 1), trunc([1, 2], 4), trunc([1, 2, 3], 0));
