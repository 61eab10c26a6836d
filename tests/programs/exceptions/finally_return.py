# return/break/continue interacting with finally; finally overriding exceptions.
def f1():
    try:
        return "try"
    finally:
        return "finally"
print(f1())

def f2():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(f2())

def f3():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return "broke out with " + str(i)
print(f3())

def f4():
    results = []
    for i in range(4):
        try:
            if i % 2:
                continue
            results.append(i)
        finally:
            results.append(-i)
    return results
print(f4())

def f5():
    x = "initial"
    try:
        return x
    finally:
        x = "changed"  # does not affect the already-evaluated return value
print(f5())

def f6():
    lst = []
    try:
        return lst
    finally:
        lst.append("mutated")
print(f6())

def f7():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(f7())

def f8(n):
    try:
        if n == 0:
            raise ValueError("zero")
        return n
    except ValueError:
        return "handled"
    finally:
        print("f8 finally", n)
print(f8(0), f8(5))

def f9():
    count = 0
    while True:
        try:
            count += 1
            if count == 3:
                return count
        finally:
            print("f9 finally", count)
print(f9())

def gen():
    try:
        yield 1
        return
    finally:
        print("gen finally")
print(list(gen()))

def deep_finally(n):
    if n == 0:
        raise RuntimeError("bottom")
    try:
        deep_finally(n - 1)
    finally:
        print("unwinding", n)
try:
    deep_finally(3)
except RuntimeError as e:
    print("caught", e)

def exc_replaced():
    try:
        raise ValueError("original")
    finally:
        raise TypeError("replacement")
try:
    exc_replaced()
except TypeError as e:
    print("TypeError", e, "context:", repr(e.__context__))
