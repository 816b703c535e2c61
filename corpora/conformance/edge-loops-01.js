// large loops (kept under ~50ms in node)
var s = 0; for (var i = 0; i < 300000; i++) s += i % 7; print(s);
var x = 0; var j = 0; while (j < 200000) { x = (x * 31 + j) | 0; j++; } print(x);
var f = 0; for (var k = 1; k <= 100000; k++) f += 1 / k; print(f);
var cnt = 0; for (var a = 0; a < 300; a++) for (var b = 0; b < 300; b++) if ((a ^ b) & 1) cnt++; print(cnt);
var arr = []; for (var m = 0; m < 50000; m++) arr.push(m * 2); var t = 0; for (var n = 0; n < arr.length; n++) t += arr[n]; print(arr.length, t);
var u = 0; do { u += 3; } while (u < 100000); print(u);
var bits = 0; for (var q = 0; q < 65536; q++) { var v = q; while (v) { bits += v & 1; v >>>= 1; } } print(bits);
var fl = 1; for (var w = 0; w < 1000; w++) fl = fl * 1.01 % 1000; print(fl);
var str = 0; for (let z = 0; z < 100000; z++) { let y = z * 2; str += y; } print(str);
