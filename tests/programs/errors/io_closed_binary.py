# Uncaught: ValueError: read of closed file
with open(__file__, "rb") as f:
    pass
f.read()
