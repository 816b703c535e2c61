// data processing with higher-order array methods
var items = [
  { name: 'apple', cat: 'fruit', price: 1.2, qty: 10 }, { name: 'pear', cat: 'fruit', price: 0.8, qty: 0 },
  { name: 'carrot', cat: 'veg', price: 0.5, qty: 25 }, { name: 'kale', cat: 'veg', price: 3.1, qty: 4 },
  { name: 'milk', cat: 'dairy', price: 0.99, qty: 12 }, { name: 'cheese', cat: 'dairy', price: 7.5, qty: 3 },
];
print(items.filter(i => i.qty > 0).map(i => i.name).join());
print(items.reduce((s, i) => s + i.price * i.qty, 0));
var byCat = items.reduce((m, i) => { m[i.cat] = (m[i.cat] || 0) + i.qty; return m; }, {}); print(JSON.stringify(byCat));
print(items.slice().sort((a, b) => b.price - a.price).map(i => i.name + '@' + i.price).join(' '));
print(items.some(i => i.qty === 0), items.every(i => i.price < 10), items.find(i => i.cat === 'veg').name, items.findIndex(i => i.name === 'milk'));
var cats = [...new Set(items.map(i => i.cat))]; print(cats.join('|'));
var report = cats.map(c => { var g = items.filter(i => i.cat === c); return { c, n: g.length, avg: +(g.reduce((s, i) => s + i.price, 0) / g.length).toFixed(3) }; });
print(JSON.stringify(report));
console.log(report[0], items.map(i => i.qty));
var table = items.map(i => i.name.padEnd(8) + String(i.qty).padStart(4) + (i.price * i.qty).toFixed(2).padStart(8));
table.forEach(r => print(r));
var index = new Map(items.map(i => [i.name, i])); print(index.get('kale').price, index.has('banana'), index.size);
