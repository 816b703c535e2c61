// default and rest parameters, arguments
function def(a, b = a + 1, c = b * 2) { return [a, b, c].join(','); }
print(def(1), def(1, 5), def(1, undefined, 0), def(1, null));
function rest(first, ...others) { return first + ':' + others.length + ':' + others.join('-'); }
print(rest(1), rest(1, 2, 3), rest());
function args() { return arguments.length + ' ' + Array.prototype.slice.call(arguments).join('|'); }
print(args(), args(1), args(1, 'b', null, undefined));
function argsType() { return typeof arguments + ' ' + Object.prototype.toString.call(arguments) + ' ' + Array.isArray(arguments); }
print(argsType());
function lens(a, b, c) {} print(lens.length);
function lensDef(a, b = 1, c) {} print(lensDef.length);
function lensRest(a, ...r) {} print(lensRest.length);
print(((x, y) => 0).length, (function () {}).length);
function named() {} print(named.name);
var anon = function () {}; print(anon.name);
var arrowN = () => {}; print(arrowN.name);
var o = { method() {}, ['comp' + 'uted']: function () {} }; print(o.method.name, o.computed.name);
print((function () {}).name === '', typeof Function.prototype);
function defScope(a, b = function () { return a; }) { a = 'changed'; return b(); }
print(defScope('orig'));
var count = 0;
function defEval(x = ++count) { return x; }
print(defEval(), defEval(), defEval(100), count);
function argsIter() { var s = 0; for (var i = 0; i < arguments.length; i++) s += arguments[i]; return s; }
print(argsIter(1, 2, 3, 4));
function argsForOf() { var r = []; for (var a of arguments) r.push(a); return r.join(''); }
print(argsForOf('a', 'b', 'c'));
function spreadArgs() { return Math.max(...arguments); }
print(spreadArgs(3, 9, 2));
function tooFew(a, b, c) { return [a, b, c].map(String).join(','); }
print(tooFew(1));
