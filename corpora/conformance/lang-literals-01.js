// number literals
print(0xff, 0XAB, 0o17, 0O777, 0b1011, 0B11111111);
print(1e3, 1E-3, 2.5e+2, .5, 5., 0.0001, 1_000_000);
print(1_000.000_1, 0xFF_FF, 0b1010_1010, 0o7_7, 1e1_0);
print(9007199254740993, 0.1, 1.7976931348623157e308, 5e-324, 2e-323);
print(1e21, 1e20, 123456789012345678901234567890, 0.000001, 0.0000001);
print(-0, 0 === -0, 1 / -0, Object.is(-0, 0));
print(Infinity, -Infinity, NaN, typeof NaN);
print(0x10 + 0o10 + 0b10 + 10);
print(.1 + .2, 1.0, 1.50, 100.0e-2);
print(0xFFFFFFFFFFFFF, 0x1FFFFFFFFFFFFF, 0x20000000000001);
print(1e400, -1e400, 1e-400);
console.log(-0, 0, 1e21, 1.5e-7, [-0, 0]);
