// loop edge cases: zero iterations, modifying counters, nested break/continue, var vs let in loop heads
for (var i = 0; i < 0; i++) print('never');
var n = 0; for (; n < 3;) n++; print(n);
var out = []; for (var j = 0; j < 10; j++) { if (j % 2) continue; if (j > 6) break; out.push(j); j += 1; } print(out.join(), j);
var k = 10; while (k --> 0) { if (k === 5) break; } print(k);
var d = 0; do { if (d === 2) { d += 10; continue; } d++; } while (d < 5); print(d);
var cnt = 0; for (var a = 0; a < 5; a++) for (var b = a; b < 5; b++) for (var c = b; c < 5; c++) cnt++; print(cnt);
var fl = []; for (var x = 0; x <= 1; x += 0.1) fl.push(x.toFixed(1)); print(fl.length, fl.join());
var fl2 = 0; for (var y = 0.1; y !== 1.0 && fl2 < 20; y += 0.1) fl2++; print(fl2);
var str = ''; for (var ch = 'a'; ch <= 'e'; ch = String.fromCharCode(ch.charCodeAt(0) + 1)) str += ch; print(str);
var arr = [1, 2, 3]; for (var idx = arr.length - 1; idx >= 0; idx--) arr.push(arr[idx] * 10); print(arr.join());
var rev = []; for (let r = 5; r; r--) rev.push(r); print(rev.join());
var nested = 0; outer: for (var p = 0; p < 100; p++) { for (var q = 0; q < 100; q++) { nested++; if (q === 3) continue outer; if (p === 5) break outer; } } print(nested);
var forCommas = []; for (var s = 0, t = 10; s < t; s += 2, t -= 1) forCommas.push(s + ':' + t); print(forCommas.join(' '));
