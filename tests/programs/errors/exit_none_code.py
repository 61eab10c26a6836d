# SystemExit with None is status 0; a non-int, non-None code is printed and gives 1.
import sys
try:
    sys.exit(None)
except SystemExit as e:
    print("code", e.code)
try:
    sys.exit(42)
except SystemExit as e:
    print("code", e.code)
raise SystemExit([1, 2])
