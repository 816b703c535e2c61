// parseInt / Number / parseFloat comparison table
var inputs = ['0', '-0', '42', '  42  ', '42px', '4.2e1', '0x2A', '0X2a', '-0x2A', '0b101010', '0o52', '052', '', ' ', 'abc', 'Infinity', '-Infinity', '1e21', '1_000', '+17', '.5', '5.', '-.5', '9007199254740993', '0.0000001', '\t\n12\r'];
for (var s of inputs) print(JSON.stringify(s).padEnd(20), String(parseInt(s)).padEnd(18), String(Number(s)).padEnd(18), String(parseFloat(s)));
var radixes = [2, 8, 10, 16, 36]; var strs = ['10', '11', 'z', 'Z9', '777', 'ff', '1010'];
for (var r of radixes) print(r, strs.map(x => parseInt(x, r)).join(' '));
