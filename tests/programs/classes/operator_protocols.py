# Data model: reflected operators and NotImplemented, in-place fallbacks, hash/eq rules, __bool__/__len__,
# old-style __getitem__ iteration, __contains__, and CPython's messages for bad operands.
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class A:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return 'A.radd'
    def __eq__(self, o): return NotImplemented
    def __lt__(self, o): return 'A.lt'
class B(A):
    def __radd__(self, o): return 'B.radd'
    def __gt__(self, o): return 'B.gt'
t(lambda: A() + B()); t(lambda: B() + A()); t(lambda: 1 + A()); t(lambda: A() + 1); t(lambda: A() < B()); t(lambda: B() < A())
t(lambda: A() == A()); t(lambda: A() != A()); t(lambda: A() < 1); t(lambda: 1 > A()); t(lambda: 1 < A())
class N:
    pass
t(lambda: N() < N()); t(lambda: N() + 1); t(lambda: 1 - N()); t(lambda: N() @ N()); t(lambda: -N()); t(lambda: ~N()); t(lambda: abs(N()))
t(lambda: N() ** 2); t(lambda: pow(N(), 2, 3)); t(lambda: N() << 1); t(lambda: [] + ()); t(lambda: 'a' * 'b'); t(lambda: 'a' + 1); t(lambda: 1 + 'a')
t(lambda: None < 1); t(lambda: [1] < (1,)); t(lambda: {} < {}); t(lambda: 1j < 2j); t(lambda: divmod('a', 1)); t(lambda: 1 / 'x')
class I:
    def __init__(self): self.v = []
    def __iadd__(self, o): self.v.append(o); return self
    def __add__(self, o): return 'add'
x = I(); x += 1; x += 2; print(x.v)
class J:
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return 'J.add'
y = J(); y += 1; print(y)
class K:
    def __imul__(self, o): return NotImplemented
k = K()
try:
    k *= 2
except TypeError as e: print(e)
try:
    k @= 2
except TypeError as e: print(e)
try:
    k **= 2
except TypeError as e: print(e)
try:
    k //= 2
except TypeError as e: print(e)
l = [1]; l2 = l; l += (2, 3); print(l, l2 is l)
tt = (1,); tt2 = tt; tt += (2,); print(tt, tt2)
# hash/eq rules
class E:
    def __eq__(self, o): return True
t(hash, E()); print(E.__hash__)
class E2(E):
    __hash__ = object.__hash__
print(type(hash(E2())).__name__)
class E3:
    __hash__ = None
t(hash, E3()); t(lambda: {E3()}); t(lambda: {E3(): 1})
class E4(int):
    def __eq__(self, o): return False
print(E4.__hash__)
class H:
    def __hash__(self): return 'x'
t(hash, H())
class H2:
    def __hash__(self): return 2**100
print(hash(H2()) == hash(2**100))
class H3(str): pass
print(hash(H3('ab')) == hash('ab'))
# bool/len
class L:
    def __len__(self): return -1
t(bool, L()); t(len, L())
class L2:
    def __len__(self): return 2**70
t(len, L2()); t(bool, L2())
class L3:
    def __len__(self): return 'a'
t(len, L3())
class B1:
    def __bool__(self): return 1
t(bool, B1())
class B2:
    def __bool__(self): return None
    def __len__(self): return 5
t(bool, B2())
class B3:
    __bool__ = None
    def __len__(self): return 1
t(bool, B3())
class L4:
    def __len__(self): return 3.0
t(len, L4())
class L5:
    def __len__(self): return True
t(len, L5())
# getitem iteration
class G:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(G()), 10 in G(), 5 in G(), list(reversed([1,2])))
t(reversed, G())
class G2:
    def __getitem__(self, i): 
        if i > 2: raise StopIteration
        return i
t(list, G2())
class C:
    def __contains__(self, x): return x == 3
print(3 in C(), 4 in C(), 4 not in C())
class C2:
    def __contains__(self, x): return []
print(1 in C2())
class C3:
    __iter__ = None
t(iter, C3()); t(lambda: 1 in C3())
class NI:
    def __iter__(self): return 5
t(iter, NI())
t(iter, 5); t(lambda: 1 in 5); t(len, 5); t(lambda: 5[0]); t(lambda: 5()); t(lambda: [][0]); t(lambda: {}['k']); t(lambda: ()[5]); t(lambda: 'abc'[10])
t(lambda: [1,2][1.0]); t(lambda: [1]['a']); t(lambda: (1,)[None]); t(lambda: 'a'['b']); t(lambda: {}[[]]); t(lambda: {[]: 1})
