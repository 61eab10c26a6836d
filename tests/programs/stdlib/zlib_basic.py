# zlib: round trips for every wrapper, streams with max_length/unused_data/copy/flush modes, checksums, CPython-made data, errors.
import zlib
def t(f,*a,**k):
  try: r=f(*a,**k); print(repr(r)[:100])
  except Exception as e: print(type(e).__name__, e)
data = b"hello world " * 1000 + bytes(range(256)) * 10
for wb in (15, -15, 31, 9):
    c = zlib.compress(data, 6, wb)
    print(wb, zlib.decompress(c, wb if wb != 31 else 47) == data, c[:2].hex() if wb in (15, 9) else '')
c=zlib.compress(b'hello world'*10)
print(c[:2].hex(), [zlib.compress(b'x', l)[:2].hex() for l in range(-1,10)])
t(zlib.decompress, c+b'junk')
t(zlib.decompress, c[:-3])
t(zlib.decompress, b'garbage data here')
t(zlib.decompress, b'\x78\x9c\x00\x00')
t(zlib.decompress, c, bufsize=-1)
t(zlib.decompress, c, 3)
t(zlib.decompress, c, 9)
t(zlib.decompress, c, 100)
t(zlib.compress, b'x', 10)
t(zlib.compress, b'x', wbits=100)
t(zlib.compress, 'str')
t(zlib.compressobj, 1, 9)
t(zlib.compressobj, 1, 8, 15, 10)
t(zlib.decompressobj, 100)
d=zlib.decompressobj(); t(d.decompress, c, -1)
t(zlib.crc32, 'x')
print(zlib.crc32(b'hello'), zlib.adler32(b'hello'), zlib.crc32(b'x', 2**40), zlib.adler32(b'', 0))
co=zlib.compressobj(); co.compress(b'a'); co.flush(); t(co.compress, b'b'); t(co.flush)
bad = bytearray(c); bad[-1]^=1; t(zlib.decompress, bytes(bad))
g=bytes.fromhex('1f8b08000000000002034b4c4a0600c241243503000000')
t(zlib.decompress, g, 31)
t(zlib.decompress, g, 47)
t(zlib.decompress, g, 15)
t(zlib.decompress, b'\x1f\x8b\x09' + g[3:], 31)
print(zlib.compress(b'abc', wbits=31)[:10].hex(), zlib.compress(b'abc', 9, wbits=31)[:10].hex())
t(zlib.decompressobj().flush, 0)
# streaming with max_length and unused data
co = zlib.compressobj(9, zlib.DEFLATED, -15)
stream = co.compress(data) + co.flush()
d = zlib.decompressobj(-15)
out = b''
buf = stream + b'TRAILING'
while not d.eof:
    chunk = d.decompress(buf, 1000)
    out += chunk
    buf = d.unconsumed_tail
print(len(out), out == data, d.unused_data, d.unconsumed_tail, d.eof)
d = zlib.decompressobj()
whole = zlib.compress(data)
parts = [whole[i:i+7] for i in range(0, len(whole), 7)]
res = b''.join(d.decompress(p) for p in parts) + d.flush()
print(res == data, d.eof)
d2 = zlib.decompressobj(); d2.decompress(whole[:100]); d3 = d2.copy()
print(d2.decompress(whole[100:]) == d3.decompress(whole[100:]))
co = zlib.compressobj(); a = co.compress(b'part1'); b = co.flush(zlib.Z_SYNC_FLUSH); 
dd = zlib.decompressobj(); print(dd.decompress(a + b))
blob = bytes.fromhex("78da0bc94855282ccd4cce56482aca2fcf5348cbaf50c82acd2d2856c82f4b2d5228014ae72456552aa4e4a7eb29848c2a1e553caa98da8a0147a5431c")
print(zlib.decompress(blob)[:45], len(zlib.decompress(blob)))
raw = bytes.fromhex("6360646266616563e7e0e4e2e6e1e5e3171014121611151397909492969195935750545256515553d7d0d4d2d6d1d5d33730343236313533b7b0b4b2b6b1b5b37770747276717573f7f0f4f2f6f1f5f30f080c0a0e090d0b8f888c8a8e898d8b4f484c4a4e494d4bcfc8cccacec9cdcb2f282c2a2e292d2bafa8acaaaea9adab6f686c6a6e696d6befe8eceaeee9edeb9f3071d2e42953a74d9f3173d6ec3973e7cd5fb070d1e2254b972d5fb172d5ea356bd7addfb071d3e62d5bb76ddfb173d7ee3d7bf7ed3f70f0d0e123478f1d3f71f2d4e93367cf9dbf70f1d2e52b57af5dbf71f3d6ed3b77efdd7ff0f0d1e3274f9f3d7ff1f2d5eb376fdfbdfff0f1d3e72f5fbf7dfff1f3d7ef3f7ffffd6718f5ff68fc8fe0f40f00")
print(zlib.decompress(raw, -15) == bytes(range(256)) * 4)
for level in range(-1, 10):
    for strategy in range(5):
        co = zlib.compressobj(level, zlib.DEFLATED, 15, 8, strategy)
        c = co.compress(data[:5000]) + co.flush(zlib.Z_FULL_FLUSH) + co.compress(data[5000:]) + co.flush()
        assert zlib.decompress(c) == data, (level, strategy)
print("levels and strategies round-trip")
for wb in (9, 12, -9, 25):
    co = zlib.compressobj(6, zlib.DEFLATED, wb)
    c = co.compress(data) + co.flush()
    print(wb, zlib.decompress(c, wb) == data, c[:2].hex() if 0 < wb < 16 else "")
print(zlib.crc32(data), zlib.adler32(data), zlib.crc32(data[100:], zlib.crc32(data[:100])) == zlib.crc32(data))
print(zlib.crc32(bytearray(b"abc")), zlib.adler32(memoryview(b"abc")), zlib.crc32(b"abc", -1))
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_FINISH, zlib.Z_SYNC_FLUSH, zlib.Z_BEST_COMPRESSION, zlib.DEF_BUF_SIZE)
print(type(zlib.compressobj()).__name__, type(zlib.decompressobj()).__name__, zlib.error.__module__)
