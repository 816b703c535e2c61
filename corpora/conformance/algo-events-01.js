// event emitter and state machine with closures and Maps
class Emitter {
  constructor() { this.handlers = new Map(); }
  on(ev, fn) { if (!this.handlers.has(ev)) this.handlers.set(ev, []); this.handlers.get(ev).push(fn); return () => this.off(ev, fn); }
  off(ev, fn) { var list = this.handlers.get(ev) || []; var i = list.indexOf(fn); if (i >= 0) list.splice(i, 1); }
  once(ev, fn) { var off = this.on(ev, (...a) => { off(); fn(...a); }); }
  emit(ev, ...args) { var list = (this.handlers.get(ev) || []).slice(); list.forEach(fn => fn.apply(this, args)); return list.length; }
}
var e = new Emitter(), log = [];
var offA = e.on('x', v => log.push('A' + v)); e.on('x', v => log.push('B' + v)); e.once('x', v => log.push('once' + v));
print(e.emit('x', 1), e.emit('x', 2)); offA(); print(e.emit('x', 3), e.emit('nothing'), log.join(' '));
var machine = { state: 'idle', transitions: { idle: { start: 'running' }, running: { pause: 'paused', stop: 'idle' }, paused: { resume: 'running', stop: 'idle' } } };
function send(m, ev) { var next = m.transitions[m.state][ev]; if (!next) return 'invalid ' + ev + ' in ' + m.state; m.state = next; return m.state; }
print(['start', 'pause', 'start', 'resume', 'stop', 'stop', 'start'].map(ev => send(machine, ev)).join(' | '));
var store = (function () { var state = { count: 0, items: [] }, subs = []; return { get: () => state, dispatch(a) { switch (a.type) { case 'inc': state = { ...state, count: state.count + (a.by || 1) }; break; case 'add': state = { ...state, items: [...state.items, a.item] }; break; default: return; } subs.forEach(s => s(state)); }, subscribe: f => subs.push(f) }; })();
var seen = []; store.subscribe(s => seen.push(s.count + ':' + s.items.length));
store.dispatch({ type: 'inc' }); store.dispatch({ type: 'add', item: 'x' }); store.dispatch({ type: 'inc', by: 5 }); store.dispatch({ type: 'noop' });
print(seen.join(' '), JSON.stringify(store.get()));
