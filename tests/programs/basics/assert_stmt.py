# assert with and without message; AssertionError attributes.
assert True
assert 1 == 1, "never"
try:
    assert 1 == 2
except AssertionError as e:
    print("caught", repr(e), e.args)
try:
    assert False, "custom message"
except AssertionError as e:
    print("caught", repr(e), e.args)
try:
    assert [], ["list", "msg"]
except AssertionError as e:
    print("caught", e.args)
def check(n):
    assert n > 0, f"n must be positive, got {n}"
    return n * 2
for n in (3, -1):
    try:
        print(check(n))
    except AssertionError as e:
        print("AssertionError:", e)
count = 0
def side():
    global count
    count += 1
    return "msg"
assert True, side()
print("side effects:", count)
