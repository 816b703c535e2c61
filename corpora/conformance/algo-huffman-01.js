// Huffman coding with a priority queue of objects
function huffman(text) {
  var freq = new Map(); for (var c of text) freq.set(c, (freq.get(c) || 0) + 1);
  var nodes = [...freq].map(([ch, f], i) => ({ ch, f, order: i }));
  var order = nodes.length;
  while (nodes.length > 1) {
    nodes.sort((a, b) => a.f - b.f || a.order - b.order);
    var l = nodes.shift(), r = nodes.shift();
    nodes.push({ f: l.f + r.f, l, r, order: order++ });
  }
  var codes = {};
  (function walk(n, pre) { if (n.ch !== undefined) { codes[n.ch] = pre || '0'; return; } walk(n.l, pre + '0'); walk(n.r, pre + '1'); })(nodes[0], '');
  return codes;
}
var text = 'this is an example of a huffman tree';
var codes = huffman(text);
Object.keys(codes).sort().forEach(k => print(JSON.stringify(k), codes[k]));
var encoded = [...text].map(c => codes[c]).join(''); print(encoded.length, encoded.slice(0, 40));
var rev = {}; for (var k in codes) rev[codes[k]] = k;
var decoded = '', buf = ''; for (var bit of encoded) { buf += bit; if (buf in rev) { decoded += rev[buf]; buf = ''; } }
print(decoded === text, decoded);
print(JSON.stringify(huffman('aaaa')), JSON.stringify(huffman('ab')));
