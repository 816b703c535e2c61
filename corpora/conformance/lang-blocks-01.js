// blocks, empty statements, comma operator, new with member expressions
{ } ; ; { { ; } }
var r = (1, 2, 3); print(r);
var log = []; var v = (log.push('a'), log.push('b'), 'last'); print(v, log.join());
for (var i = 0, j = 5; i < j; i++, j--); print(i, j);
if (true) ; else print('never');
var ns = { Inner: function (x) { this.x = x; }, make: function () { return ns.Inner; } };
var inst = new ns.Inner(1); print(inst.x, inst instanceof ns.Inner);
var inst2 = new (ns.make())(2); print(inst2.x);
var inst3 = new ns['Inner'](3); print(inst3.x);
function Maker() { return function Made() { this.kind = 'made'; }; } var inst4 = new (Maker())(); print(inst4.kind);
var noParens = new ns.Inner; print(noParens.x);
class K { constructor(a = 'dflt') { this.a = a; } } print(new K().a, new K('given').a, (new K).a);
var arr = new Array(3).fill(new K('shared')); arr[0].a = 'changed'; print(arr[2].a);
print(typeof new Object(), typeof new Number(1), typeof new String(''), new Boolean(true).valueOf(), new Array(2, 3).join());
