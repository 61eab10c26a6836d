# re: IGNORECASE, MULTILINE, DOTALL, VERBOSE, ASCII, inline flags and
# look-around assertions.
import re

print(re.match(r"(?i)hello", "HeLLo"), re.match("hello", "HELLO", re.IGNORECASE))
print(re.findall(r"(?i)[a-c]+", "xAbCx"), re.match(r"(?i)[^a]", "A"), re.findall(r"(?i)straße", "STRASSE straße"))
print(re.findall(r"(?i)[α-ω]+", "ΑΒΓ"), re.match(r"(?i)(a)\1", "aA"))
print(re.findall(r"^\w+", "one\ntwo\nthree", re.M), re.findall(r"\w+$", "one\ntwo\nthree", re.MULTILINE))
print(re.findall(r"^\w+", "one\ntwo"), re.search(r"a.b", "a\nb"), re.search(r"a.b", "a\nb", re.S))
print(re.match(r"(?s:.)(?-s:.)?", "\n\n"), re.match(r"(?i:A)a", "aA"), re.match(r"(?i:A)a", "aa"))
verbose = re.compile(r"""
    (?P<int>\d+)      # integer part
    (?:\.(?P<frac>\d*))?  # optional fraction
    \s* (?P<unit>[a-z]+)  # unit
""", re.VERBOSE)
m = verbose.match("12.5 kg")
print(m.groupdict(), verbose.match("7 m").groupdict())
print(re.match(r"foo(?=bar)", "foobar"), re.match(r"foo(?!bar)", "foobar"), re.match(r"foo(?!bar)", "foobaz"))
print(re.search(r"(?<=a)b", "ab"), re.search(r"(?<!a)b", "ab"), re.search(r"(?<!a)b", "cb"))
print(re.findall(r"(?<=\$)\d+", "cost $12 and $7"), re.findall(r"\d+(?= dollars)", "5 dollars, 6 euros"))
print(re.search(r"(?<=\b)\w", " hello").span(), re.findall(r"(?=(\w\w))", "abcd"))
print(re.compile("x", re.I | re.M).flags & re.I != 0, re.I | re.M, re.IGNORECASE.value)
print(re.match(r"(?x) a b \# c", "ab# c"), re.match(r"(?x)[ ]a", " a"))
