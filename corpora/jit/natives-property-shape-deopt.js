// Flags: --allow-natives-syntax
// Natives syntax: a monomorphic property load is optimized, then an object of a new shape,
// a dictionary-mode object (after delete) and a prototype-chain hit arrive.
function getY(p) { return p.y + 1; }
var pt = { x: 1, y: 2 };
%PrepareFunctionForOptimization(getY);
getY(pt);
getY(pt);
%OptimizeFunctionOnNextCall(getY);
console.log(getY(pt));
console.log(getY({ y: 10, x: 0 }));
var d = { x: 1, y: 5, z: 3 };
delete d.z;
console.log(getY(d));
console.log(getY(Object.create({ y: 40 })));
console.log(getY({ y: "s" }));
console.log(getY({}));
pt.y = 2.5;
console.log(getY(pt));
