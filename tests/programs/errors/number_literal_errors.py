# Number literals CPython's tokenizer rejects: message and location.
cases = ['x = 1.real', 'x = 1.__class__', 'x = 1 .real', 'x = 0x_1f', 'x = 0XAb', 'x = .5e-3j', 'x = 1E5', 'y = 12_345.6_7e-8_9J', 'x = 0e5', 'x = 00', 'x = 0_0', 'x = 0.5', 'x = 0j', 'x = 07.5', 'x = 0o17', 'x = 0b101', 'x = 1_000',
         'x = 1_', 'x = 1__0', 'x = 0b12', 'x = 0b', 'x = 0x', 'x = 0xg', 'x = 0o8', 'x = 0o', 'x = 09', 'x = 0_9', 'x = 1abc', 'x = 1.5abc', 'x = 1e', 'x = 1e+', 'x = 1ex', 'x = 1.e_1',
         'x = 1_.5', 'x = 1._5', 'x = 1jx', 'x = 0x1g', 'x = 0b1_', 'x = 12if 1 else 2', 'x = 1 if 2else 3', 'x = 0_', 'x = 1.5_', 'x = 5_j', 'x = 1e1_', 'x = 0b1_2', 'x = 00_8', 'x = 1or 2']
for c in cases:
    try:
        compile(c, '<s>', 'exec')
        print(repr(c), 'ok')
    except SyntaxError as e:
        print(repr(c), repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
