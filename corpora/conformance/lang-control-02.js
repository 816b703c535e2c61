// labels with break / continue
var out = [];
outer: for (var i = 0; i < 4; i++) {
  for (var j = 0; j < 4; j++) {
    if (j === 2) continue outer;
    if (i === 3) break outer;
    out.push(i + '' + j);
  }
}
print(out.join(' '));
var found = null;
search: for (let r = 0; r < 5; r++) {
  for (let c = 0; c < 5; c++) {
    if (r * c === 6) { found = [r, c]; break search; }
  }
}
print(found.join(','));
var cnt = 0;
loop1: while (true) {
  loop2: do {
    cnt++;
    if (cnt % 2) continue loop2;
    if (cnt > 7) break loop1;
  } while (cnt < 100);
}
print(cnt);
blk: {
  print('in block');
  if (true) break blk;
  print('never');
}
print('after block');
var seq = '';
a: for (const x of [1, 2, 3]) {
  b: for (const y of 'abc') {
    if (y === 'b' && x === 2) continue a;
    if (x === 3 && y === 'c') break a;
    seq += x + y + ' ';
  }
}
print(seq);
lbl: for (var q in { a: 1, b: 2, c: 3 }) { if (q === 'b') break lbl; print(q); }
