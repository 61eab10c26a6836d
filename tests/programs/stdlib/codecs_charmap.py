# codecs of the encodings package through bytes.decode/str.encode: cp437, cp1252, cp850 (charmap), errors and unknown names.
print(b'abc\x80\xe9'.decode('cp437'), 'Ç é'.encode('cp437'), b'\x80\x81'.decode('cp1252', 'replace'))
for bad in [lambda: b'\x81'.decode('cp1252'), lambda: '€✓'.encode('cp437'), lambda: b'x'.decode('nope-enc'), lambda: '✓'.encode('cp1252', 'xmlcharrefreplace')]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
import codecs
print(codecs.encode('hé', 'cp850'), codecs.decode(b'h\x82', 'cp850'))
