# NaN payloads through struct (d, f, e formats) and array: the bits a NaN
# was read with are written back, f<->d conversions keep them as C does.
import struct, math
vals = [float('nan'), -float('nan'), struct.unpack('<d', bytes.fromhex('010000000000f87f'))[0],
        struct.unpack('<d', bytes.fromhex('0100000000000ff0'[::-1]))[0] if False else struct.unpack('<d', b'\x01\x00\x00\x00\x00\x00\xf0\x7f')[0],
        struct.unpack('<d', b'\x00\x00\x00\x00\x00\x00\xf8\xff')[0]]
for v in vals:
    print(struct.pack('<d', v).hex(), struct.pack('>d', v).hex(), struct.pack('<f', v).hex(), struct.pack('>e', v).hex(), math.isnan(v))
for raw in ['0100c07f', '0000c0ff', '0100807f', '1234c07f', 'ffffffff']:
    f = struct.unpack('<f', bytes.fromhex(raw))[0]
    print(raw, struct.pack('<f', f).hex(), struct.pack('<d', f).hex())
for raw in ['01fe', '00fe', '017c', '00fc']:
    h = struct.unpack('<e', bytes.fromhex(raw))[0]
    print(raw, struct.pack('<e', h).hex(), struct.pack('<f', h).hex(), struct.pack('<d', h).hex())
import array
a = array.array('d', [vals[2]])
print(a.tobytes().hex())
a = array.array('f', [vals[2]])
print(a.tobytes().hex())
print(struct.pack('<d', float('inf')).hex(), struct.pack('<f', float('-inf')).hex())
try:
    struct.pack('<f', 1e300)
except OverflowError as e:
    print(e)
print(struct.pack('<f', 3.4028235e38).hex())
x = struct.unpack('<d', bytes.fromhex('010000000000f87f'))[0]
y = struct.unpack('<d', bytes.fromhex('010000000000f87f'))[0]
print(x is x, x in [x], {x: 1}[x], x is y, x == x, y in [x])
print(struct.Struct('>d').pack(x).hex(), list(struct.iter_unpack('<d', struct.pack('<d', x)))[0][0] != 0)
buf = bytearray(8)
struct.pack_into('<d', buf, 0, x)
print(buf.hex(), repr(x), str(x), math.copysign(1, x))
z = x * 1
print(struct.pack('<d', -x).hex()[12:])
print(array.array('d', struct.pack('<d', x) * 2).tobytes().hex())
