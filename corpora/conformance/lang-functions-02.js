// arrows: lexical this and arguments
var obj = {
  val: 42,
  regular: function () { return [1, 2].map(function () { return this === undefined ? 'undef' : typeof this; }); },
  arrow: function () { return [1, 2].map(() => this.val); },
  nested: function () { var inner = () => () => this.val; return inner()(); },
  args: function () { var a = () => arguments.length + ':' + arguments[0]; return a('ignored', 'x', 'y'); },
};
print(obj.regular().join(','), obj.arrow().join(','), obj.nested(), obj.args('first', 'second'));
var arrowExpr = x => x * 2;
var arrowBlock = (x, y) => { return x + y; };
var arrowObj = () => ({ k: 'v' });
var arrowNoArgs = () => 'none';
print(arrowExpr(4), arrowBlock(1, 2), arrowObj().k, arrowNoArgs());
try { new arrowExpr(); } catch (e) { print(e instanceof TypeError, e.message); }
print(arrowExpr.hasOwnProperty('prototype'), (function () {}).hasOwnProperty('prototype'));
var calls = (a, b = a, ...c) => [a, b, c.length];
print(calls(1).join(), calls(1, 2, 3, 4).join());
function Timer() { this.ticks = 0; var self = this; [1, 2, 3].forEach(() => { this.ticks++; }); }
print(new Timer().ticks);
var bound = (() => this).call({ other: true });
print(bound === globalThis);
var curried = a => b => c => a * b * c;
print(curried(2)(3)(4));
var iife = (() => 'iife')();
print(iife);
print(typeof (() => {})(), [3, 1, 2].sort((a, b) => b - a).join(''));
