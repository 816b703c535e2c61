// typed arrays sharing buffers, subarray of subarray, set with overlapping, numeric kernels
var buf = new ArrayBuffer(32);
var all = new Uint8Array(buf);
for (var i = 0; i < all.length; i++) all[i] = i;
var s1 = all.subarray(4, 20), s2 = s1.subarray(2, 6);
print(s1.length, s1.byteOffset, s2.length, s2.byteOffset, Array.from(s2).join());
s2[0] = 200; print(all[6], s1[2]);
var i16 = new Int16Array(buf, 8, 4); print(i16.length, i16.byteOffset, i16.byteLength, Array.from(i16).join());
var overlap = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]); overlap.set(overlap.subarray(0, 4), 2); print(overlap.join());
var overlap2 = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]); overlap2.set(overlap2.subarray(3), 0); print(overlap2.join());
var f = new Float64Array(1000); for (var j = 0; j < f.length; j++) f[j] = Math.sin(j * 0.01);
var sum = 0, sq = 0; for (var k = 0; k < f.length; k++) { sum += f[k]; sq += f[k] * f[k]; } print(sum, sq);
var ints = new Int32Array(256); for (var m = 0; m < 256; m++) ints[m] = Math.imul(m, 2654435761) | 0; var x = 0; for (var n = 0; n < 256; n++) x ^= ints[n]; print(x, ints[255]);
var hist = new Uint32Array(10); for (var p = 0; p < 10000; p++) hist[(p * 7919) % 10]++; print(hist.join());
var fl = new Float32Array(4); fl.set([0.1, 0.2, 0.3]); print(fl[0] + fl[1] === fl[2], fl[0] + fl[1], fl.join());
var fromSub = new Uint8Array(s1); fromSub[0] = 99; print(all[4], fromSub.buffer === buf);
print(new Uint8Array(buf, 30).length, new Uint8Array(buf, 32).length);
try { new Uint8Array(buf, 33); } catch (e) { print(e.name); }
try { new Int16Array(buf, 0, 17); } catch (e) { print(e.name); }
