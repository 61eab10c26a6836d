# Circular imports see a partially initialised module.
import _cyclic_a
print(_cyclic_a.A_VALUE, _cyclic_a.from_b())
import _cyclic_b
print(_cyclic_b.B_VALUE)
