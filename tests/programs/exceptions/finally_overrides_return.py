# A `break`, `continue` or `return` in a final body, reached while a
# `return` in its `try:` is under way, drops the pending return value.

def break_in_while(flag):
    for count in [0, 1]:
        count2 = 0
        while count2 < 20:
            count2 += 10
            try:
                return count + count2
            finally:
                if flag:
                    break
    return "end", count, count2


def continue_in_for(flag):
    seen = []
    for count in [0, 1]:
        for count2 in [10, 20]:
            try:
                return count + count2
            finally:
                seen.append((count, count2))
                if flag:
                    continue
    return "end", seen


def return_in_finally(n):
    total = 0
    for i in range(n):
        try:
            return i * 100
        finally:
            total += i
            if i >= 0:
                return ("finally", total)


def nested_finally(flag):
    log = []
    for i in range(3):
        try:
            try:
                return "inner", i
            finally:
                log.append("inner finally %d" % i)
        finally:
            log.append("outer finally %d" % i)
            if flag and i < 2:
                continue
    return "end", log


def with_in_finally(flag):
    class Ctx:
        def __enter__(self):
            return self

        def __exit__(self, *exc):
            log.append("exit")
            return False

    log = []
    for i in range(2):
        with Ctx():
            try:
                return i, log
            finally:
                if flag:
                    break
    return "end", log


for flag in (False, True):
    print(break_in_while(flag))
    print(continue_in_for(flag))
    print(nested_finally(flag))
    print(with_in_finally(flag))
print(return_in_finally(3))

# The loops above leave no stray values behind: a deep recursion through
# them still ends normally.
def recurse(k):
    if k == 0:
        return 0
    for _ in [1]:
        try:
            return recurse(k - 1) + 1
        finally:
            if k % 2:
                break
    return k
print(recurse(50))
