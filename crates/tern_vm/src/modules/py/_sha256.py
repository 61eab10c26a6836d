"""SHA-224 and SHA-256 hash algorithms (tern: over the native `_tern_hash`)."""
from _tern_hashes import sha224, sha256
