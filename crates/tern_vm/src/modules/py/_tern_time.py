"""The calendar half of the time module (struct_time, gmtime, localtime,
mktime, strftime, asctime, ctime), copied into `time` by its native
init. tern treats local time as UTC."""

_MONTHS = ('January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
           'November', 'December')
_DAYS = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')
_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst')

timezone = 0
altzone = 0
daylight = 0
tzname = ('UTC', 'UTC')


class struct_time(tuple):
    """The time value as returned by gmtime(), localtime(), and strptime()."""

    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        if len(seq) < 9:
            raise TypeError(f'time.struct_time() takes an at least 9-sequence ({len(seq)}-sequence given)')
        if len(seq) > 11:
            raise TypeError(f'time.struct_time() takes an at most 11-sequence ({len(seq)}-sequence given)')
        self = tuple.__new__(cls, seq[:9])
        self._zone = seq[9] if len(seq) > 9 else None
        self._gmtoff = seq[10] if len(seq) > 10 else None
        return self

    def __repr__(self):
        return 'time.struct_time(' + ', '.join(f'{n}={v!r}' for n, v in zip(_FIELDS, self)) + ')'

    def __reduce__(self):
        return (struct_time, (tuple(self), {}))

    tm_year = property(lambda s: s[0])
    tm_mon = property(lambda s: s[1])
    tm_mday = property(lambda s: s[2])
    tm_hour = property(lambda s: s[3])
    tm_min = property(lambda s: s[4])
    tm_sec = property(lambda s: s[5])
    tm_wday = property(lambda s: s[6])
    tm_yday = property(lambda s: s[7])
    tm_isdst = property(lambda s: s[8])
    tm_zone = property(lambda s: s._zone)
    tm_gmtoff = property(lambda s: s._gmtoff)


struct_time.__module__ = 'time'


def _days_to_civil(z):
    # Howard Hinnant's algorithm: days since 1970-01-01 to (y, m, d).
    z += 719468
    era = (z if z >= 0 else z - 146096) // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    return (y + 1 if m <= 2 else y), m, d


def _civil_to_days(y, m, d):
    y -= m <= 2
    era = (y if y >= 0 else y - 399) // 400
    yoe = y - era * 400
    doy = (153 * (m - 3 if m > 2 else m + 9) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def _isleap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def gmtime(secs=None):
    if secs is None:
        import time
        secs = time.time()
    if secs != secs:
        raise ValueError('Invalid value NaN (not a number)')
    secs = int(secs // 1)
    days, rem = divmod(secs, 86400)
    y, m, d = _days_to_civil(days)
    yday = days - _civil_to_days(y, 1, 1) + 1
    wday = (days + 3) % 7
    return struct_time((y, m, d, rem // 3600, rem // 60 % 60, rem % 60, wday, yday, 0, 'GMT', 0))


def localtime(secs=None):
    return gmtime(secs)


def mktime(t):
    t = tuple(t)
    if len(t) < 9:
        raise TypeError('mktime(): illegal time tuple argument')
    y, mo, d, h, mi, s = t[:6]
    return float(_civil_to_days(y, 1, 1) + (_civil_to_days(y, mo, 1) - _civil_to_days(y, 1, 1)) + d - 1) * 86400 + \
        h * 3600 + mi * 60 + s


def _now():
    import time
    return localtime(time.time())


def strftime(format, t=None):
    if t is None:
        t = _now()
    if not isinstance(format, str):
        raise TypeError(f'strftime() argument 1 must be str, not {type(format).__name__}')
    t = tuple(t)
    y, mo, d, h, mi, s, wd, yd = t[:8]
    out = []
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        if c != '%' or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        f = format[i + 1]
        i += 2
        if f == 'Y':
            out.append(str(y))
        elif f == 'm':
            out.append(f'{mo:02d}')
        elif f == 'd':
            out.append(f'{d:02d}')
        elif f == 'e':
            out.append(f'{d:2d}')
        elif f == 'H':
            out.append(f'{h:02d}')
        elif f == 'I':
            out.append(f'{(h % 12) or 12:02d}')
        elif f == 'M':
            out.append(f'{mi:02d}')
        elif f == 'S':
            out.append(f'{s:02d}')
        elif f == 'y':
            out.append(f'{y % 100:02d}')
        elif f == 'p':
            out.append('AM' if h < 12 else 'PM')
        elif f == 'b' or f == 'h':
            out.append(_MONTHS[mo - 1][:3])
        elif f == 'B':
            out.append(_MONTHS[mo - 1])
        elif f == 'a':
            out.append(_DAYS[wd][:3])
        elif f == 'A':
            out.append(_DAYS[wd])
        elif f == 'w':
            out.append(str((wd + 1) % 7))
        elif f == 'u':
            out.append(str(wd + 1))
        elif f == 'j':
            out.append(f'{yd:03d}')
        elif f == 'Z':
            out.append('UTC')
        elif f == 'z':
            out.append('+0000')
        elif f == 'c':
            out.append(asctime(t))
        elif f == 'x':
            out.append(f'{mo:02d}/{d:02d}/{y % 100:02d}')
        elif f == 'X' or f == 'T':
            out.append(f'{h:02d}:{mi:02d}:{s:02d}')
        elif f == 'D':
            out.append(f'{mo:02d}/{d:02d}/{y % 100:02d}')
        elif f == 'F':
            out.append(f'{y}-{mo:02d}-{d:02d}')
        elif f == 'R':
            out.append(f'{h:02d}:{mi:02d}')
        elif f == 'n':
            out.append('\n')
        elif f == 't':
            out.append('\t')
        elif f == '%':
            out.append('%')
        else:
            out.append('%' + f)
    return ''.join(out)


def asctime(t=None):
    if t is None:
        t = _now()
    y, mo, d, h, mi, s, wd = tuple(t)[:7]
    return f'{_DAYS[wd][:3]} {_MONTHS[mo - 1][:3]} {d:2d} {h:02d}:{mi:02d}:{s:02d} {y}'


def ctime(secs=None):
    return asctime(localtime(secs))


def tzset():
    pass
