// getters that throw; errors propagating through calls
var obj = { get bad() { throw new Error('getter failed'); }, good: 1 };
try { print(obj.bad); } catch (e) { print('caught:', e.message); }
print(obj.good);
try { var { bad } = obj; } catch (e) { print('destructure:', e.message); }
try { Object.keys(obj).forEach(function (k) { print('key', k, obj[k]); }); } catch (e) { print('during forEach:', e.message); }
var setterObj = { set s(v) { if (v < 0) throw new RangeError('negative'); this._s = v; } };
setterObj.s = 5; print(setterObj._s);
try { setterObj.s = -1; } catch (e) { print(e.name, e.message, setterObj._s); }
function level3() { throw new SyntaxError('deep'); }
function level2() { return level3(); }
function level1() { try { return level2(); } finally { print('level1 cleanup'); } }
try { level1(); } catch (e) { print(e.name, e.message, e instanceof SyntaxError, e instanceof Error); }
var log = [];
try { [1, 2, 3].map(function (x) { log.push(x); if (x === 2) throw x; return x; }); } catch (e) { print('thrown', e, log.join(',')); }
try { JSON.stringify({ get x() { throw new Error('in json'); } }); } catch (e) { print(e.message); }
var cls = class { get v() { throw new TypeError('class getter'); } };
try { new cls().v; } catch (e) { print(e.name, e.message); }
