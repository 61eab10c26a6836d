# Uncaught exception raised as a class, without a message: the last line is just the type.
print("before")
raise RuntimeError
