// computed keys, method shorthand, getters in classes vs literals, __proto__ in literals
var i = 0;
var o = { ['k' + ++i]: i, ['k' + ++i]: i, [`t${i}`]: 'tpl', [1 + 1]: 'two', [[1, 2]]: 'arr', [{}]: 'obj', [null]: 'null', [true]: 'bool' };
print(Object.keys(o).join('|'), o.k1, o.k2, o.t2, o[2], o['1,2'], o['[object Object]']);
var methods = { a() { return 'a'; }, 'b-c'() { return 'bc'; }, 123() { return 'num'; }, ['d' + 'e']() { return 'de'; }, get ['g' + 1]() { return 'g1'; } };
print(methods.a(), methods['b-c'](), methods[123](), methods.de(), methods.g1);
var protoObj = { inherited() { return 'from proto'; } };
var lit = { __proto__: protoObj, own: 1 }; print(lit.inherited(), Object.keys(lit).join(), lit.hasOwnProperty('__proto__'));
var computedProto = { ['__proto__']: 'just a key' }; print(Object.getPrototypeOf(computedProto) === Object.prototype, computedProto.__proto__ === 'just a key' || typeof computedProto.__proto__);
var nullProto = { __proto__: null }; print(Object.getPrototypeOf(nullProto), typeof nullProto.toString);
var shorthand = 'value'; var sh = { shorthand, i }; print(JSON.stringify(sh));
var dupGetterData = { x: 1, get x() { return 'getter wins'; } }; print(dupGetterData.x);
var dupDataGetter = { get y() { return 'getter'; }, y: 'data wins' }; print(dupDataGetter.y);
var order = []; var ord = { [(order.push(1), 'a')]: order.push(2), [(order.push(3), 'b')]: order.push(4) }; print(order.join(), JSON.stringify(ord));
