# print: sep, end, file, flush, multiple args, non-str objects.
import sys
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ", end=".\n")
print("no newline", end="")
print(" continued")
print(1, 2.5, None, True, [1], (2,), {"k": 3}, sep="|")
print("to stdout", file=sys.stdout)
print("to stderr (not compared)", file=sys.stderr)
print("flushed", flush=True)
print(*range(5))
print(*"abc", sep="-")
print("x", sep=None, end=None)
print("multi\nline\nstring")
sys.stdout.write("written directly\n")
n = sys.stdout.write("abc")
print("", n)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass
w = W()
print("captured", 42, file=w)
print("second", file=w, end="!")
print(w.parts)
print("tab\there", "unicode: é ü 日本 😀")
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
print(end="")
print("", end="\n")
print("after empty")
