# genericpath imported before anything else (CPython's site has imported os by then; so must tern).
import genericpath

print(genericpath.exists("/"), genericpath.isdir("/"), genericpath.commonprefix(["/usr/lib", "/usr/local"]))
print(genericpath._splitext("archive.tar.gz", "/", None, "."))
import os
print(os.path.splitext("a/b.c"), os.path.join("x", "y"))
