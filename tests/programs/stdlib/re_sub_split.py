# re: findall, finditer, sub/subn (templates, backreferences, functions),
# split, escape, Scanner.
import re

print(re.findall(r"\b\w+\b", "the quick brown fox"), re.findall(r"(\w)(\d)", "a1 b2 c3"))
print(re.findall(r"(a)|b", "ab"), re.findall(r"x*", "axxb"))
print([m.span() for m in re.finditer(r"x*", "axxb")], [m.group(1) for m in re.finditer(r"(\d)", "1a2b3")])
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@home and ann@work"))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c3"), re.sub("x*", "-", "abxd"))
print(re.sub(r"(?P<w>\w+)", r"<\g<w>>", "hi there"), re.subn("a", "b", "aaa", 2), re.subn("a", "b", "aaa"))
print(re.sub(r"a", lambda m: None, "banana"), re.sub("", "-", "abc"), re.sub(r"(b)", r"\1\1", "abc"))
print(re.sub(r"\s+", " ", "a  b \n c"), re.sub(r"(?i)HELLO", "bye", "hello Hello"), re.sub("a", r"\n", "xax"))
print(re.sub(r"(a)", r"\g<1>0", "a"), re.sub(rb"a", b"b", b"aaa"), re.sub("(x)?y", r"[\1]", "y xy"))
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"(,)", "a,b,c"), re.split("x*", "axbc"))
print(re.split(r"\s+", " a b  c ", maxsplit=1), re.split(r"(a)|b", "1a2b3"), re.split("z", "abc"))
print(re.escape("a.b*c"), re.escape(b"a.b"), re.escape("snake_case-1"))
m = re.match(r"(\w+) (\w+)", "Isaac Newton, physicist")
print(m.expand(r"\2, \1"), m.expand(r"\g<2>!"))
for bad in [r"(", r"a{2,1}", r"(?<=a+)b", r"\1", "[z-a]", "*", "(?P<a>x)(?P<a>y)"]:
    try:
        re.compile(bad)
    except re.error as e:
        print("error:", e)
try:
    re.sub(r"(a)", r"\2", "a")
except re.error as e:
    print("error:", e)
m = re.match("(a)", "a")
for g in [3, -1, "x"]:
    try:
        m.group(g)
    except IndexError as e:
        print("IndexError:", e)
for bad in [(r"a", b"a"), (rb"a", "a"), ("a", 5)]:
    try:
        re.match(*bad)
    except TypeError as e:
        print("TypeError:", e)
lex = re.Scanner([(r"\d+", lambda s, t: int(t)), (r"[a-z]+", lambda s, t: t.upper()), (r"\s+", None)])
print(lex.scan("12 abc 7 x!"))
sc = re.compile(r"\w=\d").scanner("a=1 b=2 c=3")
print(sc.search().group(), sc.search().group(), sc.match(), sc.search(), sc.search())
words = re.compile(r"[A-Za-z']+")
text = "It's a truth universally acknowledged, that a single man..."
counts = {}
for w in words.findall(text.lower()):
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items()))
