// text statistics with strings, Maps, sort
var text = 'It was the best of times, it was the worst of times, it was the age of wisdom, it was the age of foolishness, ' +
  'it was the epoch of belief, it was the epoch of incredulity, it was the season of Light, it was the season of Darkness';
var words = text.toLowerCase().split(' ').map(w => { while (w.length && ',.'.includes(w[w.length - 1])) w = w.slice(0, -1); return w; }).filter(w => w);
print(words.length, new Set(words).size);
var freq = new Map(); for (var w of words) freq.set(w, (freq.get(w) || 0) + 1);
var top = [...freq].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).slice(0, 8);
print(top.map(([w, c]) => w + '=' + c).join(' '));
var lengths = {}; words.forEach(w => { lengths[w.length] = (lengths[w.length] || 0) + 1; }); print(JSON.stringify(lengths));
var letters = new Map(); for (var ch of text.toLowerCase()) if (ch >= 'a' && ch <= 'z') letters.set(ch, (letters.get(ch) || 0) + 1);
print([...letters.keys()].sort().join(''), [...letters.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 5).map(e => e.join(':')).join(' '));
var longest = words.reduce((a, b) => b.length > a.length ? b : a); print(longest);
var capitalized = text.split(', ').map(s => s[0].toUpperCase() + s.slice(1)); print(capitalized.length, capitalized[3]);
var acronym = 'portable network graphics'.split(' ').map(w => w[0].toUpperCase()).join(''); print(acronym);
var avg = words.reduce((s, w) => s + w.length, 0) / words.length; print(avg, avg.toFixed(3));
