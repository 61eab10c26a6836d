# Uncaught: io.UnsupportedOperation: not readable
import os
with open(os.devnull, "w") as f:
    f.read()
