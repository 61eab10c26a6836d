# str.format fields with an empty spec: ints and exact strs go in as their
# text; everything else still goes through format(value, '').


class S(str):
    def __format__(self, spec):
        return 'S-format'


class T(str):
    def __str__(self):
        return 'T-str'


class I(int):
    def __format__(self, spec):
        return 'I-format'


class J(int):
    def __str__(self):
        return 'J-str'


class F:
    def __format__(self, spec):
        return 'F[' + spec + ']'


print('{} {} {} {}'.format('a', 1, -2**63, 2**63 - 1), '{}|{}'.format(2**64, -2**70))
print('{} {} {} {} {}'.format(S('x'), T('y'), I(3), J(4), F()), '{:>4}'.format(F()))
print('{} {} {} {}'.format(True, None, 1.5, (1, 'a')), '{0}{0}{1}'.format('ab', 7))
print('{}'.format('\udcff') == '\udcff', '{}-{}'.format('é', 'ü'), '{!r} {!s}'.format('q', 5))
print(format(5, ''), format('x', ''), format(T('z'), ''), format(J(6), ''), f'{J(7)} {T("w")}')
try:
    '{}'.format()
except IndexError as e:
    print(type(e).__name__, e)
