// finally ordering, nested try, errors in catch/finally, completion values
var log = [];
function f() { try { log.push('try'); return log.push('return-expr'); } finally { log.push('finally'); } }
print(f(), log.join(','));
log = [];
function g() { for (var i = 0; i < 3; i++) { try { if (i === 1) break; log.push('body' + i); } finally { log.push('fin' + i); } } return i; }
print(g(), log.join(','));
function h() { try { throw new Error('a'); } catch (e) { throw new Error('b from catch'); } finally { log.push('h-finally'); } }
try { h(); } catch (e) { print(e.message, log[log.length - 1]); }
function k() { try { return 'try'; } finally { throw new Error('finally throws'); } }
try { k(); } catch (e) { print(e.message); }
function nested() { try { try { throw 1; } finally { log.push('inner-fin'); } } catch (e) { return 'outer caught ' + e; } finally { log.push('outer-fin'); } }
print(nested(), log.slice(-2).join());
var x = 0; try { x = 1; throw x; } catch (e) { x += 10; } finally { x += 100; } print(x);
function retVal() { var v = 'initial'; try { return v; } finally { v = 'modified'; } } print(retVal());
function retObj() { var o = { v: 'initial' }; try { return o; } finally { o.v = 'modified'; } } print(retObj().v);
function thrower(t) { if (t === 'num') throw 42; if (t === 'obj') throw { msg: 'obj' }; if (t === 'undef') throw undefined; throw new RangeError('r'); }
['num', 'obj', 'undef', 'err'].forEach(t => { try { thrower(t); } catch (e) { print(t, typeof e, e instanceof Error, e && (e.msg || e.name)); } });
var cnt = 0; while (true) { try { cnt++; if (cnt < 3) continue; break; } finally { log.push('w' + cnt); } } print(cnt, log.slice(-3).join());
try { try { throw new Error('first'); } finally { print('cleanup runs before outer catch'); } } catch (e) { print('outer', e.message); }
