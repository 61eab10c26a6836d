# os process and descriptor calls: pipe, dup, dup2, inheritable/blocking flags, fork/waitpid, kill, W* macros, strerror, environ.
import os
import signal
import sys

r, w = os.pipe()
print(os.get_inheritable(r), os.get_inheritable(w), os.get_blocking(r))
print(os.write(w, b"abc"), os.read(r, 10))
d = os.dup(w)
print(d > w, os.get_inheritable(d))
os.set_inheritable(d, True)
print(os.get_inheritable(d))
os.write(d, b"via dup")
print(os.read(r, 100))
os.set_blocking(r, False)
print(os.get_blocking(r))
try:
    os.read(r, 10)
except BlockingIOError as e:
    print("BlockingIOError", e.errno, e)
os.set_blocking(r, True)
x = os.dup2(w, d + 5)
print(x == d + 5, os.get_inheritable(x))
y = os.dup2(w, d + 6, inheritable=False)
print(os.get_inheritable(y))
for fd in (r, w, d, x, y):
    os.close(fd)
try:
    os.close(w)
except OSError as e:
    print(type(e).__name__, e.errno, e)
try:
    os.dup(987)
except OSError as e:
    print(e)

for status in [0, 256, 9, 0x8b, 0x137f, 0xffff, 1 << 16, 0x7f00]:
    print(status, os.WIFEXITED(status), os.WEXITSTATUS(status), os.WIFSIGNALED(status), os.WTERMSIG(status),
          os.WIFSTOPPED(status), os.WSTOPSIG(status), os.WCOREDUMP(status), os.WIFCONTINUED(status))
for status in [0, 256, 9, 0x8b]:
    print(os.waitstatus_to_exitcode(status))
for status in [0x137f, 0xffff]:
    try:
        os.waitstatus_to_exitcode(status)
    except ValueError as e:
        print(e)

print([os.strerror(n) for n in (1, 2, 10, 11, 32, 111)])
for errno in (1, 2, 3, 10, 11, 32, 104, 110, 111, 5):
    e = OSError(errno, os.strerror(errno))
    print(type(e).__name__, e)

sys.stdout.flush()
pid = os.fork()
if pid == 0:
    os._exit(7)
wpid, status = os.waitpid(pid, 0)
print(wpid == pid, os.waitstatus_to_exitcode(status))
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.read(r, 1)
    os._exit(0)
os.kill(pid, signal.SIGTERM)
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
try:
    os.waitpid(pid, 0)
except ChildProcessError as e:
    print("ChildProcessError", e)
try:
    os.kill(2**22 + 12345, 0)
except ProcessLookupError as e:
    print("ProcessLookupError", e)
print(os.getppid() > 0, os.WNOHANG)

order = []
os.register_at_fork(before=lambda: order.append("before1"), after_in_parent=lambda: order.append("parent1"))
os.register_at_fork(before=lambda: order.append("before2"), after_in_parent=lambda: order.append("parent2"),
                    after_in_child=lambda: os._exit(3))
sys.stdout.flush()
pid = os.fork()
print(order, os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
try:
    os.register_at_fork()
except TypeError as e:
    print(e)
try:
    os.register_at_fork(before=1)
except TypeError as e:
    print(e)

os.environ["TERN_POSIX_TEST"] = "v1"
print(os.environ["TERN_POSIX_TEST"], os.getenv("TERN_POSIX_TEST"))
os.putenv("TERN_POSIX_OTHER", "x")
try:
    os.putenv("A=B", "x")
except ValueError as e:
    print(e)
