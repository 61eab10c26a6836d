# A __hash__ that returns an int in range is the hash as is (big ints are
# reduced, -1 becomes -2).
class H:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v
for v in [5, -1, 2**61, 2**63 - 1, 2**64 + 3, -2**63, True]:
    print(hash(H(v)))
