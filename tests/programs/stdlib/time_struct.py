# time: struct_time (repr, fields, construction errors), gmtime/localtime,
# mktime round trips, strftime directives, asctime/ctime, strptime, and
# datetime built on them. Only timezone-independent values are printed.
import time
import datetime


def attempt(f, *args):
    try:
        return f(*args)
    except Exception as e:
        return f"{type(e).__name__}: {e}"


t = time.gmtime(0)
print(repr(t), t.tm_zone, t.tm_gmtoff, len(t), t[8], t[:3], tuple(t)[-3:])
s = time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0))
print(s, s.tm_year, s.tm_wday, s.tm_zone, time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0, "UTC", 0)).tm_zone)
print(attempt(time.struct_time, (1, 2, 3)), attempt(time.struct_time, 5), attempt(time.struct_time, (1,) * 12))
print(time.struct_time.n_sequence_fields, time.struct_time.n_fields, time.struct_time.__module__, isinstance(t, tuple))
for secs in [0, 1, 86399, 86400 * 400, 10**9, 1.99, -1.5, -1e10, 2**31, 4102444800]:
    g = time.gmtime(secs)
    print(secs, g[:9], time.asctime(g))
print(attempt(time.gmtime, 1e20), attempt(time.gmtime, float("nan")), attempt(time.gmtime, "x"))
fmt = "%Y-%m-%d %H:%M:%S %a %A %b %B %j %p %y %% %U %W %w %e %I %D %T %R %G %V %u %C %h %s"
for secs in [0, 10**9, 1234567890, 951782400]:
    print(time.strftime(fmt, time.gmtime(secs)))
print(time.strftime("%c|%x|%X", time.gmtime(10**9)), repr(time.strftime("", time.gmtime(0))))
print(attempt(time.strftime, "%Y", (2020, 13, 1, 0, 0, 0, 0, 1, 0)), attempt(time.strftime, 5), attempt(time.asctime, (1, 2)))
print(time.strftime("%Y-%m-%d", (2021, 0, 0, 0, 0, 0, 0, 0, 0)))
for secs in [0, 10**9, 1234567890, 1700000000]:
    lt = time.localtime(secs)
    print(time.mktime(lt) == secs, time.ctime(secs) == time.asctime(lt), lt.tm_isdst in (0, 1))
p = time.strptime("2024-03-05 10:11:12", "%Y-%m-%d %H:%M:%S")
print(p, time.strptime("Tue Mar  5 10:11:12 2024"))
print(type(time.time()).__name__, time.time() > 1.6e9, time.monotonic() >= 0, isinstance(time.time_ns(), int))
print(time.get_clock_info("monotonic").monotonic, attempt(time.get_clock_info, "nope"))
print(datetime.datetime.fromtimestamp(0, datetime.timezone.utc), datetime.date.fromtimestamp(86400 * 365))
print(datetime.datetime(2024, 2, 29, 12, 30).strftime("%A %d %B %Y %H:%M"), datetime.datetime.utcfromtimestamp(10**9))
print(datetime.datetime(2001, 9, 9, tzinfo=datetime.timezone.utc).timestamp(), datetime.date(2024, 1, 1).timetuple())
