"""SHA-3 and SHAKE hash algorithms (tern: over the native `_tern_hash`)."""
from _tern_hashes import sha3_224, sha3_256, sha3_384, sha3_512, shake_128, shake_256
