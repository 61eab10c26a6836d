print("_cyclic_a: start")
import _cyclic_b
A_VALUE = "a"
def from_b():
    return _cyclic_b.B_VALUE
print("_cyclic_a: end")
