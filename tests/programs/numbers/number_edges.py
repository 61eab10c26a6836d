# Numbers: // % divmod signs, pow with negative and modular exponents, int/float comparison and hash,
# int() in every base, to_bytes/from_bytes, float.hex/fromhex, as_integer_ratio, round, complex arithmetic.
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
import math
for a in (7, -7, 7.5, -7.5, 0, 2**70, -2**70):
    for b in (2, -2, 2.5, -2.5, 0, 0.0, 3**50, -3**50):
        t(lambda: a // b); t(lambda: a % b); t(divmod, a, b); t(lambda: a / b)
for a,b,c in [(2,-1,None),(2,-1,5),(3,-1,7),(0,-1,None),(0,-1,5),(2,10,0),(2,10,1),(2,10,-7),(-2,3,5),(2,-2,4),(2.0,-1,None),(2,0.5,None),(-8,1/3,None),(0.0,-1,None),(2,3,5.0),(10**30,10**5,97)]:
    t(pow, a, b, c) if c is not None else t(pow, a, b)
t(pow, 0, -2); t(pow, 0.0, -2.0); t(pow, -1.0, 0.5); t(pow, 1e300, 2); t(pow, -2, 0.5)
t(lambda: 10**400 < 1e308); t(lambda: 2**53+1 == float(2**53+1)); t(lambda: 2**53+1 > float(2**53))
t(lambda: float('inf') > 10**1000); t(lambda: float('nan') == float('nan'))
for v in (1, 1.0, 2**61-1, 2**61, 2**64, -1, -2, 1.5, -1.5, 1e300, float('inf'), -float('inf'), 0.1, 1+0j, 1.5+2j, 10**30, -10**30, True):
    t(hash, v)
for base in (2,3,8,10,16,36,0):
    for s in ('0', '11', '-z', 'zz', '0x1f', '0b101', '0o17', '1_000', '_1', '1__0', ' 12 ', '٣', '0_7', '00', '09', '+0x_1'):
        t(int, s, base)
t(int, '12', 1); t(int, '12', 37); t(int, 12, 10); t(int, b'12', 16); t(int, bytearray(b'z'), 36); t(int, '1'*5000)
for n in (0, 1, 255, 256, -1, -128, -129, 2**64):
    for ln in (1,2,9):
        for bo in ('big','little'):
            for sg in (False, True):
                t(lambda: n.to_bytes(ln, bo, signed=sg))
t(lambda: (5).to_bytes()); t(lambda: (5).to_bytes(2, 'middle')); t(lambda: (5).to_bytes(-1, 'big'))
t(int.from_bytes, b'\xff\x00', 'big'); t(int.from_bytes, b'\xff\x00', 'little', signed=True); t(int.from_bytes, [1,2,3], 'big'); t(int.from_bytes, b'')
t(int.from_bytes, 'ab', 'big')
for x in (0.0, -0.0, 1.0, 0.1, 1e300, 5e-324, float('inf'), float('nan'), -2.5, 1/3):
    t(float.hex, x); t(lambda: x.as_integer_ratio()); t(float.fromhex, float.hex(x))
for s in ('0x1p-1074', '0x1.8p1', '-0X1P+2', 'inf', '-Infinity', 'nan', '0x1p1024', '0x.8', '1', ' 0x1 ', '0x', '0x1p', '0x1.fffffffffffff8p1023','0x1.0000000000000fp0'):
    t(float.fromhex, s)
for x in (2.5, 3.5, -2.5, 0.125, 0.375, 1.005, 2.675, 1e20, 123.456, -0.5, 0.5, 1.5):
    for nd in (None, 0, 1, 2, -1, -2):
        t(round, x, nd)
for x in (25, 35, -25, 150, 250, 2**70+5, 15):
    for nd in (None, 0, -1, -2, 1):
        t(round, x, nd)
t(round, float('inf')); t(round, float('nan')); t(round, float('inf'), 2); t(round, 1.5, 1.5)
t(lambda: (3).as_integer_ratio()); t(lambda: True.as_integer_ratio()); t(lambda: (10).bit_count()); t(lambda: (-10).bit_count())
c = complex(1,2)
for d in (complex(3,-4), 2, 2.5, 0j, complex(0,0), complex(float('inf'),1)):
    t(lambda: c/d); t(lambda: c*d); t(lambda: c+d); t(lambda: c**d); t(lambda: d**c)
t(lambda: c // 2); t(lambda: c % 2); t(divmod, c, 2); t(lambda: abs(complex(3,4))); t(lambda: c < c); t(lambda: c == 1+2j); t(lambda: complex(1,0) == 1)
for s in ('1+2j', '(1+2j)', ' 3j ', '-j', '1e3-2.5e-1j', 'j', '1+j', 'inf+nanj', '1 + 2j', '', '2', '(1)', '1+2i'):
    t(complex, s)
for v in (complex(0,-0.0), complex(-0.0,0), complex(1e300,1e-300), complex(float('nan'), float('inf')), 1j, -1j, complex(2,0)):
    t(repr, v); t(str, v)
t(complex, '1', 2); t(complex, 1j, 1j); t(complex, 1, '2'); t(lambda: (1+2j).conjugate()); t(lambda: (0j)**0); t(lambda: 0j**-1); t(lambda: 0j ** (1+1j))
t(lambda: 2 ** 0.5j)
