# pty: openpty, pty.fork with the child writing to its terminal, os.execv/execve in a forked child, os.ttyname/isatty.
import os
import pty
import sys

master, slave = pty.openpty()
print(os.isatty(master), os.isatty(slave), os.ttyname(slave).startswith("/dev/pts/"))
print(os.get_inheritable(master), os.get_inheritable(slave))
os.write(slave, b"to master\n")
print(os.read(master, 100))
os.close(master)
os.close(slave)


def read_all(fd):
    out = b""
    while True:
        try:
            chunk = os.read(fd, 1024)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
    return out


sys.stdout.flush()
pid, fd = pty.fork()
if pid == 0:
    os.write(1, b"child on a tty: %d\n" % os.isatty(0))
    os._exit(3)
print(read_all(fd))
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
os.close(fd)

sys.stdout.flush()
pid = os.fork()
if pid == 0:
    os.execv("/bin/sh", ["sh", "-c", "exit 9"])
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.dup2(w, 1)
    os.execve("/bin/sh", ["sh", "-c", "echo $GREETING"], {"GREETING": "from execve"})
os.close(w)
print(read_all(r), os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
for bad in [lambda: os.execv("/bin/sh", []), lambda: os.execv("/bin/sh", [""]), lambda: os.execv("/nonexistent", ["x"])]:
    try:
        bad()
    except (ValueError, OSError) as e:
        print(type(e).__name__, e)
