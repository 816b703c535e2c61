// switch with strings, objects, nested switches, break out of loops
function classify(c) {
  switch (true) {
    case c >= '0' && c <= '9': return 'digit';
    case c >= 'a' && c <= 'z':
    case c >= 'A' && c <= 'Z': return 'letter';
    case c === ' ': return 'space';
    default: return 'other';
  }
}
print([...'a1 Z?'].map(classify).join(','));
var o1 = {}, o2 = {};
function which(x) { switch (x) { case o1: return 'o1'; case o2: return 'o2'; case null: return 'null'; case undefined: return 'undefined'; default: return 'none'; } }
print(which(o1), which(o2), which({}), which(null), which(undefined), which(0));
function nested(a, b) { switch (a) { case 1: switch (b) { case 1: return '1-1'; default: return '1-?'; } case 2: return '2'; } return 'x'; }
print(nested(1, 1), nested(1, 5), nested(2, 0), nested(3, 3));
var res = [];
outer: for (var i = 0; i < 5; i++) { switch (i) { case 1: continue outer; case 3: break outer; default: res.push(i); } }
print(res.join());
function days(m) { switch (m) { case 'feb': return 28; case 'apr': case 'jun': case 'sep': case 'nov': return 30; default: return 31; } }
print(['jan', 'feb', 'apr', 'dec'].map(days).join());
function emptyCases(x) { var r = ''; switch (x) { case 1: case 2: case 3: r = 'small'; break; case 4: default: r = 'other'; } return r; }
print(emptyCases(2), emptyCases(4), emptyCases(9));
var count = 0; switch (count++) { case count: print('no'); break; case 0: print('matched zero, count', count); }
function lexical(x) { switch (x) { case 1: let v = 'one'; return v; case 2: try { return v; } catch (e) { return e.name; } } }
print(lexical(1), lexical(2));
