# An exception raised while handling another: both are printed, the last line is the new one.
data = [1, 2, 3]
try:
    print(data[10])
except IndexError:
    print("handling IndexError")
    raise TypeError("raised during handling")
