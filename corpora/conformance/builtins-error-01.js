// Error types: message, name, toString, instanceof
var types = [Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError];
for (var T of types) {
  var e = new T('msg');
  print(T.name, e.name, e.message, String(e), e instanceof T, e instanceof Error, Object.getPrototypeOf(T) === (T === Error ? Function.prototype : Error));
}
var noMsg = new Error(); print(JSON.stringify(noMsg.message), String(noMsg), noMsg.hasOwnProperty('message'));
var undefMsg = new TypeError(undefined); print(undefMsg.hasOwnProperty('message'), String(undefMsg));
var numMsg = new Error(42); print(typeof numMsg.message, numMsg.message);
var called = Error('without new'); print(called instanceof Error, called.message);
var tcalled = TypeError('t'); print(tcalled instanceof TypeError, tcalled.name);
var custom = new Error('c'); custom.name = 'CustomName'; print(String(custom));
custom.name = ''; print(String(custom)); custom.message = ''; print(JSON.stringify(String(custom)));
print(Error.prototype.toString.call({ name: 'N', message: 'M' }), Error.prototype.toString.call({}), Error.prototype.toString.call({ message: 'only msg' }));
print(Error.prototype.name, Error.prototype.message === '', TypeError.prototype.name, Object.prototype.toString.call(new RangeError()));
print(Object.keys(new Error('x')).length, Object.getOwnPropertyDescriptor(new Error('x'), 'message').enumerable);
try { null.f(); } catch (e) { print(e.constructor === TypeError, e.constructor.name, Object.getPrototypeOf(e) === TypeError.prototype); }
try { throw new RangeError('r'); } catch (e) { print(e instanceof RangeError && !(e instanceof TypeError)); }
function MyErr(m) { this.message = m; } MyErr.prototype = Object.create(Error.prototype); MyErr.prototype.name = 'MyErr'; MyErr.prototype.constructor = MyErr;
var me = new MyErr('old-style'); print(String(me), me instanceof Error, me instanceof MyErr);
