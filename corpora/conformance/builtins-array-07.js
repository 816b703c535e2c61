// find/findIndex/some/every/includes vs indexOf: NaN, -0, holes, thisArg, early termination
var a = [0, -0, NaN, undefined, , null, '0'];
print(a.indexOf(NaN), a.includes(NaN), a.findIndex(Number.isNaN), a.find(x => x !== x), a.indexOf(-0), a.lastIndexOf(0));
print(a.indexOf(undefined), a.findIndex(x => x === undefined), a.some(x => x === undefined), a.includes(undefined), a.filter(x => x === undefined).length);
var calls = []; a.findIndex((x, i) => { calls.push(i); return false; }); print(calls.join());
calls = []; a.some((x, i) => { calls.push(i); return false; }); print(calls.join());
calls = []; a.every((x, i) => { calls.push(i); return true; }); print(calls.join());
var ctx = { target: 'b' }; print(['a', 'b', 'c'].findIndex(function (x) { return x === this.target; }, ctx), ['a', 'b', 'c'].some(function (x) { return x === this.target; }, ctx));
var early = 0; [1, 2, 3, 4, 5].find(x => { early++; return x === 2; }); print(early);
var obj = [{ id: 1, n: 'a' }, { id: 2, n: 'b' }, { id: 3, n: 'c' }]; print(obj.find(o => o.id === 2).n, obj.findIndex(o => o.n === 'c'), obj.some(o => o.id > 2), obj.every(o => o.id > 0));
