// string algorithms: LCS, edit distance, palindromes, anagrams
function lcs(a, b) { var dp = []; for (var i = 0; i <= a.length; i++) { dp.push(new Array(b.length + 1).fill(0)); } for (var i = 1; i <= a.length; i++) for (var j = 1; j <= b.length; j++) dp[i][j] = a[i - 1] === b[j - 1] ? dp[i - 1][j - 1] + 1 : Math.max(dp[i - 1][j], dp[i][j - 1]);
  var out = '', x = a.length, y = b.length; while (x && y) { if (a[x - 1] === b[y - 1]) { out = a[x - 1] + out; x--; y--; } else if (dp[x - 1][y] >= dp[x][y - 1]) x--; else y--; } return out; }
print(lcs('ABCBDAB', 'BDCABA'), lcs('javascript', 'typescript'), JSON.stringify(lcs('', 'abc')));
function edit(a, b) { var prev = Array.from({ length: b.length + 1 }, (_, i) => i); for (var i = 1; i <= a.length; i++) { var cur = [i]; for (var j = 1; j <= b.length; j++) cur.push(Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))); prev = cur; } return prev[b.length]; }
print(edit('kitten', 'sitting'), edit('', 'abc'), edit('flaw', 'lawn'), edit('same', 'same'));
function longestPal(s) { var best = ''; for (var c = 0; c < s.length; c++) for (var w = 0; w < 2; w++) { var l = c, r = c + w; while (l >= 0 && r < s.length && s[l] === s[r]) { l--; r++; } if (r - l - 1 > best.length) best = s.slice(l + 1, r); } return best; }
print(longestPal('babad'), longestPal('forgeeksskeegfor'), longestPal('a'));
var words = ['listen', 'silent', 'enlist', 'google', 'gooegl', 'cat', 'act', 'tac', 'dog'];
var groups = {}; words.forEach(w => { var k = w.split('').sort().join(''); (groups[k] = groups[k] || []).push(w); });
print(Object.keys(groups).map(k => groups[k].join('/')).join(' '));
function rle(s) { var out = '', i = 0; while (i < s.length) { var j = i; while (j < s.length && s[j] === s[i]) j++; out += (j - i) + s[i]; i = j; } return out; }
print(rle('aaabccddddde'), rle(''), rle('abc'));
function toRoman(n) { var t = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']], r = ''; for (var [v, s] of t) while (n >= v) { r += s; n -= v; } return r; }
print([1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999].map(toRoman).join(' '));
function wordWrap(text, w) { var lines = [], line = ''; for (var word of text.split(' ')) { if ((line + ' ' + word).trim().length > w) { lines.push(line); line = word; } else line = (line + ' ' + word).trim(); } lines.push(line); return lines; }
print(wordWrap('the quick brown fox jumps over the lazy dog and keeps running', 15).join('|'));
