"""This module provides various functions to manipulate time values.

There are two standard representations of time.  One is the number
of seconds since the Epoch, in UTC (a.k.a. GMT).  It may be an integer
or a floating point number (to represent fractions of seconds).
The Epoch is system-defined; on Unix, it is generally January 1st, 1970.
The actual value can be retrieved by calling gmtime(0).

The other representation is a tuple of 9 integers giving local time.
The tuple items are:
  year (including century, e.g. 1998)
  month (1-12)
  day (1-31)
  hours (0-23)
  minutes (0-59)
  seconds (0-59)
  weekday (0-6, Monday is 0)
  Julian day (day in the year, 1-366)
  DST (Daylight Savings Time) flag (-1, 0 or 1)
If the DST flag is 0, the time is given in the regular time zone;
if it is 1, the time is given in the DST time zone;
if it is -1, mktime() should guess based on the date and time.
"""

# tern: the clocks are native (`_tern_time`, modules/time.rs), as are the C
# library calls behind localtime/gmtime/mktime/strftime; struct_time and
# the rest are here.

import _tern_time
from _tern_time import monotonic, monotonic_ns, perf_counter, perf_counter_ns, process_time, sleep, time, time_ns

CLOCK_REALTIME = 0
CLOCK_MONOTONIC = 1
CLOCK_PROCESS_CPUTIME_ID = 2
CLOCK_THREAD_CPUTIME_ID = 3
CLOCK_MONOTONIC_RAW = 4
CLOCK_BOOTTIME = 7
CLOCK_TAI = 11

_STRUCT_TM_ITEMS = 11
_FIELDS = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst")


class struct_time(tuple):
    """The time value as returned by gmtime(), localtime(), and strptime(), and
 accepted by asctime(), mktime() and strftime().  May be considered as a
 sequence of 9 integers.

 Note that several fields' values are not the same as those defined by
 the C language standard for struct tm.  For example, the value of the
 field tm_year is the actual year, not year - 1900.  See individual
 fields' descriptions for details."""

    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __new__(cls, sequence, dict=None):
        if not hasattr(type(sequence), "__iter__"):
            raise TypeError("constructor requires a sequence")
        items = list(sequence)
        if len(items) < 9:
            raise TypeError(f"time.struct_time() takes an at least 9-sequence ({len(items)}-sequence given)")
        if len(items) > 11:
            raise TypeError(f"time.struct_time() takes an at most 11-sequence ({len(items)}-sequence given)")
        self = tuple.__new__(cls, items[:9])
        extra = items[9:] + [None] * (11 - len(items))
        self._zone, self._gmtoff = extra
        return self

    def __repr__(self):
        inner = ", ".join(f"{n}={v!r}" for n, v in zip(_FIELDS, self))
        return f"time.struct_time({inner})"

    def __reduce__(self):
        return (struct_time, (tuple(self), {"tm_zone": self._zone, "tm_gmtoff": self._gmtoff}))

    tm_year = property(lambda self: self[0], doc="year, for example, 1993")
    tm_mon = property(lambda self: self[1], doc="month of year, range [1, 12]")
    tm_mday = property(lambda self: self[2], doc="day of month, range [1, 31]")
    tm_hour = property(lambda self: self[3], doc="hours, range [0, 23]")
    tm_min = property(lambda self: self[4], doc="minutes, range [0, 59]")
    tm_sec = property(lambda self: self[5], doc="seconds, range [0, 61])")
    tm_wday = property(lambda self: self[6], doc="day of week, range [0, 6], Monday is 0")
    tm_yday = property(lambda self: self[7], doc="day of year, range [1, 366]")
    tm_isdst = property(lambda self: self[8], doc="1 if summer time is in effect, 0 if not, and -1 if unknown")
    tm_zone = property(lambda self: self._zone, doc="abbreviation of timezone name")
    tm_gmtoff = property(lambda self: self._gmtoff, doc="offset from UTC in seconds")


struct_time.__module__ = "time"


def _secs(secs):
    return time() if secs is None else secs


def gmtime(seconds=None, /):
    return struct_time(_tern_time.gmtime(_secs(seconds)))


def localtime(seconds=None, /):
    return struct_time(_tern_time.localtime(_secs(seconds)))


def _tuple(t, name):
    if isinstance(t, struct_time):
        return list(t) + [t.tm_zone, t.tm_gmtoff]
    if not isinstance(t, tuple):
        raise TypeError("Tuple or struct_time argument required")
    if len(t) != 9:
        raise TypeError(f"{name}(): illegal time tuple argument")
    return list(t)


def mktime(t, /):
    return _tern_time.mktime(_tuple(t, "mktime"))


def _checked(t, name):
    fields = _tuple(t, name)
    y, mon, mday, hour, minute, sec, wday, yday, isdst = fields[:9]
    if mon == 0:
        mon = 1
    elif not 1 <= mon <= 12:
        raise ValueError("month out of range")
    if mday == 0:
        mday = 1
    elif not 1 <= mday <= 31:
        raise ValueError("day of month out of range")
    if not 0 <= hour <= 23:
        raise ValueError("hour out of range")
    if not 0 <= minute <= 59:
        raise ValueError("minute out of range")
    if not 0 <= sec <= 61:
        raise ValueError("seconds out of range")
    if wday < 0:
        raise ValueError("day of week out of range")
    if yday == 0:
        yday = 1
    elif not 1 <= yday <= 366:
        raise ValueError("day of year out of range")
    fields[1:9] = [mon, mday, hour, minute, sec, wday % 7, yday, isdst]
    return fields


def strftime(format, t=None, /):
    if not isinstance(format, str):
        raise TypeError(f"strftime() argument 1 must be str, not {type(format).__name__}")
    fields = _checked(localtime() if t is None else t, "strftime")
    return _tern_time.strftime(format, fields)


_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def asctime(t=None, /):
    y, mon, mday, hour, minute, sec, wday = _checked(localtime() if t is None else t, "asctime")[:7]
    return f"{_DAYS[wday]} {_MONTHS[mon - 1]} {mday:2d} {hour:02d}:{minute:02d}:{sec:02d} {y}"


def ctime(seconds=None, /):
    return asctime(localtime(seconds))


def strptime(data_string, format="%a %b %d %H:%M:%S %Y", /):
    import _strptime

    return _strptime._strptime_time(data_string, format)


def process_time_ns():
    return int(process_time() * 1e9)


thread_time = process_time
thread_time_ns = process_time_ns


def clock_gettime(clk_id, /):
    return time() if clk_id == CLOCK_REALTIME else monotonic()


def clock_gettime_ns(clk_id, /):
    return time_ns() if clk_id == CLOCK_REALTIME else monotonic_ns()


def get_clock_info(name, /):
    import types

    info = {
        "time": ("clock_gettime(CLOCK_REALTIME)", True, False, 1e-09),
        "monotonic": ("clock_gettime(CLOCK_MONOTONIC)", False, True, 1e-09),
        "perf_counter": ("clock_gettime(CLOCK_MONOTONIC)", False, True, 1e-09),
        "process_time": ("clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", False, True, 1e-09),
        "thread_time": ("clock_gettime(CLOCK_THREAD_CPUTIME_ID)", False, True, 1e-09),
    }
    if name not in info:
        raise ValueError("unknown clock")
    impl, adj, mono, res = info[name]
    return types.SimpleNamespace(implementation=impl, adjustable=adj, monotonic=mono, resolution=res)


def tzset():
    global timezone, altzone, daylight, tzname
    year = gmtime()[0]
    jan = localtime(mktime((year, 1, 1, 0, 0, 0, 0, 1, -1)))
    jul = localtime(mktime((year, 7, 1, 0, 0, 0, 0, 182, -1)))
    janzone, julzone = -jan.tm_gmtoff, -jul.tm_gmtoff
    if janzone < julzone:
        # DST is reversed in the southern hemisphere.
        timezone, altzone, daylight, tzname = julzone, janzone, 1, (jul.tm_zone, jan.tm_zone)
    else:
        timezone, altzone, daylight, tzname = janzone, julzone, int(janzone != julzone), (jan.tm_zone, jul.tm_zone)


tzset()
