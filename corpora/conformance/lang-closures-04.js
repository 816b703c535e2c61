// closures capturing loop variables of different kinds, and mutation after capture
var byVar = [], byLet = [], byConst = [], byParam = [];
for (var i = 0; i < 3; i++) byVar.push(() => i);
for (let j = 0; j < 3; j++) byLet.push(() => j);
for (const k of [0, 1, 2]) byConst.push(() => k);
[0, 1, 2].forEach(p => byParam.push(() => p));
print([byVar, byLet, byConst, byParam].map(list => list.map(f => f()).join('')).join(' '));
var mutate = []; for (let m = 0; m < 3; m++) { mutate.push(() => m); m += 0; } print(mutate.map(f => f()).join());
var bodyMut = []; for (let n = 0; n < 6; n++) { bodyMut.push(() => n); n++; } print(bodyMut.map(f => f()).join());
var captured = 'before'; var getC = () => captured; captured = 'after'; print(getC());
function makeAccumulators() { var total = 0; return [x => total += x, () => total]; }
var [addTo, readTotal] = makeAccumulators(); addTo(5); addTo(10); print(readTotal());
var whileFns = []; var w = 0; while (w < 3) { let copy = w; whileFns.push(() => copy); w++; } print(whileFns.map(f => f()).join());
var doFns = []; var dv = 0; do { const c = dv * 10; doFns.push(() => c); } while (++dv < 3); print(doFns.map(f => f()).join());
var inForIn = []; for (let key in { a: 1, b: 2 }) inForIn.push(() => key); print(inForIn.map(f => f()).join());
var closureOverArgs = (function () { var args = arguments; return () => args.length; })(1, 2, 3); print(closureOverArgs());
