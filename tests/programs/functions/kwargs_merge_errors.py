# f(**m) errors name the callable as CPython does: 'module.qualname() got multiple values...', '... argument after ** must be a mapping'.
def f(a, b=1): pass
class K:
    def m(self, **k): pass
for g in [lambda: f(**{'a': 1}, **{'a': 2}), lambda: f(1, **5), lambda: K().m(**{'x': 1}, **{'x': 2}), lambda: print(**{'end': ''}, **{'end': ''}), lambda: K(**[1]), lambda: f(a=1, **{'a': 2}), lambda: dict(**{'a': 1}, **{'a': 1})]:
    try: g()
    except TypeError as e: print(e)
