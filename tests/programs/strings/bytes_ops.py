# bytes and bytearray basics.
b = b"hello world"
print(b, len(b), b[0], b[-1], b[0:5], b[::-1], type(b[0]).__name__)
print(b.upper(), b.split(), b.replace(b"o", b"0"), b.find(b"wor"), b.count(b"l"), b.startswith(b"he"))
print(b"abc" + b"def", b"ab" * 3, b"a" in b"cat", 99 in b"cat", b.decode(), b.hex())
print(bytes(3), bytes([65, 66, 67]), bytes("é", "utf-8"), bytes(range(5)), bytes.fromhex("41 42 ff"))
print(repr(b"\x00\x01\x7f\x80\xff"), repr(b"'"), repr(b'"'), repr(b"'\""), repr(b"\t\n\r\\"))
print(list(b"AB"), [c for c in b"xyz"], b"-".join([b"a", b"b"]), b" pad ".strip())
print(b"abc" == b"abc", b"abc" < b"abd", b"a" == "a", hash(b"x") == hash(b"x"))
ba = bytearray(b"mutable")
ba[0] = ord("M")
ba.append(33)
ba.extend(b"??")
print(ba, len(ba), bytes(ba), ba.pop(), ba)
print("héllo".encode("utf-8"), "héllo".encode("utf-8").decode("utf-8"), len("héllo".encode()))
print(b"%d-%s" % (1, b"x"), b"abc".isalpha(), b"123".isdigit(), b"a,b".split(b","))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), (1024).to_bytes(2, "big"))
print(b"abc"[1:], bytes(b"copy"), b"".join([]), b"x".zfill(3), b"AbC".lower(), b"abc".title())
try:
    b"abc"[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(str(b"bytes str"), bytes(5)[2], bytearray(2), type(bytearray()).__name__)
