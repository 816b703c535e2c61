// arbitrary precision arithmetic on digit strings / arrays
function addS(a, b) { var r = '', c = 0, i = a.length - 1, j = b.length - 1; while (i >= 0 || j >= 0 || c) { var s = (i >= 0 ? +a[i--] : 0) + (j >= 0 ? +b[j--] : 0) + c; r = (s % 10) + r; c = s >= 10 ? 1 : 0; } return r; }
function strip(s) { var k = 0; while (k < s.length - 1 && s[k] === '0') k++; return s.slice(k); }
function mulS(a, b) { var res = new Array(a.length + b.length).fill(0); for (var i = a.length - 1; i >= 0; i--) for (var j = b.length - 1; j >= 0; j--) { var p = a[i] * b[j] + res[i + j + 1]; res[i + j + 1] = p % 10; res[i + j] += Math.floor(p / 10); } return strip(res.join('')); }
var f = '1'; for (var n = 2; n <= 50; n++) f = mulS(f, String(n)); print('50! =', f, f.length);
var a = '0', b = '1'; for (var k = 0; k < 200; k++) { var t = addS(a, b); a = b; b = t; } print('fib200 =', a);
var p = '1'; for (var e = 0; e < 100; e++) p = mulS(p, '2'); print('2^100 =', p);
print(addS('999999999999999999', '1'), mulS('123456789', '987654321'), mulS('0', '12345'), addS('0', '0'));
function cmpS(x, y) { x = strip(x); y = strip(y); return x.length !== y.length ? x.length - y.length : x < y ? -1 : x > y ? 1 : 0; }
print(cmpS('100', '99'), cmpS('0042', '42'), cmpS('123', '124'));
var digits = f.split('').reduce((s, d) => s + +d, 0); print('digit sum of 50!', digits);
var limbs = [1]; for (var m = 1; m <= 30; m++) { var carry = 0; for (var q = 0; q < limbs.length; q++) { var v = limbs[q] * m + carry; limbs[q] = v % 10000; carry = Math.floor(v / 10000); } while (carry) { limbs.push(carry % 10000); carry = Math.floor(carry / 10000); } }
print('30! =', limbs.slice().reverse().map((l, i) => i ? String(l).padStart(4, '0') : String(l)).join(''));
