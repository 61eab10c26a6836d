# FOR_ITER over str iterators: ASCII, non-ASCII (2-, 3- and 4-byte UTF-8),
# empty strings, an iterator shared between loops, a str subclass, and a
# site that sees a str then a list then a str again.

def chars(s):
    out = []
    for c in s:
        out.append(c)
    return out

def codes(s):
    total = 0
    for c in s:
        total = total * 31 + ord(c)
    return total % 1000003

texts = ["hello world", "", "é", "naïve café", "日本語テキスト", "emoji 🐍🎉!", "a" * 50, "mixed ascii ünïcödé 漢字 🐍"]
for _ in range(3):
    for t in texts:
        print(repr(t[:12]), len(chars(t)), codes(t), "".join(chars(t)) == t)

# The same site alternating between kinds of iterables.
def count(xs):
    n = 0
    for x in xs:
        n += 1
    return n

for i in range(40):
    r = count("abcde" if i % 3 else ["x", "y"])
print("alternating", r)

# Breaking out and resuming the same iterator.
it = iter("abcdefgh")
for c in it:
    if c == "c":
        break
print("after break", list(it), list(it))

class S(str):
    pass

print(chars(S("subclass")), type(chars(S("ab"))[0]).__name__)

# Identity of single ASCII characters is the interpreter's business; only
# check values and types.
print(all(type(c) is str and len(c) == 1 for c in "xyz\u00ff\u0100"))
