// switch: fallthrough, default in middle, strict equality
function sw(x) {
  var r = [];
  switch (x) {
    case 1: r.push('one');
    case 2: r.push('two'); break;
    default: r.push('default');
    case 3: r.push('three');
    case 4: r.push('four'); break;
    case '1': r.push('string one'); break;
  }
  return r.join('+');
}
print(sw(1)); print(sw(2)); print(sw(3)); print(sw(4)); print(sw(5)); print(sw('1')); print(sw(NaN));
function noDefault(x) { switch (x) { case 'a': return 'A'; case 'b': return 'B'; } return 'none'; }
print(noDefault('a'), noDefault('b'), noDefault('c'));
function evalOrder(x) {
  var log = [];
  function c(v) { log.push('case' + v); return v; }
  switch (x) { case c(1): log.push('hit1'); break; case c(2): log.push('hit2'); break; case c(3): log.push('hit3'); }
  return log.join(',');
}
print(evalOrder(2)); print(evalOrder(9));
switch (0) { case -0: print('-0 matches 0'); }
switch (true) { case 1 > 2: print('no'); break; case 2 > 1: print('expression case'); break; }
function scoped(x) { switch (x) { case 0: { let y = 'zero'; return y; } case 1: { let y = 'one'; return y; } } }
print(scoped(0), scoped(1));
var out = '';
for (var i = 0; i < 6; i++) {
  switch (i % 3) { case 0: out += 'z'; continue; case 1: out += 'o'; break; default: out += 't'; }
  out += '.';
}
print(out);
switch (3) { default: print('only default'); }
