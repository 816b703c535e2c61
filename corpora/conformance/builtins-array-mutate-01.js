// push, pop, shift, unshift, reverse, fill
var a = [];
print(a.push(1), a.push(2, 3), a.join(), a.pop(), a.join(), a.length);
print(a.unshift(0), a.unshift(-2, -1), a.join(), a.shift(), a.join());
print([].pop(), [].shift(), [].push(), [].unshift());
var r = [1, 2, 3, 4]; print(r.reverse() === r, r.join());
var rh = [1, , 3, , ]; rh.reverse(); print(rh.length, JSON.stringify(rh), 0 in rh, 1 in rh);
print([1, 2, 3, 4, 5].fill(0).join(), [1, 2, 3, 4, 5].fill(9, 2).join(), [1, 2, 3, 4, 5].fill(9, 1, 3).join(), [1, 2, 3, 4, 5].fill(7, -2).join());
print([1, 2, 3].fill(5, -10, -1).join(), Array(3).fill().join('|'), [1, 2, 3].fill(0, 5).join());
var obj = { length: 2, 0: 'a', 1: 'b' };
print(Array.prototype.push.call(obj, 'c'), obj.length, obj[2]);
print(Array.prototype.pop.call(obj), obj.length, 2 in obj);
var sparse = [1, , 3]; sparse.shift(); print(JSON.stringify(sparse), 0 in sparse);
var stack = [];
for (var i = 0; i < 5; i++) stack.push(i * i);
var popped = []; while (stack.length) popped.push(stack.pop()); print(popped.join());
var queue = [1, 2, 3]; queue.push(queue.shift()); queue.push(queue.shift()); print(queue.join());
var nested = [[1], [2]]; nested.push([3]); nested[0].push(1.5); print(JSON.stringify(nested));
