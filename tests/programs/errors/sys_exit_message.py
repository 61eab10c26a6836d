# sys.exit with a string: printed to stderr, exit status 1.
import sys
print("about to exit")
sys.exit("fatal: something went wrong")
