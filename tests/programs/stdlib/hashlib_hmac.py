# hashlib over tern's native digests (md5, sha1, sha2, sha3/shake, blake2 with
# key/salt/person), hash objects (update/copy/hexdigest), hmac, secrets,
# and the errors for bad arguments.
import hashlib, hmac, secrets, random
print(sorted(hashlib.algorithms_guaranteed))
print(hashlib.sha256(b"abc").hexdigest(), hashlib.new("md5", b"x").hexdigest(), hashlib.new("sha3_256").hexdigest()[:16])
print(hashlib.blake2b(b"hi", digest_size=16).hexdigest(), hashlib.shake_256(b"z").hexdigest(8), hashlib.sha512(b"q").hexdigest()[:16], hashlib.sha384(b"q").hexdigest()[:16])
print(hmac.new(b"key", b"msg", "sha256").hexdigest(), hmac.digest(b"k", b"m", "md5").hex(), hmac.compare_digest(b"a", b"a"))
h = hmac.new(b"key", digestmod=hashlib.sha1); h.update(b"part"); print(h.hexdigest(), h.name, h.digest_size)
print(len(secrets.token_hex(8)), len(secrets.token_bytes(5)))
random.seed("tern"); print(random.random())
try: hashlib.new("nope")
except ValueError as e: print("ValueError", e)
msgs = [b"", b"abc", b"a" * 55, b"a" * 56, b"a" * 64, b"a" * 111, b"a" * 112, b"a" * 128, bytes(range(256)) * 5, b"The quick brown fox"]
for m in msgs:
    print(hashlib.md5(m).hexdigest(), hashlib.sha1(m).hexdigest(), hashlib.sha224(m).hexdigest(), hashlib.sha256(m).hexdigest())
    print(hashlib.sha384(m).hexdigest(), hashlib.sha3_224(m).hexdigest(), hashlib.sha3_256(m).hexdigest(), hashlib.sha3_384(m).hexdigest()[:20], hashlib.sha3_512(m).hexdigest()[:20])
    print(hashlib.shake_128(m).hexdigest(20), hashlib.shake_256(m).hexdigest(300)[-20:], hashlib.blake2b(m).hexdigest()[:40], hashlib.blake2s(m).hexdigest())
    print(hashlib.blake2b(m, digest_size=20, key=b"k" * 10, salt=b"s", person=b"p").hexdigest(), hashlib.blake2s(m, digest_size=16, key=b"key" * 10, salt=b"salt", person=b"me").hexdigest())
    print(hashlib.blake2b(m, key=b"x" * 64).hexdigest()[:30], hashlib.blake2s(m, key=b"y" * 32).hexdigest()[:30])
h = hashlib.sha256(b"ab"); c = h.copy(); h.update(b"c"); print(h.hexdigest() == hashlib.sha256(b"abc").hexdigest(), c.hexdigest() == hashlib.sha256(b"ab").hexdigest())
print(h.name, h.digest_size, h.block_size, hashlib.md5().name, hashlib.blake2b(digest_size=7).digest_size, hashlib.shake_128().name)
for f in [lambda: hashlib.md5("s"), lambda: hashlib.md5(5), lambda: hashlib.blake2b(digest_size=65), lambda: hashlib.blake2s(key=b"k" * 33), lambda: hashlib.blake2b(salt=b"s" * 17)]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
print(hashlib.md5(bytearray(b"x")).hexdigest(), hashlib.md5(memoryview(b"x")).hexdigest())
