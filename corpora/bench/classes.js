// Class-heavy workload: ES2015 classes, inheritance, super calls, getters, virtual dispatch, allocation.
class Vec2 {
  constructor(x, y) { this.x = x; this.y = y; }
  add(o) { return new Vec2(this.x + o.x, this.y + o.y); }
  scale(k) { return new Vec2(this.x * k, this.y * k); }
  get len2() { return this.x * this.x + this.y * this.y; }
}
class Shape {
  constructor(id, pos) { this.id = id; this.pos = pos; this.hits = 0; }
  area() { return 0; }
  perimeter() { return 0; }
  move(d) { this.pos = this.pos.add(d); return this; }
  describe() { return (this.area() * 7 + this.perimeter() * 3) | 0; }
}
class Rect extends Shape {
  constructor(id, pos, w, h) { super(id, pos); this.w = w; this.h = h; }
  area() { return this.w * this.h; }
  perimeter() { return 2 * (this.w + this.h); }
  contains(p) { return p.x >= this.pos.x && p.x < this.pos.x + this.w && p.y >= this.pos.y && p.y < this.pos.y + this.h; }
}
class Square extends Rect {
  constructor(id, pos, s) { super(id, pos, s, s); }
  describe() { return super.describe() + 1; }
}
class Circle extends Shape {
  constructor(id, pos, r) { super(id, pos); this.r = r; }
  area() { return 3 * this.r * this.r; }
  perimeter() { return 6 * this.r; }
  contains(p) { var dx = p.x - this.pos.x, dy = p.y - this.pos.y; return dx * dx + dy * dy <= this.r * this.r; }
}
class Scene {
  constructor() { this.shapes = []; this.nextId = 0; }
  add(shape) { this.shapes.push(shape); return shape; }
  make(kind, x, y, size) {
    var id = this.nextId++, p = new Vec2(x, y);
    if (kind === 0) return this.add(new Rect(id, p, size, size + 1));
    if (kind === 1) return this.add(new Square(id, p, size));
    return this.add(new Circle(id, p, size));
  }
  step(d) { for (var i = 0; i < this.shapes.length; i++) this.shapes[i].move(d); }
  probe(p) { var n = 0; for (var i = 0; i < this.shapes.length; i++) { var s = this.shapes[i]; if (s.contains(p)) { s.hits++; n++; } } return n; }
  score() { var t = 0; for (var i = 0; i < this.shapes.length; i++) t = (t + this.shapes[i].describe() + this.shapes[i].hits) | 0; return t; }
}
function run() {
  var scene = new Scene();
  var seed = 12345;
  function rnd(n) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; }
  for (var i = 0; i < 300; i++) scene.make(rnd(3), rnd(100), rnd(100), 1 + rnd(10));
  var total = 0;
  for (var t = 0; t < 720; t++) {
    scene.step(new Vec2((t % 3) - 1, ((t >> 1) % 3) - 1));
    for (var q = 0; q < 8; q++) total += scene.probe(new Vec2(rnd(100), rnd(100)));
  }
  var len = 0; for (var k = 0; k < scene.shapes.length; k++) len += scene.shapes[k].pos.len2;
  return total * 1000 + scene.score() + len % 9973;
}
