# Module-level names, __name__, shadowing builtins, class scopes.
print(__name__)
x = "global x"
def show():
    return x
print(show())
def shadow():
    x = "local x"
    return x
print(shadow(), x)
len = lambda obj: 42
print(len([1, 2, 3]))
del len
print(len([1, 2, 3]))
class K:
    x = "class x"
    y = x + "!"
    def m(self):
        return x  # class scope is not visible from methods
print(K.x, K.y, K().m())
def outer():
    x = "enclosing"
    class Inner:
        y = x  # class body sees enclosing function scope
        x = "class-local"
        z = x
    return Inner
I = outer()
print(I.y, I.z, I.x)
a = 1
def read_before_assign():
    try:
        print(a)
        a = 2
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
read_before_assign()
if __name__ == "__main__":
    print("running as main")
else:
    print("imported")
print(sorted(k for k in globals() if not k.startswith("__")))
