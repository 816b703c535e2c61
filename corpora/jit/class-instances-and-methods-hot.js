// ES classes in hot code: constructor, methods, getters, static methods, and a subclass
// calling super; instances of base and subclass flow into one polymorphic call site.
class Shape {
  constructor(n) { this.n = n; }
  area() { return 0; }
  get label() { return "shape" + this.n; }
  static make(n) { return n % 2 ? new Square(n) : new Circle(n); }
}
class Square extends Shape {
  constructor(n) { super(n); this.side = n; }
  area() { return this.side * this.side; }
}
class Circle extends Shape {
  constructor(n) { super(n); this.r = n / 2; }
  area() { return Math.floor(3 * this.r * this.r); }
  get label() { return "circle/" + super.label; }
}
var total = 0;
for (var i = 0; i < 2000; i++) total += Shape.make(i & 15).area();
console.log(total);
console.log(Shape.make(3).label, Shape.make(4).label, new Shape(1).area(), new Shape(2).label);
Square.prototype.area = function () { return -1; };
console.log(Shape.make(3).area(), Shape.make(4).area());
