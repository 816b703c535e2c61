// a tiny stack-machine interpreter
function run(code, input) {
  var stack = [], pc = 0, out = [], steps = 0, vars = new Map();
  var ops = {
    push: a => stack.push(a), pop: () => stack.pop(), dup: () => stack.push(stack[stack.length - 1]), swap: () => { var b = stack.pop(), a = stack.pop(); stack.push(b, a); },
    add: () => stack.push(stack.pop() + stack.pop()), sub: () => { var b = stack.pop(); stack.push(stack.pop() - b); }, mul: () => stack.push(stack.pop() * stack.pop()),
    lt: () => { var b = stack.pop(); stack.push(stack.pop() < b ? 1 : 0); }, jz: a => { if (stack.pop() === 0) pc = a; }, jmp: a => { pc = a; },
    store: a => vars.set(a, stack.pop()), load: a => stack.push(vars.get(a)), print: () => out.push(stack.pop()), input: () => stack.push(input.shift()),
  };
  while (pc < code.length) { if (++steps > 100000) throw new RangeError('too many steps'); var [op, arg] = code[pc++]; if (!(op in ops)) throw new TypeError('bad op ' + op); ops[op](arg); }
  return { out, steps, depth: stack.length };
}
var factorial = [['input'], ['store', 'n'], ['push', 1], ['store', 'acc'], ['load', 'n'], ['push', 1], ['swap'], ['lt'], ['jz', 17], ['load', 'acc'], ['load', 'n'], ['mul'], ['store', 'acc'], ['load', 'n'], ['push', 1], ['sub'], ['store', 'n'], ['jmp', 4]];
factorial[8] = ['jz', 18]; factorial.push(['load', 'acc'], ['print']);
for (var n of [0, 1, 5, 10, 20]) { var r = run(factorial, [n]); print(n, r.out.join(), r.steps, r.depth); }
try { run([['jmp', 0]], []); } catch (e) { print(e.name, e.message); }
try { run([['nop']], []); } catch (e) { print(e.name, e.message); }
var fibProg = [['push', 0], ['store', 'a'], ['push', 1], ['store', 'b'], ['input'], ['store', 'i'],
  ['load', 'i'], ['jz', 19], ['load', 'a'], ['print'], ['load', 'a'], ['load', 'b'], ['dup'], ['store', 'a'], ['add'], ['store', 'b'], ['load', 'i'], ['push', 1], ['sub']];
fibProg.push(['store', 'i'], ['jmp', 6]); fibProg[7] = ['jz', 21];
print(run(fibProg, [15]).out.join(' '));
