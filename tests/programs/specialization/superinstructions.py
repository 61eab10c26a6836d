# Superinstructions (LOAD_FAST__LOAD_FAST, LOAD_FAST__LOAD_CONST,
# STORE_FAST__LOAD_FAST) must keep each half's errors, line numbers and
# exception handlers, and jumps into the second half.
import sys


def pair(flag):
    a = 1
    if flag:
        b = 2
    try:
        return a + b          # LOAD_FAST a, LOAD_FAST b: b may be unbound
    except UnboundLocalError as e:
        return "unbound: %s line %d" % (e, sys.exc_info()[2].tb_lineno)


for f in (True, False, True):
    print(pair(f))


def second_line():
    a = 1
    del a
    x = 5
    try:
        y = x
        return (x,
                a)            # the unbound read is on this line
    except UnboundLocalError:
        return sys.exc_info()[2].tb_lineno - second_line.__code__.co_firstlineno


print(second_line(), second_line())


def loop(n):
    total = 0
    i = 0
    while i < n:              # jump targets land on the second halves
        total = total + i * 2
        i = i + 1
        if i % 3:
            continue
        total = total - 1
    return total, i


print(loop(100), loop(0), loop(7))


def store_then_load(items):
    out = []
    for x in items:
        y = x
        out.append(y + x)
    return out


print(store_then_load(range(10)))


def deleted_between(n):
    res = []
    for i in range(n):
        v = i
        if i == 3:
            del v
        try:
            res.append(v)
        except NameError as e:
            res.append(type(e).__name__)
    return res


print(deleted_between(6))


def raising():
    q = 1
    del q
    return q + 1


try:
    raising()
except UnboundLocalError as e:
    tb = e.__traceback__.tb_next
    print("raised", e, tb.tb_lineno - raising.__code__.co_firstlineno)
