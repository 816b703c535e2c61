// String() of values; Number.prototype.toString(radix), toFixed
print(String(null), String(undefined), String(true), String([1, [2, [3]]]), String({}), String([]), String([null, undefined]));
print(String(new String('boxed')), String(new Boolean(false)), String(new Number(-0)));
print((255).toString(16), (255).toString(2), (-255).toString(36), (0).toString(2), (3.5).toString(2), (0.5).toString(16), (35).toString(36));
print((1e21).toString(16), (2 ** 53).toString(2), (-0).toString(2), (NaN).toString(2), (Infinity).toString(16));
print((0.1).toString(3), (123.125).toString(8), (0.25).toString(4), (255.5).toString(16));
try { (1).toString(1); } catch (e) { print(e.name); }
try { (1).toString(37); } catch (e) { print(e.name); }
print((1.005).toFixed(2), (1.45).toFixed(1), (1.55).toFixed(1), (0).toFixed(2), (-1.5).toFixed(0), (2.5).toFixed(0), (1e21).toFixed(2));
print((123.456).toFixed(), (123.456).toFixed(10), (0.000001).toFixed(7), (-0).toFixed(2), (1.23e-10).toFixed(2), (12345.6789).toFixed(1));
print((NaN).toFixed(2), (Infinity).toFixed(1), (0.5).toFixed(0), (1.5).toFixed(0), (-0.5).toFixed(0), (9.995).toFixed(2), (99.99).toFixed(1));
try { (1).toFixed(101); } catch (e) { print(e.name); }
print((5).valueOf(), new Number(7).valueOf(), typeof new Number(7).valueOf(), Number.prototype.valueOf.call(8));
try { Number.prototype.valueOf.call('x'); } catch (e) { print(e.name); }
print(Boolean(''), Boolean('0'), Boolean(0), Boolean(-0), Boolean(NaN), Boolean([]), Boolean({}), Boolean(null), Boolean(' '));
print(new Boolean(false) ? 'obj truthy' : 'falsy', typeof Boolean(1), typeof new Boolean(1), true.toString(), Boolean.prototype.valueOf.call(false));
