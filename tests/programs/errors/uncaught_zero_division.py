# Uncaught ZeroDivisionError deep in a call stack: traceback, exit status 1.
def divide(a, b):
    return a / b
def compute(values):
    total = 0
    for v in values:
        print("dividing by", v)
        total += divide(100, v)
    return total
print("start")
compute([5, 2, 0, 1])
print("never printed")
