// arguments object behaviour (unmapped usage only)
function count() { return arguments.length; }
print(count(), count(undefined), count(1, 2, 3), count(...[1, 2, 3, 4]), count.apply(null, new Array(7)));
function types() { var r = []; for (var i = 0; i < arguments.length; i++) r.push(typeof arguments[i]); return r.join(','); }
print(types(1, 'a', null, undefined, {}, [], function () {}));
function toArr() { return Array.from(arguments); } print(toArr(1, 2, 3).reverse().join());
function slice1() { return [].slice.call(arguments, 1); } print(slice1('a', 'b', 'c').join());
function outer() { var inner = function () { return arguments.length; }; return inner() + ':' + arguments.length; } print(outer(1, 2));
function arrowArgs() { var a = () => arguments[0] + arguments.length; return a(100); } print(arrowArgs(5, 6, 7));
function outOfRange() { return [arguments[5], arguments[-1], arguments.length]; } print(outOfRange(1).map(String).join());
function setArgs() { arguments[0] = 'changed'; arguments.length = 1; return [arguments[0], arguments.length, arguments[1]].map(String).join(); } print(setArgs('a', 'b'));
function keys() { return Object.keys(arguments).join(','); } print(keys('x', 'y', 'z'));
function jsonArgs() { return JSON.stringify(arguments); } print(jsonArgs(1, 'two'));
function sumAll() { var s = 0; for (var x of arguments) s += x; return s; } print(sumAll(1, 2, 3, 4, 5));
function lenProp() { var d = Object.getOwnPropertyDescriptor(arguments, 'length'); return [d.enumerable, d.writable, d.configurable].join(); } print(lenProp());
function variadic(fmt) { var i = 1, args = arguments; return fmt.split('%s').reduce((acc, part, idx) => acc + (idx ? args[i++] : '') + part, ''); }
print(variadic('%s + %s = %s', 1, 2, 3));
function strictArgs(a) { 'use strict'; a = 99; return arguments[0]; } print(strictArgs(1));
