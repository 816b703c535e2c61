// throw / try / catch / finally
function f(x) {
  try {
    if (x === 1) throw new Error('one');
    if (x === 2) throw 'str';
    if (x === 3) throw { code: 3 };
    return 'ok';
  } catch (e) {
    if (e instanceof Error) return 'Error:' + e.message;
    if (typeof e === 'string') return 'string:' + e;
    return 'obj:' + e.code;
  } finally {
    print('finally', x);
  }
}
print(f(0)); print(f(1)); print(f(2)); print(f(3));
function finallyOverride() { try { return 'try'; } finally { return 'finally'; } }
print(finallyOverride());
function finallyOverridesThrow() { try { throw new Error('x'); } finally { return 'swallowed'; } }
print(finallyOverridesThrow());
function catchReturnFinally() { var log = []; try { throw 1; } catch (e) { log.push('c'); return log; } finally { log.push('f'); } }
print(catchReturnFinally().join(''));
try { throw null; } catch { print('optional catch binding'); }
try { try { throw new TypeError('inner'); } finally { print('inner finally'); } } catch (e) { print(e.name, e.message); }
try { try { throw 1; } catch (e) { throw e + 1; } } catch (e) { print('rethrown', e); }
var i = 0;
while (true) { try { i++; if (i > 3) break; continue; } finally { print('loop finally', i); } }
function nested() {
  for (var k = 0; k < 3; k++) { try { if (k === 1) return 'ret' + k; } finally { print('fin', k); } }
}
print(nested());
var e = 'outer e';
try { throw 'inner e'; } catch (e) { print(e); }
print(e);
try { undefinedFunction(); } catch (err) { print(err.name, err.message, err instanceof ReferenceError); }
