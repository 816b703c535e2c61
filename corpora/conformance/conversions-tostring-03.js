// Number-to-String round trip over a sweep of doubles
var out = [];
for (var e = -10; e <= 25; e++) out.push(String(1.2345678901234567 * 10 ** e));
print(out.join(' '));
out = [];
for (var i = 1; i <= 30; i++) out.push(String(1 / i));
print(out.join(' '));
out = [];
for (var k = 0; k < 20; k++) { var v = (k * 0.1); out.push(String(v)); }
print(out.join(' '));
var rt = true; for (var j = 1; j < 2000; j++) { var d = j / 7 + j * 1e-9; if (Number(String(d)) !== d) rt = false; } print('roundtrip', rt);
print(String(2 ** 70), String(2 ** -20), String(2 ** -30), String(3 * 2 ** -1074), String(2 ** 1000 / 3));
print(String(999999999999999900000), String(1e21 + 1e6), String(0.000001), String(0.0000001), String(1234e-10), String(-123e-10));
