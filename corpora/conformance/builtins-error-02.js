// errors thrown by builtins: names only
function t(label, fn) { try { fn(); print(label, 'no error'); } catch (e) { print(label, e.name, e instanceof Error); } }
t('JSON.parse', () => JSON.parse('{bad'));
t('new Array(-5)', () => new Array(-5));
t('toFixed(200)', () => (1).toFixed(200));
t('repeat(-1)', () => 'x'.repeat(-1));
t('null prop', () => null.x);
t('call non-fn', () => (void 0)());
t('undef var', () => missingVariable);
t('Object.defineProperty(1)', () => Object.defineProperty(1, 'a', {}));
t('new non-ctor', () => new Math.max());
t('new arrow', () => new (() => {})());
t('class call', () => { class C {} C(); });
t('reduce empty', () => [].reduce((a, b) => a));
t('Symbol-less toPrimitive', () => ({ valueOf: () => ({}), toString: () => ({}) }) + 1);
t('instanceof non-callable', () => ({}) instanceof {});
t('in non-object', () => 'a' in 5);
t('Map without new', () => Map());
t('Uint8Array(-1)', () => new Uint8Array(-1));
t('Float64Array odd buffer', () => new Float64Array(new ArrayBuffer(7)));
t('DataView-free offset', () => new Int32Array(new ArrayBuffer(8), 1));
t('setPrototypeOf cycle', () => { var a = {}, b = Object.create(a); Object.setPrototypeOf(a, b); });
t('frozen push', () => Object.freeze([1]).push(2));
t('toString radix', () => (10).toString(0));
t('fromCodePoint-free', () => String.fromCharCode(65));
t('bind non-fn', () => Function.prototype.bind.call(1));
t('JSON cycle', () => { var o = {}; o.o = o; JSON.stringify(o); });
t('super-less', () => { class A {} class B extends A { constructor() {} } new B(); });
