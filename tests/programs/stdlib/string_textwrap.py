# string and textwrap, which import re.
import string
import textwrap

print(string.ascii_letters, string.digits, string.punctuation)
print(string.capwords("hello   big world"), string.capwords("a-b c-d", "-"))
t = string.Template("$who likes ${what}; $$5")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="ann"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
print(string.Template("$a $b").get_identifiers(), string.Template("$a").is_valid())
print(string.Formatter().format("{0}-{x:>4}", 1, x="y"))

text = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.wrap(text, 30))
print(textwrap.fill(text, width=40, initial_indent="> ", subsequent_indent="  "))
print(textwrap.shorten("Hello  world, this is a long sentence", width=20))
print(repr(textwrap.dedent("""\
    def f():
        return 1
""")))
print(textwrap.indent("a\nb\n\nc", "  "), textwrap.wrap("supercalifragilistic word", 8))
print(textwrap.wrap("a-b-c-d-e-f long-hyphenated-words here", 10, break_on_hyphens=True))
