# argparse (subcommands, types, defaults, errors with exit status 2 caught
# as SystemExit), datetime arithmetic and formatting, statistics, and
# contextlib helpers, as a command-line program would use them.
import argparse
import contextlib
import datetime as dt
import io
import statistics


def build_parser():
    p = argparse.ArgumentParser(prog="tool", description="A demo tool.")
    p.add_argument("-v", "--verbose", action="count", default=0)
    p.add_argument("--scale", type=float, default=1.0)
    sub = p.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("stats", help="summarize numbers")
    s.add_argument("values", nargs="+", type=int)
    s.add_argument("--mode", choices=["mean", "median", "all"], default="all")
    d = sub.add_parser("days", help="date arithmetic")
    d.add_argument("start")
    d.add_argument("--add", type=int, default=0)
    return p


def run(argv):
    p = build_parser()
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            ns = p.parse_args(argv)
    except SystemExit as e:
        last = err.getvalue().strip().splitlines()[-1]
        return f"exit {e.code}: {last}"
    if ns.cmd == "stats":
        vals = [v * ns.scale for v in ns.values]
        out = {"mean": statistics.mean(vals), "median": statistics.median(vals)}
        if ns.mode == "all":
            out["stdev"] = round(statistics.stdev(vals), 6) if len(vals) > 1 else None
            out["mode"] = statistics.mode(ns.values)
            out["quantiles"] = statistics.quantiles(ns.values, n=4) if len(vals) > 1 else None
        else:
            out = {ns.mode: out[ns.mode]}
        return f"v={ns.verbose} {out}"
    start = dt.date.fromisoformat(ns.start)
    end = start + dt.timedelta(days=ns.add)
    return f"{start:%A %d %B %Y} -> {end.isoformat()} ({end.strftime('%j')}, week {end.isocalendar()[1]})"


for argv in [
    ["stats", "3", "1", "4", "1", "5", "9", "2", "6"],
    ["-vv", "--scale", "0.5", "stats", "10", "20", "30", "--mode", "median"],
    ["days", "2024-02-27", "--add", "3"],
    ["days", "2023-12-31", "--add", "400"],
    ["stats"],
    ["stats", "1", "x"],
    ["stats", "1", "--mode", "max"],
    ["nope"],
    [],
]:
    print(argv, "=>", run(argv))

help_text = build_parser().format_help()
print(help_text.splitlines()[0])

t = dt.datetime(2024, 3, 10, 1, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
u = t.astimezone(dt.timezone.utc)
print(t.isoformat(), u.isoformat(), (u - t).total_seconds(), t.utcoffset(), t.strftime("%Y-%m-%dT%H:%M%z"))
print(dt.datetime(2020, 1, 31) + dt.timedelta(days=30, hours=25), dt.timedelta(days=-1, seconds=5), repr(dt.timedelta(microseconds=-1)))
print(dt.datetime.strptime("2021-07-04 12:05", "%Y-%m-%d %H:%M").replace(minute=0), dt.date(2024, 1, 1).weekday(), dt.date.max - dt.date(9999, 1, 1))
print(sorted([dt.date(2022, 5, 1), dt.date(2021, 5, 1), dt.date(2022, 1, 1)]), dt.time(23, 59, 59, 999999).isoformat())
print(statistics.fmean([1, 2, 3, 4]), statistics.geometric_mean([1, 10, 100]), statistics.harmonic_mean([1, 2, 4]), statistics.pvariance([1, 2, 3, 4]))
print(statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]), statistics.multimode("aabbbcc"))
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print("StatisticsError", e)
with contextlib.suppress(KeyError):
    {}["missing"]
stack = []
with contextlib.ExitStack() as es:
    for i in range(3):
        es.callback(stack.append, i)
print(stack)


@contextlib.contextmanager
def tag(name):
    print("<" + name + ">")
    try:
        yield name.upper()
    finally:
        print("</" + name + ">")


with tag("b") as t:
    print("inside", t)
