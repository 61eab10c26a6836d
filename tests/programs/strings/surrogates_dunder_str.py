# A __str__ that returns a str with lone surrogates, formatted through
# %s (plain and padded), f-strings, format() and str.format.


class S:
    def __str__(self):
        return "a\udcffb"


class R:
    def __repr__(self):
        return "<\ud800>"


for text in ["%s|%s" % (S(), "x"), "%s" % S(), "%d %s" % (3, S()), "%6s|%-6s|" % (S(), S()), "%r" % R(),
             f"{S()}", f"{S()!s:>5}", f"{R()!r}", format(S()), "{} {!r}".format(S(), R()), str(S()), "%s" % [R()]]:
    print(ascii(text), len(text))
print(ascii(repr([R()])), ascii(repr([[R()], "\udc80"])), ascii(str((R(), 1))), ascii(repr({1: R()})))
