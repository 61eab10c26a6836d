"""MD5 hash algorithm (tern: over the native `_tern_hash`)."""
from _tern_hashes import md5
