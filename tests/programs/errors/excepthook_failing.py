# A failing sys.excepthook: both its error and the original are reported.
import sys


def hook(t, v, tb):
    print("hook called with", t.__name__)
    raise KeyError("in hook")


sys.excepthook = hook
print("before")
raise ValueError("original")
