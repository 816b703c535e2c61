// V8 error messages
function t(fn) {
  try { fn(); print('no error'); }
  catch (e) { print(e.constructor === TypeError ? 'TypeError' : e.name, '|', e.message); }
}
var u, n = null, o = {};
t(() => u.x);
t(() => n.x);
t(() => u.foo.bar);
t(() => o.missing.deep);
t(() => { u.x = 1; });
t(() => { n.y = 2; });
t(() => { o.missing.z = 3; });
t(() => u[0]);
t(() => n['key']);
t(() => o.notfn());
t(() => notDefinedAnywhere);
t(() => notDefinedAnywhere());
t(() => { var f = 5; f(); });
t(() => { let a = 1; a(); });
t(() => o.prop());
t(() => new Array(-1));
t(() => { var arr = []; arr.length = -1; });
t(() => new Array(4294967296));
t(() => { const c = 1; c = 2; });
t(() => { let z = z; });
t(() => null());
t(() => undefined.x);
t(() => u());
