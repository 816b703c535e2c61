// tokenizer + recursive descent expression evaluator
function tokenize(src) {
  var toks = [], i = 0;
  while (i < src.length) {
    var c = src[i];
    if (c === ' ') { i++; continue; }
    if ((c >= '0' && c <= '9') || c === '.') { var j = i; while (j < src.length && ((src[j] >= '0' && src[j] <= '9') || src[j] === '.')) j++; toks.push({ t: 'num', v: parseFloat(src.slice(i, j)) }); i = j; continue; }
    if (c >= 'a' && c <= 'z') { var k = i; while (k < src.length && src[k] >= 'a' && src[k] <= 'z') k++; toks.push({ t: 'id', v: src.slice(i, k) }); i = k; continue; }
    if ('+-*/^(),'.includes(c)) { toks.push({ t: c }); i++; continue; }
    throw new SyntaxError('bad char ' + c + ' at ' + i);
  }
  return toks;
}
function parse(src, env) {
  var toks = tokenize(src), p = 0;
  var peek = () => toks[p] && toks[p].t, next = () => toks[p++];
  function expect(t) { if (peek() !== t) throw new SyntaxError('expected ' + t); next(); }
  function primary() { var tk = next(); if (!tk) throw new SyntaxError('unexpected end');
    if (tk.t === 'num') return tk.v;
    if (tk.t === '-') return -unary();
    if (tk.t === '(') { var v = expr(); expect(')'); return v; }
    if (tk.t === 'id') { if (peek() === '(') { next(); var args = [expr()]; while (peek() === ',') { next(); args.push(expr()); } expect(')'); return Math[tk.v].apply(null, args); } if (!(tk.v in env)) throw new ReferenceError(tk.v + ' is not defined'); return env[tk.v]; }
    throw new SyntaxError('unexpected ' + tk.t); }
  function unary() { return primary(); }
  function power() { var b = unary(); if (peek() === '^') { next(); return b ** power(); } return b; }
  function term() { var v = power(); while (peek() === '*' || peek() === '/') { var op = next().t, r = power(); v = op === '*' ? v * r : v / r; } return v; }
  function expr() { var v = term(); while (peek() === '+' || peek() === '-') { var op = next().t, r = term(); v = op === '+' ? v + r : v - r; } return v; }
  var result = expr(); if (p < toks.length) throw new SyntaxError('trailing ' + peek()); return result;
}
var env = { x: 3, y: 4, pi: Math.PI };
['1 + 2 * 3', '(1 + 2) * 3', '2 ^ 3 ^ 2', '-x ^ 2', 'sqrt(x*x + y*y)', 'max(1, y, x) / 0', '10 / 4 - 0.5', 'pi * 2', 'min(3)', '0.1 + 0.2', '1 +', 'z * 2', '2 $ 3', '(1 + 2', '1 2']
  .forEach(s => { try { print(s, '=>', parse(s, env)); } catch (e) { print(s, '=>', e.name + ': ' + e.message); } });
