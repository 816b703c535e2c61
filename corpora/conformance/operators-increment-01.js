// ++/-- on properties, elements, strings, objects with valueOf, and compound assignment coercions
var o = { n: 1, s: '5', u: undefined, nul: null, b: true, arr: [1] };
o.n++; o.s++; o.u++; o.nul++; o.b++; o.arr++;
print(o.n, o.s, o.u, o.nul, o.b, o.arr, typeof o.s, typeof o.arr);
var a = [0, '1', 'x']; a[0]++; ++a[1]; a[2]--; print(a.join(), typeof a[1]);
var v = { valueOf() { return 10; } }; var w = v; w++; print(w, typeof w, typeof v);
var p = '0x10'; p++; print(p); var q = ' 7 '; --q; print(q); var r = '1e2'; r++; print(r);
var s = 'a'; s += 1; s -= 1; print(s);
var t = 10; t += '5'; print(t, typeof t); t -= '5'; print(t, typeof t);
var u = [1, 2]; u += [3]; print(u, typeof u);
var x = null; x += 1; print(x); var y; y += 1; print(y); var z = true; z += true; print(z);
var i = 0; var arr = [10, 20, 30]; arr[i++] += 5; print(arr.join(), i);
var j = 0; var arr2 = [1, 2, 3]; arr2[++j] *= 10; print(arr2.join(), j);
var k = 2 ** 53; k++; k++; print(k); var m = -(2 ** 53); m--; print(m);
var f = 0.1; f++; print(f); var g = -0; g++; g--; print(g, Object.is(g, 0));
var obj = { get x() { return 1; }, set x(val) { print('set', val); } }; obj.x++; obj.x += 10; ++obj.x;
