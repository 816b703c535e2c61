// Flags: --allow-natives-syntax --inject register-allocation.spill-slot-reuse
// Expect-Phase: register-allocation
// More values are live at once than there are registers: some live in spill slots, and a
// slot must stay taken until its value's last use.
function mixAll(a, b) {
  const v0 = a + 1, v1 = a + 2, v2 = a + 3, v3 = a + 4, v4 = a + 5;
  const v5 = b + 6, v6 = b + 7, v7 = b + 8, v8 = b + 9, v9 = b + 10;
  const w0 = v0 * v9, w1 = v1 * v8, w2 = v2 * v7, w3 = v3 * v6, w4 = v4 * v5;
  const u0 = w0 - v0, u1 = w1 - v1, u2 = w2 - v2, u3 = w3 - v3, u4 = w4 - v4;
  return u0 + 2 * u1 + 3 * u2 + 4 * u3 + 5 * u4 + v5 + v6 + v7 + v8 + v9 + w0 + w1 + w2 + w3 + w4;
}
%PrepareFunctionForOptimization(mixAll);
console.log(mixAll(1, 2));
console.log(mixAll(3, 4));
%OptimizeFunctionOnNextCall(mixAll);
console.log(mixAll(5, 6));
