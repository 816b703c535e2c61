// shunting-yard to RPN and evaluation
var prec = { '+': 1, '-': 1, '*': 2, '/': 2, '%': 2, '^': 3 };
function toRPN(expr) {
  var out = [], ops = [], toks = expr.split(' ').filter(t => t);
  for (var t of toks) {
    if (!isNaN(t)) out.push(t);
    else if (t === '(') ops.push(t);
    else if (t === ')') { while (ops.length && ops[ops.length - 1] !== '(') out.push(ops.pop()); ops.pop(); }
    else { while (ops.length && ops[ops.length - 1] !== '(' && (prec[ops[ops.length - 1]] > prec[t] || (prec[ops[ops.length - 1]] === prec[t] && t !== '^'))) out.push(ops.pop()); ops.push(t); }
  }
  while (ops.length) out.push(ops.pop());
  return out;
}
function evalRPN(rpn) { var st = []; for (var t of rpn) { if (t in prec) { var b = st.pop(), a = st.pop(); switch (t) { case '+': st.push(a + b); break; case '-': st.push(a - b); break; case '*': st.push(a * b); break; case '/': st.push(a / b); break; case '%': st.push(a % b); break; case '^': st.push(a ** b); break; } } else st.push(Number(t)); } return st.pop(); }
['3 + 4 * 2 / ( 1 - 5 ) ^ 2 ^ 3', '( 1 + 2 ) * ( 3 + 4 )', '10 % 4 - 2 ^ 0.5', '2 ^ 3 ^ 2', '1 / 3 + 1 / 3 + 1 / 3', '0.1 * 3 - 0.3', '-5 % 3', '7 / 0', '0 / 0']
  .forEach(e => { var r = toRPN(e); print(e, '|', r.join(' '), '|', evalRPN(r)); });
