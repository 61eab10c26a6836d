# Uncaught: ValueError: I/O operation on closed file
import io
f = io.StringIO("x")
f.close()
f.read()
