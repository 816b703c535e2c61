// ToInt32 / ToUint32 / ToUint16 edges via operators and typed arrays
var vals = [0, -0, 1, -1, 0.5, -0.5, 1.5, -1.5, 2147483647, 2147483648, -2147483648, -2147483649, 4294967295, 4294967296, 4294967297,
  -4294967296, 1e10, -1e10, 2 ** 53, -(2 ** 53), 2 ** 53 - 1, 2 ** 64, 1e21, 1.7976931348623157e308, NaN, Infinity, -Infinity, 5e-324, 3.99e9, 6442450943.7];
for (var v of vals) {
  print(String(v), v | 0, v >>> 0, v >> 0, ~~v, new Int32Array([v])[0], new Uint32Array([v])[0], new Uint16Array([v])[0], new Int16Array([v])[0], new Int8Array([v])[0], new Uint8Array([v])[0]);
}
print(Math.imul(0xffffffff, 5), Math.imul(2 ** 31, 2), Math.clz32(2 ** 32 + 1));
print(String.fromCharCode(65 + 65536), String.fromCharCode(-1).charCodeAt(0), 'abc'.charAt(2 ** 32));
