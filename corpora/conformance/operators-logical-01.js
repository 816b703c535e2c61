// logical operators, ??, optional chaining, logical assignment
print(1 && 2, 0 && 2, '' || 'def', 'val' || 'def', null ?? 'n', 0 ?? 'zero', '' ?? 'e', undefined ?? NaN);
print(!0, !1, !!'', !!'0', !![], !!{}, !!NaN, !null);
var log = [];
function f(v) { log.push(v); return v; }
f(0) && f(1); f(1) || f(2); f(null) ?? f(3); f(4) ?? f(5);
print(log.join(','));
var o = { a: { b: { c: 1 } }, fn() { return 'called'; }, arr: [10, 20] };
print(o?.a?.b?.c, o.x?.y, o.x?.y.z.w, o.fn?.(), o.nofn?.(), o.arr?.[1], o.noarr?.[1]);
var nul = null;
print(nul?.x, nul?.[0], nul?.(), typeof nul?.x.y);
var counter = 0;
nul?.[counter++]; print(counter);
o?.[counter++]; print(counter);
print((o?.a).b.c, o?.['a']?.['b']);
var x = null; x ??= 'set'; print(x); x ??= 'not set'; print(x);
var y = 0; y ||= 5; print(y); y ||= 6; print(y);
var z = 1; z &&= 'truthy'; print(z); z = 0; z &&= 'nope'; print(z);
var setterCalls = 0;
var obj = { get p() { return 1; }, set p(v) { setterCalls++; } };
obj.p ||= 2; obj.p &&= 3; obj.p ??= 4;
print(setterCalls);
var oa = {}; oa.list ??= []; oa.list.push(1); oa.list ??= ['x']; print(oa.list.length);
print((null || undefined) ?? 'parens', (0 && 1) ?? 'left', 1 && (null ?? 2));
