# complex ** complex: integral and polar paths, zero base, EDOM (ZeroDivisionError) and overflow; complex() arguments.
c = complex(1,2)
for d in (0j, complex(0,0), complex(float('inf'),1)):
    for f in (lambda: c/d, lambda: c*d, lambda: c+d, lambda: c**d, lambda: d**c):
        try: print(f())
        except Exception as e: print(type(e).__name__, e)
for a,b in [(1e200+1e200j, 2), (1e200+1e200j, 2.5), (complex(float('inf'),0), 2), (complex(float('nan'),0), 2), (2j, complex(float('nan'),0)), (1+2j, complex(float('inf'),0)), (complex(float('inf'),1), 1+2j), (10+0j, 1000), (10j, 400.5), (0.5j, 2000)]:
  try: print(a**b)
  except Exception as e: print(type(e).__name__, e)
print(round(5, -30), round(1234567, -3), round(2.5, -10**20), round(-15, -1), round(10**40+5*10**20, -21))
class C:
    def __complex__(self): return 5
class F:
    def __float__(self): return 2.5
class I:
    def __index__(self): return 3
for a in [([],), (1, []), (C(),), (F(),), (I(),), (F(), F()), ('1', None), (None,), (1j, 1j), (complex(1,2), -0.0), (complex(0.0,-0.0),), (0, -0.0), ('1', 2), (1, '2')]:
    try: print(repr(complex(*a)))
    except Exception as e: print(type(e).__name__, e)
print(repr(complex(imag=2)), repr(complex(real=1j)), repr(complex(-0.0, 0)), repr(-(0j)))
for x in [(1e200+0j, 2), (1e200+0j, -2), (complex(float('inf'),0), 0.5), (2+0j, float('inf')), (0.5+0j, -2000.5), (0j, 0j), (0j,-1), (0j, 2.5), ((-8) ** (1/3), 1), (-8.0, 0.5)]:
    try: print(x[0] ** x[1])
    except Exception as e: print(type(e).__name__, e)
