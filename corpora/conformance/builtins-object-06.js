// Object() wrappers, constructor property, valueOf, toString dispatch
print(typeof Object(), Object(null) instanceof Object, Object(1) instanceof Number, Object('s').length, Object(true).valueOf());
var o = {}; print(Object(o) === o, new Object(o) === o);
print(({}).constructor === Object, [].constructor === Array, (1).constructor === Number, 's'.constructor === String, true.constructor === Boolean);
print((function () {}).constructor === Function, new Map().constructor === Map, new Uint8Array(1).constructor === Uint8Array);
var custom = { toString() { return 'custom-str'; }, valueOf() { return 99; } };
print(String(custom), custom + '', custom * 1, `${custom}`, [custom].join(), JSON.stringify({ k: custom }));
var onlyToString = { toString() { return '12'; } }; print(onlyToString * 2, onlyToString + 1, onlyToString > 5);
var dateless = { valueOf() { return 1; } }; print(dateless + '', String(dateless), `${dateless}`);
print(Object.prototype.toString.call(Object(1)), Object.prototype.toString.call(Object('x')), Object.prototype.toString.call(Object(false)));
print({}.toString(), Object.prototype.toString(), typeof Object.prototype.valueOf.call('x'));
var inheritsNull = Object.create(null); inheritsNull.toString = () => 'own toString'; print(String(inheritsNull), inheritsNull + '!');
print(Object.keys(Object.prototype).length, Object.getOwnPropertyNames(Object.prototype).includes('hasOwnProperty'));
print(Object.prototype.hasOwnProperty.call(Object.prototype, 'toString'), Object.prototype.propertyIsEnumerable.call(Object.prototype, 'toString'));
