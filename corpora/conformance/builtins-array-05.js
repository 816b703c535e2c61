// indexOf/lastIndexOf/includes with fromIndex edge cases; fill/slice with odd args
var a = [1, 2, 3, 1, 2, 3];
print(a.indexOf(3, -1), a.indexOf(3, -100), a.indexOf(1, 100), a.indexOf(1, 3.9), a.indexOf(1, '3'), a.indexOf(1, NaN), a.indexOf(1, -Infinity));
print(a.lastIndexOf(3, -1), a.lastIndexOf(3, -4), a.lastIndexOf(3, -100), a.lastIndexOf(1, 100), a.lastIndexOf(1, 2.5), a.lastIndexOf(1, undefined));
print(a.includes(1, 4), a.includes(3, -1), a.includes(1, -100), a.includes(2, 5), a.includes(3, Infinity));
print([1, 2, 3].fill(0, 1.5).join(), [1, 2, 3].fill(0, '1', '2').join(), [1, 2, 3].fill(0, NaN, NaN).join(), [1, 2, 3].fill(0, -Infinity, Infinity).join());
print([1, 2, 3].slice(-Infinity).join(), [1, 2, 3].slice(0, Infinity).join(), [1, 2, 3].slice(undefined, undefined).join(), [1, 2, 3].slice(null, 2).join());
print([1, 2, 3, 4].splice(-Infinity, 1).join(), [1, 2, 3, 4].splice(1, -Infinity).length, [1, 2, 3, 4].splice(NaN, 2).join());
print(['a', 'b'].join(null), ['a', 'b'].join(0), ['a', 'b'].join([1, 2]), [null, [undefined, [null]]].join(':'));
