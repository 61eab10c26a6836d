# SystemExit(0) and sys.exit() exit with status 0; output before exit is kept.
import sys
print("line one")
print("line two", flush=False)
sys.exit(0)
