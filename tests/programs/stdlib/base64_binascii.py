# binascii (base64, hex with separators, uu, quoted-printable, crc32,
# crc_hqx) and the base64 module on top of it (b64, urlsafe, b16, b32, b85).
import base64
import binascii
import random


def attempt(f, *args, **kw):
    try:
        return f(*args, **kw)
    except Exception as e:
        return f"{type(e).__name__}: {e}"


print(binascii.Error.__mro__[1].__name__, binascii.Incomplete.__mro__[1].__name__, binascii.Error.__module__)
tests = [b"", b"QQ", b"QQ=", b"QQ==", b"QQ===", b"Q", b"QUJD", b"QUJDRA", b"QUJDRA=", b"QUJDRA==x", b"=QUJD",
         b"QU=JD", b"QUJ\nD", b"QU!JD", b"QUJDR", "QUJD", "QU\u00e9", b"Q=Q=", b"QUJDRA==", b"QQ==QQ==", 5, [1]]
for t in tests:
    for sm in (False, True):
        print(repr(t), sm, attempt(binascii.a2b_base64, t, strict_mode=sm))
print(attempt(binascii.b2a_base64, "x"), binascii.b2a_base64(b"abcd", newline=False), binascii.b2a_base64(bytearray(b"\xff\xfe")))
for args in [(b"abcde", "-", 2), (b"abcde", b":", -2), (b"abcde", "--"), (b"abc", 5), (b"abc", "\u00e9"), (b"abc", "\u0100"),
             (b"", "-"), (b"abcdef", " ", 3), (b"abcdef", " ", 0), (b"abcdef", "_", 10), (b"abcdef", "_", -1)]:
    print(args, attempt(binascii.hexlify, *args), attempt(binascii.b2a_hex, *args))
print(bytes(3).hex(":"), b"abcdef".hex(":", 4), b"abcdef".hex(":", 0), bytearray(b"abc").hex(sep="-", bytes_per_sep=-2))
print(attempt(b"ab".hex, "\u00e9"), attempt(b"ab".hex, b"\xff"), attempt(b"ab".hex, 1), attempt(b"ab".hex, "", 1))
for h in ["abc", "zz", b"ABcd", bytearray(b"ff"), "", "0a0B", "\u00e9\u00e9"]:
    print(repr(h), attempt(binascii.unhexlify, h), attempt(binascii.a2b_hex, h))
print(binascii.crc32(b"hello"), binascii.crc32(b"hello", -1), binascii.crc32(b"hello", 2**40 + 5), binascii.crc32(b""))
print(binascii.crc32(b" world", binascii.crc32(b"hello")), binascii.crc32(b"hello world"), binascii.crc32(bytearray(range(256))))
print(binascii.crc_hqx(b"hello", 0), binascii.crc_hqx(b"hello", 0x12345), attempt(binascii.crc_hqx, b"hello"), binascii.crc_hqx(b"", 7))
print(binascii.b2a_uu(b"hello world"), binascii.b2a_uu(b"", backtick=True), binascii.b2a_uu(b"\0\0\0", backtick=True))
print(binascii.a2b_uu(b"+:&5L;&\\@=V]R;&0 \n"), attempt(binascii.b2a_uu, b"x" * 46), binascii.a2b_uu(b"!"), binascii.a2b_uu(b""))
print(attempt(binascii.a2b_uu, b"#\x01"), attempt(binascii.a2b_uu, b"!86%\n  x"), binascii.a2b_uu(b"!8```\n"))
qp = [b"hello = world", b"tab\tend\t", b"line \nnext", b"caf\xc3\xa9", b"a.\n.\nb", b"x" * 100, b"crlf\r\nline \r\nend",
      b"under_score and space", b"\x00\x01\x7f", b".", b"=" * 30]
for d in qp:
    enc = binascii.b2a_qp(d)
    print(enc, binascii.b2a_qp(d, quotetabs=True), binascii.b2a_qp(d, istext=False), binascii.b2a_qp(d, header=True))
    print(binascii.a2b_qp(enc) == d, binascii.a2b_qp(binascii.b2a_qp(d, header=True), header=True))
print(binascii.a2b_qp(b"a=\nb=\r\nc==3D=4g=4"), binascii.a2b_qp("soft=\r\nbreak=", header=True), binascii.a2b_qp(b"a_b", True))

# base64 module
data = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256)), b"\xfb\xff\xbf"]
for d in data:
    e = base64.b64encode(d)
    print(e, base64.b64decode(e) == d, base64.urlsafe_b64encode(d), base64.b16encode(d)[:20], base64.b32encode(d)[:24])
    print(base64.b85encode(d)[:30], base64.a85encode(d)[:30], base64.standard_b64encode(d)[:20], base64.b32hexencode(d)[:16])
    assert base64.b85decode(base64.b85encode(d)) == d and base64.a85decode(base64.a85encode(d)) == d
    assert base64.b32decode(base64.b32encode(d)) == d and base64.b16decode(base64.b16encode(d)) == d
    assert base64.urlsafe_b64decode(base64.urlsafe_b64encode(d)) == d
print(base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.b64decode("+/+/"), base64.b64decode(b"-_-_", altchars=b"-_"))
print(attempt(base64.b64decode, b"abc"), attempt(base64.b64decode, b"ab!c", validate=True), base64.b64decode(b"ab!c=="))
print(attempt(base64.b16decode, b"0a"), base64.b16decode(b"0a", casefold=True), attempt(base64.b32decode, b"AAA"))
print(base64.b64encode(bytearray(b"hi")))
print(base64.a85encode(b"hello world", adobe=True, wrapcol=10), base64.a85encode(b"\0\0\0\0    ", foldspaces=True))
r = random.Random(3)
ok = 0
for _ in range(200):
    d = bytes(r.randrange(256) for _ in range(r.randrange(40)))
    ok += base64.b64decode(base64.b64encode(d)) == d and binascii.unhexlify(binascii.hexlify(d)) == d
    ok += binascii.a2b_qp(binascii.b2a_qp(d)) == d and binascii.a2b_qp(binascii.b2a_qp(d, True, False)) == d
    if len(d) <= 45:
        ok += binascii.a2b_uu(binascii.b2a_uu(d)) == d
print(ok, binascii.crc32(bytes(r.randrange(256) for _ in range(1000))))
