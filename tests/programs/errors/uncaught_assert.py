# Failed assert with a message.
def check(x):
    assert x < 10, f"value too large: {x}"
    return x
for i in (1, 5, 50):
    print(check(i))
