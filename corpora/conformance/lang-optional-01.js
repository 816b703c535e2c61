// optional chaining and nullish coalescing in depth
var data = { user: { name: 'ann', address: null, tags: ['a', 'b'], greet(p) { return p + ' ' + this.name; } }, list: null };
print(data.user?.name, data.user?.address?.city, data.missing?.deep.deeper.deepest, data.user.tags?.[1], data.list?.[0]);
print(data.user.greet?.('hi'), data.user.nope?.('hi'), data.user?.['greet']('yo'), data?.user?.greet?.call({ name: 'bob' }, 'hey'));
var calls = 0; function side() { calls++; return 'k'; }
var nothing = null; nothing?.[side()]; nothing?.a[side()]; nothing?.(side()); print(calls);
data?.[side()]; print(calls);
print((null)?.x ?? 'fallback', (undefined)?.() ?? 'no call', 0 ?? 'unused', '' ?? 'unused', false ?? 'unused');
print(data.user.address ?? 'no address', data.user.address?.zip ?? 'no zip', data.user.tags?.length ?? 0);
var fn = null; print(fn?.(), typeof fn?.call);
var arr = [{ v: 1 }, null, { v: 3 }]; print(arr.map(x => x?.v ?? '-').join());
try { data.user.address.city; } catch (e) { print(e.message); }
try { data.nope.x?.y; } catch (e) { print(e.message); }
var deleted = { a: { b: 1 } }; print(delete deleted?.a?.b, JSON.stringify(deleted), delete nothing?.a);
var o = { m() { return this; } }; print(o?.m() === o, o.m?.() === o, (o?.m)() === o);
var conf = { retries: 0, name: '' }; print(conf.retries ?? 3, conf.retries || 3, conf.name ?? 'dflt', conf.name || 'dflt', conf.timeout ?? 1000);
