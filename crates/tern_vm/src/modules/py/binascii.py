"""Conversion between binary data and ASCII"""

# tern: the exception classes; the conversions are native
# (`_tern_binascii`, modules/tern_binascii.rs).

import _tern_binascii as _n


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


Error.__module__ = Incomplete.__module__ = "binascii"
_n.set_error(Error)

a2b_base64 = _n.a2b_base64
b2a_base64 = _n.b2a_base64
a2b_hex = _n.a2b_hex
b2a_hex = _n.b2a_hex
hexlify = _n.hexlify
unhexlify = _n.unhexlify
a2b_uu = _n.a2b_uu
b2a_uu = _n.b2a_uu
a2b_qp = _n.a2b_qp
b2a_qp = _n.b2a_qp
crc32 = _n.crc32
crc_hqx = _n.crc_hqx
del _n
