// Function.prototype.call / apply / bind, length and name
function show() { return [this === undefined ? 'undef' : this && this.tag, ...arguments].join(' '); }
print(show.call({ tag: 'T1' }, 1, 2), show.apply({ tag: 'T2' }, [3, 4]), show.apply({ tag: 'T3' }), show.apply({ tag: 'T4' }, null));
print(show.apply({ tag: 'T5' }, { length: 2, 0: 'al', 1: 'ike' }));
try { show.apply(null, 5); } catch (e) { print(e instanceof TypeError); }
var b = show.bind({ tag: 'B' }, 'pre');
print(b('post'), b.call({ tag: 'ignored' }, 'x'), b.name, b.length);
function three(a, b, c) {}
print(three.bind(null).length, three.bind(null, 1).length, three.bind(null, 1, 2, 3, 4).length, three.bind(null).name);
var anon = (function () {}).bind(null); print(JSON.stringify(anon.name));
print(Function.prototype.call.length, Function.prototype.apply.length, Function.prototype.bind.length);
print(Math.max.name, Math.max.length, Array.prototype.push.length, Object.assign.length, parseInt.length, String.fromCharCode.length);
print(Array.name, Object.name, Function.name, Map.name, Error.name, TypeError.name, Uint8Array.name);
var o = { m() {}, get g() { return 1; }, f: function () {}, a: () => {}, ['c' + 'k']() {} };
print(o.m.name, Object.getOwnPropertyDescriptor(o, 'g').get.name, o.f.name, o.a.name, o.ck.name);
class K { static s() {} i() {} } print(K.name, K.s.name, K.prototype.i.name);
var named = function inner() {}; print(named.name);
let letFn = () => 1; const constFn = function () {}; print(letFn.name, constFn.name);
var nameDesc = Object.getOwnPropertyDescriptor(named, 'name'); print(nameDesc.writable, nameDesc.enumerable, nameDesc.configurable);
print(typeof Function.prototype, Function.prototype(), Object.getPrototypeOf(Function.prototype) === Object.prototype);
print(show.call.call(show, { tag: 'callcall' }, 'z'));
var bound = Math.pow.bind(null, 2); print([1, 2, 3, 10].map(x => bound(x)).join(','));
function Pt(x) { this.x = x; } var BPt = Pt.bind(null); var p = new BPt(5); print(p.x, p instanceof Pt, p instanceof BPt);
