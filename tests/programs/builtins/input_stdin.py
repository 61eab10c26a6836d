# input() with stdin at EOF (the harness runs programs with stdin = /dev/null).
import sys
try:
    line = input()
    print("read", repr(line))
except EOFError as e:
    print("EOFError:", repr(e), e.args)
print(sys.stdin.read() == "", sys.stdin.readline() == "")
print("done")
