// reduce, reduceRight
var a = [1, 2, 3, 4];
print(a.reduce((s, x) => s + x), a.reduce((s, x) => s + x, 10), a.reduceRight((s, x) => s + x, ''), a.reduce((s, x) => s + x, ''));
var steps = [];
a.reduce(function (acc, v, i, arr) { steps.push(acc + '+' + v + '@' + i); return acc + v; });
print(steps.join(' '));
steps = [];
a.reduceRight(function (acc, v, i) { steps.push(acc + '+' + v + '@' + i); return acc + v; });
print(steps.join(' '));
try { [].reduce((a, b) => a + b); } catch (e) { print(e instanceof TypeError, e.name); }
try { [, ,].reduceRight((a, b) => a + b); } catch (e) { print(e instanceof TypeError); }
print([].reduce((a, b) => a + b, 'init'), [5].reduce((a, b) => a + b), [, 5, ,].reduce((a, b) => a + b));
var words = ['apple', 'banana', 'avocado', 'blueberry', 'cherry'];
var grouped = words.reduce((g, w) => { (g[w[0]] = g[w[0]] || []).push(w); return g; }, {});
print(JSON.stringify(grouped));
var flat = [[1, 2], [3], [], [4, [5]]].reduce((acc, x) => acc.concat(x), []);
print(JSON.stringify(flat));
print([3, 1, 4, 1, 5, 9, 2, 6].reduce((m, x) => Math.max(m, x), -Infinity));
print(['a', 'b', 'c'].reduceRight((s, x) => s + x), Array.prototype.reduce.call('xyz', (s, c) => c + s));
var counts = 'mississippi'.split('').reduce((m, c) => (m[c] = (m[c] || 0) + 1, m), {});
print(JSON.stringify(counts));
var pipeline = [x => x + 1, x => x * 2, x => x - 3].reduce((f, g) => x => g(f(x)));
print(pipeline(5), pipeline(0));
