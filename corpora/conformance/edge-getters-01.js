// getters that throw and valueOf callbacks that mutate objects
var state = { n: 0 };
var tricky = { valueOf() { state.n++; return state.n; } };
print(tricky + tricky, tricky * 10, state.n);
var arr = [1, 2, 3];
var shrink = { valueOf() { arr.length = 1; return 0; } };
arr[shrink] = 'set'; print(arr.length, arr.join());
var obj = { a: 1 };
var adder = { toString() { obj.b = 2; return 'c'; } };
obj[adder] = 3; print(JSON.stringify(obj));
var list = [3, 1, 2];
list.sort((x, y) => { return x - y; }); print(list.join());
var mutating = [5, 4, 3, 2, 1];
var cmpCalls = 0; mutating.sort((a, b) => { cmpCalls++; return a - b; }); print(mutating.join(), cmpCalls > 0);
var idx = { valueOf() { return 2; } }; print([10, 20, 30].slice(idx).join(), 'abcdef'.charAt(idx), 'abc'.repeat(idx));
var len = { valueOf() { return 3; } }; print(new Array(5).fill(0, len).join(), 'abcdef'.substring(1, len));
var throwingGetter = { get p() { throw new Error('get p'); } };
try { Object.assign({}, throwingGetter); } catch (e) { print('assign', e.message); }
try { JSON.stringify(throwingGetter); } catch (e) { print('stringify', e.message); }
try { ({ ...throwingGetter }); } catch (e) { print('spread', e.message); }
try { for (var k in throwingGetter) print('key ok', k, throwingGetter[k]); } catch (e) { print('forin', e.message); }
var thrower = { valueOf() { throw new TypeError('no valueOf'); } };
try { thrower + 1; } catch (e) { print(e.name, e.message); }
try { [1, 2].indexOf(1, thrower); } catch (e) { print('fromIndex', e.message); }
var order = [];
var l = { valueOf() { order.push('L'); return 1; } }, r = { valueOf() { order.push('R'); return 2; } };
l - r; l > r; r <= l; print(order.join(''));
var counter = 0; var o2 = { get x() { return ++counter; } }; print(o2.x + o2.x, o2.x * o2.x, counter);
