// Array constructor, isArray, of, length
print(Array(3).length, Array(3).join('-'), Array(1, 2).join(), Array('3').length, new Array(2, 3).length, Array().length);
print(Array.isArray([]), Array.isArray({ length: 0 }), Array.isArray('a'), Array.isArray(new Array()), Array.isArray(Array.prototype));
print(Array.of(7).length, Array.of(1, 2, 3).join(), Array.of().length, Array.of(undefined).length);
try { Array(1.5); } catch (e) { print(e instanceof RangeError, e.message); }
try { Array(-1); } catch (e) { print(e.name, e.message); }
var a = [1, 2, 3, 4, 5];
a.length = 3; print(a.join(), a.length, a[3]);
a.length = 5; print(a.join(), 3 in a);
a[9] = 'ten'; print(a.length, a.join('.'));
var s = []; s[100] = 1; print(s.length, Object.keys(s).length);
s.length = 0; print(s.length, s[100]);
try { s.length = 1.5; } catch (e) { print(e instanceof RangeError, e.message); }
try { s.length = 2 ** 32; } catch (e) { print(e.name, e.message); }
s.length = '2'; print(s.length);
var big = []; big[2 ** 32 - 2] = 'last'; print(big.length);
big[2 ** 32 - 1] = 'not index'; print(big.length, Object.keys(big).length);
var t = [1, 2, 3]; t.length--; print(t.join());
print([].length, [,].length, [1, 2, ].length, [undefined].length);
console.log(Array(3), [1, , 3], new Array(5).fill(0));
