# Helper module imported by the modules/ programs (not a test itself).
print("_helper: executing module body, __name__ =", __name__)
CONSTANT = 42
_private = "private"
counter = 0

def greet(name):
    return f"hello, {name}"

def bump():
    global counter
    counter += 1
    return counter

class Widget:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"Widget({self.n})"

if __name__ == "__main__":
    print("_helper: run as a script (never when imported)")
