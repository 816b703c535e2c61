// String conversions, comparisons and misc
print(String(123), String(-1.5), String('s'), typeof String(1), typeof new String(1), new String('ab').length);
var so = new String('boxed'); print(so.toString(), so.valueOf(), so == 'boxed', so === 'boxed', so[1], Object.keys(so).join(','));
print('abc' < 'abd', 'a' < 'B', 'Z' < 'a', '10' < '2');
print('abc'.length, 'abc'.toString(), String.prototype.toString.call('x'), typeof 'x'.valueOf());
try { String.prototype.toString.call(1); } catch (e) { print(e instanceof TypeError); }
try { String.prototype.trim.call(null); } catch (e) { print(e instanceof TypeError); }
print(String.prototype.trim.call(123), String.prototype.toUpperCase.call(true), String.prototype.charAt.call(456, 1));
var s = 'immutable'; s[0] = 'X'; print(s);
var str = 'abc'; str.prop = 1; print(str.prop);
print('a' + 1 + 2, 1 + 2 + 'a', 'a' + (1 + 2), 'x' * 1, '3' * '4', 'b' + 'a' + +'a' + 'a');
print(String(['a', ['b']]), String(function () {}).length > 0, String(class {}).length > 0);
print('abc'.split('').reverse().join(''), [...'hello'].reverse().join(''));
var pal = w => w === [...w].reverse().join(''); print(pal('racecar'), pal('hello'));
