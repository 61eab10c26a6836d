# os ids, cpu_count, uname and times as struct sequences, umask round trip, platform on top of them.
import os, platform
print(os.getuid() == os.geteuid(), os.getgid(), os.getegid() >= 0, os.cpu_count() > 0)
u = os.uname()
print(type(u).__name__, u.sysname, u.machine, len(u), u[0] == u.sysname, repr(u).startswith("posix.uname_result(sysname='Linux'"))
t = os.times()
print(type(t).__name__, len(t), t.user >= 0, t.elapsed > 0, repr(t)[:26])
old = os.umask(0o027)
print(oct(os.umask(old)), oct(old))
print(platform.system(), platform.machine())
try:
    os.uname_result((1, 2))
except TypeError as e:
    print(e)
