// mixed strict and sloppy functions in one script
function sloppy() { return this === globalThis ? 'global' : typeof this; }
function strict() { 'use strict'; return this === undefined ? 'undefined' : typeof this; }
var o = { sloppy, strict };
print(sloppy(), strict(), o.sloppy(), o.strict(), sloppy.call('s'), strict.call('s'));
function outerStrict() { 'use strict'; return function inner() { return this === undefined; }(); }
print(outerStrict());
function strictAssign() { 'use strict'; try { neverDeclared = 1; return 'no error'; } catch (e) { return e.name + ': ' + e.message; } }
print(strictAssign(), typeof neverDeclared);
function sloppyAssign() { nowDeclared = 1; return typeof nowDeclared; } print(sloppyAssign(), globalThis.nowDeclared);
class InClass { m() { try { alsoNeverDeclared = 2; } catch (e) { return 'class bodies are strict: ' + e.name; } return 'sloppy'; } static t() { return this === undefined; } }
print(new InClass().m(), (0, InClass.t)());
function strictDelete() { 'use strict'; var o = Object.freeze({ a: 1 }); try { delete o.a; } catch (e) { return e.name; } } print(strictDelete());
function strictWrite() { 'use strict'; var s = 'str'; try { s.x = 1; } catch (e) { return e.name; } return 'no error'; } print(strictWrite());
function sloppyWrite() { var s = 'str'; s.x = 1; return s.x; } print(sloppyWrite());
function strictArgsLen() { 'use strict'; return arguments.length; } print(strictArgsLen(1, 2));
var arrowInStrict = (function () { 'use strict'; return () => this; })(); print(arrowInStrict());
