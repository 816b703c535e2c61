// Boolean constructor, prototype, conversions
print(Boolean(), Boolean(0), Boolean(1), Boolean('false'), Boolean(''), Boolean({}), Boolean([]), Boolean(null), Boolean(NaN), Boolean(-0), Boolean(Infinity));
var bo = new Boolean(false); print(typeof bo, bo ? 'truthy object' : 'falsy', bo.valueOf(), bo.toString(), bo == false, bo === false, !bo, !!bo);
print(true.toString(), false.toString(), String(true), true + '', `${false}`, JSON.stringify(true), JSON.stringify(new Boolean(true)));
print(Boolean.prototype.valueOf.call(true), Boolean.prototype.toString.call(new Boolean(true)), typeof Boolean.prototype.valueOf());
try { Boolean.prototype.toString.call('true'); } catch (e) { print(e.name); }
print(true + 1, true + true, false * 5, true / 2, -true, ~true, true << 3, 'x' + true, true == 'true', true == '1');
print([true, false, true].filter(Boolean).length, [0, 1, 2].map(Boolean).join(), [1, 0].sort().map(Boolean).join());
print(Object.prototype.toString.call(true), Object.prototype.toString.call(new Boolean(0)), new Boolean(0) instanceof Boolean, true instanceof Boolean);
