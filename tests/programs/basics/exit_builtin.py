# exit() and quit() exist (as the site module makes them) and exit with
# their argument as the status.
import sys
print(repr(exit))
print(type(exit).__name__ != "function")
try:
    quit(5)
except SystemExit as e:
    print("quit raised SystemExit", e.code)
sys.stdout.flush()
exit(3)
