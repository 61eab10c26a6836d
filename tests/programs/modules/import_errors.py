# Errors raised while importing: the failing module is not left in sys.modules.
import sys
try:
    import _broken
except ZeroDivisionError as e:
    print("ZeroDivisionError during import:", e)
print("_broken" in sys.modules)
try:
    import _bad_syntax
except SyntaxError as e:
    print("SyntaxError during import:", type(e).__name__, e.lineno)
print("_bad_syntax" in sys.modules)
try:
    import _broken
except ZeroDivisionError:
    print("second import runs the body again")
