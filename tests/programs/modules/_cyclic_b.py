print("_cyclic_b: start")
import _cyclic_a
B_VALUE = "b"
print("_cyclic_b: sees partial _cyclic_a:", hasattr(_cyclic_a, "A_VALUE"))
print("_cyclic_b: end")
