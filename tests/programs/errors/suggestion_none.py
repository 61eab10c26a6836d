# No suggestion when nothing is close, or when the error names nothing.
import os
try:
    os.nothing_like_this_at_all
except AttributeError as e:
    print(e)
raise AttributeError("plain message")
