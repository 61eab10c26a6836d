# termios on a non-terminal stdin (/dev/null under the harness): constants,
# termios.error with errno 25, argument errors; tty's names.
import termios, tty, sys
print(termios.error.__module__, termios.B9600, termios.ICANON, termios.NCCS, termios.TCSANOW, termios.VMIN)
for f in [lambda: termios.tcgetattr(0), lambda: termios.tcgetattr(sys.stdin), lambda: termios.tcgetattr("x"), lambda: termios.tcsetattr(0, termios.TCSANOW, []),
          lambda: termios.tcdrain(0), lambda: termios.tcflush(0, termios.TCIFLUSH), lambda: termios.tcgetwinsize(0), lambda: termios.tcsetattr(0, 0, [0, 0, 0, 0, 0, 0, [b"x"] * 32])]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e, e.args)
print(tty.IFLAG, tty.CC)
