#!/usr/bin/env python3
"""Benchmark runner: tern against CPython (and optionally other interpreters).

Usage (from the repository root):

    python3 benchmarks/run.py                    # build, then run everything
    python3 benchmarks/run.py --filter nbody --rounds 3
    python3 benchmarks/run.py --vs pypy3 --markdown benchmarks/RESULTS.md

See benchmarks/README.md for what every column means.
"""

import argparse
import datetime
import json
import math
import os
import platform
import re
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(BENCH_DIR)
DEFAULT_TERN = os.path.join(REPO_ROOT, "target", "release", "tern")
SYSTEM_PYTHON = "/usr/bin/python3.11"

HEADER_RE = re.compile(r"^#\s*(test-size|default-size):\s*(\d+)\s*$")


# --------------------------------------------------------------------------
# discovery

class Benchmark:
    def __init__(self, name, path, default_size, test_size, description):
        self.name = name
        self.path = path
        self.default_size = default_size
        self.test_size = test_size
        self.description = description


def read_headers(path):
    """Return (default_size, test_size, first comment line) from the top of a file."""
    sizes = {}
    description = ""
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f):
            if lineno > 30:
                break
            m = HEADER_RE.match(line.strip())
            if m:
                sizes[m.group(1)] = int(m.group(2))
            elif lineno == 0 and line.startswith("#"):
                description = line.lstrip("#").strip()
    return sizes.get("default-size"), sizes.get("test-size"), description


def discover():
    benches = []
    for fname in sorted(os.listdir(BENCH_DIR)):
        if not fname.endswith(".py") or fname == os.path.basename(__file__):
            continue
        path = os.path.join(BENCH_DIR, fname)
        default_size, test_size, description = read_headers(path)
        if default_size is None or test_size is None:
            continue
        benches.append(Benchmark(fname[:-3], path, default_size, test_size, description))
    return benches


# --------------------------------------------------------------------------
# interpreters

class Interpreter:
    def __init__(self, label, argv, version=""):
        self.label = label
        self.argv = argv
        self.version = version

    def describe(self):
        text = " ".join(shlex.quote(a) for a in self.argv)
        if self.version:
            text += " (" + self.version + ")"
        return text


def probe_python(cmd_argv):
    """Ask a Python-like command for its real executable and version."""
    code = "import sys; print(sys.executable); print(sys.version.split()[0])"
    try:
        out = subprocess.run(cmd_argv + ["-c", code], capture_output=True, text=True,
                             timeout=60, stdin=subprocess.DEVNULL)
    except (OSError, subprocess.TimeoutExpired):
        return None, ""
    if out.returncode != 0:
        return None, ""
    lines = out.stdout.strip().splitlines()
    if len(lines) < 2 or not lines[0] or not os.path.isfile(lines[0]):
        return None, ""
    return lines[0], lines[1]


def resolve_command(label, command):
    """Resolve a command such as "python3" or "pypy3" to its real executable,
    so that launcher shims (pyenv, etc.) do not add start-up time."""
    argv = shlex.split(command)
    if not argv:
        raise SystemExit("empty interpreter command for %s" % label)
    exe, version = probe_python(argv)
    if exe is not None and len(argv) == 1:
        return Interpreter(label, [exe], version)
    found = shutil.which(argv[0])
    if found is None:
        raise SystemExit("interpreter command not found: %s" % command)
    return Interpreter(label, [found] + argv[1:], version)


# --------------------------------------------------------------------------
# running one process

class RunResult:
    def __init__(self, ok, seconds, maxrss_kib, stdout, error):
        self.ok = ok
        self.seconds = seconds
        self.maxrss_kib = maxrss_kib
        self.stdout = stdout
        self.error = error


HELPER_SRC = os.path.join(BENCH_DIR, "rusage_helper.c")
HELPER_BIN = os.path.join(REPO_ROOT, "target", "bench-tools", "rusage_helper")


def prepare_helper():
    """Compile rusage_helper.c (once) so that peak RSS is measured from a tiny
    parent; see the comment in that file. Returns its path, or None."""
    try:
        if (os.path.isfile(HELPER_BIN) and
                os.path.getmtime(HELPER_BIN) >= os.path.getmtime(HELPER_SRC)):
            return HELPER_BIN
        cc = shutil.which("cc") or shutil.which("gcc") or shutil.which("clang")
        if cc is None:
            return None
        os.makedirs(os.path.dirname(HELPER_BIN), exist_ok=True)
        tmp = HELPER_BIN + ".tmp%d" % os.getpid()
        res = subprocess.run([cc, "-O2", "-o", tmp, HELPER_SRC], capture_output=True, text=True)
        if res.returncode != 0:
            log("compiling rusage_helper.c failed:\n" + res.stderr)
            return None
        os.replace(tmp, HELPER_BIN)
        return HELPER_BIN
    except OSError as e:
        log("cannot prepare rusage_helper: %s" % e)
        return None


def run_once(argv, timeout, helper=None):
    """Run argv once; measure wall time and the child's own peak RSS (wait4).

    With `helper` the command runs under rusage_helper, which reports the
    grandchild's rusage and its own fork-to-reap wall time; without it the
    child's ru_maxrss is taken from os.wait4 directly (then it is never below
    this runner's own RSS -- see rusage_helper.c)."""
    result_path = None
    if helper is not None:
        fd, result_path = tempfile.mkstemp(prefix="tern-bench-", suffix=".rusage")
        os.close(fd)
        argv = [helper, result_path] + list(argv)
    try:
        return _run_once(argv, timeout, result_path)
    finally:
        if result_path is not None:
            try:
                os.unlink(result_path)
            except OSError:
                pass


def _run_once(argv, timeout, result_path):
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        try:
            proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=out, stderr=err,
                                    cwd=BENCH_DIR, start_new_session=True)
        except OSError as e:
            return RunResult(False, 0.0, 0, b"", "cannot start: %s" % e)
        timed_out = []
        lock = threading.Lock()
        reaped = []

        def kill():
            with lock:
                if reaped:
                    return
                timed_out.append(True)
                try:
                    os.killpg(proc.pid, signal.SIGKILL)
                except OSError:
                    pass

        timer = threading.Timer(timeout, kill)
        timer.daemon = True
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            with lock:
                reaped.append(True)
            timer.cancel()
        elapsed = time.perf_counter() - start
        code = os.waitstatus_to_exitcode(status)
        proc.returncode = code  # tell Popen the child is already reaped
        out.seek(0)
        stdout = out.read()
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    maxrss = usage.ru_maxrss
    how = "signal %d" % -code if code < 0 else "exit %d" % code
    if result_path is not None and not timed_out:
        try:
            with open(result_path) as f:
                fields = f.read().split()
            maxrss = int(fields[0])
            elapsed = int(fields[1]) / 1e9
            how = fields[2] + " " + fields[3]
        except (OSError, ValueError, IndexError):
            return RunResult(False, elapsed, 0, stdout,
                             "rusage_helper gave no result (%s)" % how)
    if timed_out:
        return RunResult(False, elapsed, maxrss, stdout, "timeout after %gs" % timeout)
    if how != "exit 0":
        tail = [ln for ln in stderr.strip().splitlines() if ln.strip()][-1:]
        reason = how.replace("exit", "exit status").replace("signal", "killed by signal")
        if tail:
            reason += ": " + tail[0][:200]
        return RunResult(False, elapsed, maxrss, stdout, reason)
    return RunResult(True, elapsed, maxrss, stdout, "")


def first_difference(expected, actual):
    exp_lines = expected.decode("utf-8", "replace").splitlines()
    act_lines = actual.decode("utf-8", "replace").splitlines()
    for i in range(max(len(exp_lines), len(act_lines))):
        e = exp_lines[i] if i < len(exp_lines) else "<missing>"
        a = act_lines[i] if i < len(act_lines) else "<missing>"
        if e != a:
            return "output differs at line %d: expected %r, got %r" % (i + 1, e[:80], a[:80])
    return "output differs (trailing whitespace/newlines)"


# --------------------------------------------------------------------------
# statistics

def median(values):
    s = sorted(values)
    n = len(s)
    if n == 0:
        return float("nan")
    if n % 2:
        return s[n // 2]
    return (s[n // 2 - 1] + s[n // 2]) / 2.0


def geomean(values):
    values = [v for v in values if v is not None and v > 0]
    if not values:
        return None
    return math.exp(sum(math.log(v) for v in values) / len(values))


class Series:
    """All timed runs of one interpreter on one benchmark."""

    def __init__(self):
        self.times = []        # per round; None where the round did not run
        self.rss = []
        self.error = None

    @property
    def failed(self):
        return self.error is not None

    def median_time(self):
        return median([t for t in self.times if t is not None])

    def peak_rss_mib(self):
        vals = [r for r in self.rss if r is not None]
        return max(vals) / 1024.0 if vals else None


class Comparison:
    """Ratio a/b of two series of one benchmark: median ratio and per-round spread."""

    def __init__(self, a, b):
        self.a = a
        self.b = b

    def valid(self):
        return not self.a.failed and not self.b.failed and self.a.times and self.b.times

    def ratio(self):
        if not self.valid():
            return None
        return self.a.median_time() / self.b.median_time()

    def spread(self):
        if not self.valid():
            return None
        per_round = [x / y for x, y in zip(self.a.times, self.b.times)
                     if x is not None and y is not None and y > 0]
        if not per_round:
            return None
        return min(per_round), max(per_round)


# --------------------------------------------------------------------------
# the run

def benchmark_one(bench, size, interps, rounds, timeout, log, helper=None):
    """Returns {label: Series}. interps[0] is the reference (python3)."""
    argv_tail = [bench.path, str(size)]
    series = {it.label: Series() for it in interps}
    reference = interps[0]
    ref_out = None

    # warm-up: one run each; the reference's output is the expected output
    for it in interps:
        res = run_once(it.argv + argv_tail, timeout, helper)
        s = series[it.label]
        if not res.ok:
            s.error = "warm-up: " + res.error
        elif it is reference:
            ref_out = res.stdout
        elif res.stdout != ref_out:
            s.error = "warm-up: " + first_difference(ref_out, res.stdout)
        if it is reference and s.failed:
            for other in interps[1:]:
                series[other.label].error = "reference %s failed" % reference.label
            log("  %s FAILED: %s" % (it.label, s.error))
            return series, None
    for it in interps:
        if series[it.label].failed:
            log("  %s FAILED: %s" % (it.label, series[it.label].error))

    for r in range(rounds):
        k = r % len(interps)
        order = interps[k:] + interps[:k]  # rotate who goes first each round
        for it in order:
            s = series[it.label]
            if s.failed:
                s.times.append(None)
                s.rss.append(None)
                continue
            res = run_once(it.argv + argv_tail, timeout, helper)
            if not res.ok:
                s.error = "round %d: %s" % (r + 1, res.error)
            elif res.stdout != ref_out:
                s.error = "round %d: %s" % (r + 1, first_difference(ref_out, res.stdout))
            if s.failed:
                log("  %s FAILED: %s" % (it.label, s.error))
                s.times.append(None)
                s.rss.append(None)
                if it is reference:
                    for other in interps[1:]:
                        if not series[other.label].failed:
                            series[other.label].error = "reference %s failed" % reference.label
                    return series, ref_out
                continue
            s.times.append(res.seconds)
            s.rss.append(res.maxrss_kib)
    return series, ref_out


# --------------------------------------------------------------------------
# formatting

def fmt_time(series):
    if series is None:
        return "-"
    if series.failed:
        return "FAILED"
    return "%.3f" % series.median_time()


def fmt_ratio(comp):
    r = comp.ratio() if comp else None
    if r is None:
        return "FAILED"
    return "%.2f" % r


def fmt_spread(comp):
    s = comp.spread() if comp else None
    if s is None:
        return "-"
    return "%.2f-%.2f" % s


def fmt_rss(series):
    if series is None:
        return "-"
    v = series.peak_rss_mib()
    if v is None:
        return "FAILED" if series.failed else "-"
    return "%.1f" % v


def fmt_geo(value, count, total):
    if value is None:
        return "n/a"
    text = "%.3f" % value
    if count != total:
        text += " (%d/%d)" % (count, total)
    return text


def text_table(header, rows, align):
    widths = [len(h) for h in header]
    for row in rows:
        if row is None:
            continue
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], len(cell))

    def fmt(row):
        cells = []
        for i, cell in enumerate(row):
            cells.append(cell.ljust(widths[i]) if align[i] == "l" else cell.rjust(widths[i]))
        return "  ".join(cells).rstrip()

    lines = [fmt(header), "  ".join("-" * w for w in widths)]
    for row in rows:
        if row is None:
            lines.append("  ".join("-" * w for w in widths))
        else:
            lines.append(fmt(row))
    return "\n".join(lines)


def markdown_table(header, rows, align):
    lines = ["| " + " | ".join(header) + " |",
             "|" + "|".join(":---" if a == "l" else "---:" for a in align) + "|"]
    for row in rows:
        if row is None:
            continue
        lines.append("| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |")
    return "\n".join(lines)


def build_tables(results, tern, refs, tern_off):
    """results: list of (bench, size, series_by_label). Returns list of
    (title, header, rows, align, summary_lines)."""
    tables = []
    n = len(results)

    # 1. tern against every reference interpreter
    header = ["benchmark", "size", "tern s"]
    align = ["l", "r", "r"]
    for ref in refs:
        header += [ref.label + " s", "tern/" + ref.label, "spread"]
        align += ["r", "r", "r"]
    rows = []
    ratios = {ref.label: [] for ref in refs}
    for bench, size, series in results:
        row = [bench.name, str(size), fmt_time(series[tern.label])]
        for ref in refs:
            comp = Comparison(series[tern.label], series[ref.label])
            row += [fmt_time(series[ref.label]), fmt_ratio(comp), fmt_spread(comp)]
            ratios[ref.label].append(comp.ratio())
        rows.append(row)
    geo_row = ["geomean", "", ""]
    summary = []
    for ref in refs:
        vals = [r for r in ratios[ref.label] if r is not None]
        g = geomean(vals)
        geo_row += ["", fmt_geo(g, len(vals), n), ""]
        summary.append("geomean tern/%s = %s over %d of %d benchmarks%s" % (
            ref.label, "n/a" if g is None else "%.3f" % g, len(vals), n,
            "" if g is None else " (tern is %.2fx %s)" % (
                (1 / g, "faster") if g < 1 else (g, "slower"))))
    rows.append(None)
    rows.append(geo_row)
    tables.append(("tern vs reference interpreters (median wall time, lower ratio = tern faster)",
                   header, rows, align, summary))

    # 2. tern -X specialize=off
    if tern_off is not None:
        header = ["benchmark", "tern s", "spec=off s", "default/off", "spread", "speedup"]
        align = ["l", "r", "r", "r", "r", "r"]
        rows = []
        vals = []
        for bench, size, series in results:
            comp = Comparison(series[tern.label], series[tern_off.label])
            r = comp.ratio()
            rows.append([bench.name, fmt_time(series[tern.label]), fmt_time(series[tern_off.label]),
                         fmt_ratio(comp), fmt_spread(comp), "-" if r is None else "%.2fx" % (1 / r)])
            if r is not None:
                vals.append(r)
        g = geomean(vals)
        rows.append(None)
        rows.append(["geomean", "", "", fmt_geo(g, len(vals), n), "",
                     "-" if g is None else "%.2fx" % (1 / g)])
        summary = ["geomean tern-default/tern-specialize-off = %s over %d of %d benchmarks%s" % (
            "n/a" if g is None else "%.3f" % g, len(vals), n,
            "" if g is None else " (specializer speedup %.2fx)" % (1 / g))]
        tables.append(("tern vs tern -X specialize=off (ratio default/off; speedup = off/default)",
                       header, rows, align, summary))

    # 3. peak RSS
    all_interps = [tern] + ([tern_off] if tern_off is not None else []) + refs
    header = ["benchmark"] + [it.label + " MiB" for it in all_interps]
    align = ["l"] + ["r"] * len(all_interps)
    rows = []
    for bench, size, series in results:
        rows.append([bench.name] + [fmt_rss(series[it.label]) for it in all_interps])
    tables.append(("peak RSS (max ru_maxrss over the timed rounds)", header, rows, align, []))
    return tables


def failures(results):
    lines = []
    for bench, size, series in results:
        for label in series:
            if series[label].failed:
                lines.append("%s [%s]: %s" % (bench.name, label, series[label].error))
    return lines


def git_commit():
    try:
        rev = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO_ROOT,
                             capture_output=True, text=True, timeout=30)
        if rev.returncode != 0:
            return "none (no commits)"
        commit = rev.stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"],
                               cwd=REPO_ROOT, capture_output=True, text=True, timeout=30)
        if dirty.returncode == 0 and dirty.stdout.strip():
            commit += " (with uncommitted changes)"
        return commit
    except (OSError, subprocess.TimeoutExpired):
        return "unknown"


def write_markdown(path, tables, meta, failure_lines):
    out = ["# Benchmark results", ""]
    for key, value in meta:
        out.append("- **%s**: %s" % (key, value))
    out.append("")
    for title, header, rows, align, summary in tables:
        out.append("## " + title[0].upper() + title[1:])
        out.append("")
        out.append(markdown_table(header, rows, align))
        out.append("")
        for line in summary:
            out.append("- " + line)
        if summary:
            out.append("")
    if failure_lines:
        out.append("## Failures")
        out.append("")
        for line in failure_lines:
            out.append("- " + line.replace("|", "\\|"))
        out.append("")
    out.append("Regenerate with `python3 benchmarks/run.py --markdown benchmarks/RESULTS.md`; "
               "see benchmarks/README.md for how to read the tables.")
    out.append("")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


def write_json(path, results, meta):
    data = {"meta": dict(meta), "benchmarks": []}
    for bench, size, series in results:
        entry = {"name": bench.name, "size": size, "interpreters": {}}
        for label, s in series.items():
            entry["interpreters"][label] = {
                "times": s.times, "maxrss_kib": s.rss, "error": s.error,
                "median": None if s.failed or not s.times else s.median_time(),
            }
        data["benchmarks"].append(entry)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, indent=1)
        f.write("\n")


# --------------------------------------------------------------------------
# main

def parse_args(argv):
    p = argparse.ArgumentParser(
        description="Run the tern benchmark suite against python3 (and others).")
    p.add_argument("--rounds", type=int, default=5,
                   help="timed rounds per benchmark after one warm-up run (default 5)")
    p.add_argument("--timeout", type=float, default=60.0,
                   help="seconds before a single run is killed and marked FAILED (default 60)")
    p.add_argument("--tern-bin", default=None,
                   help="path of the tern binary (default target/release/tern); "
                        "giving it skips the cargo build")
    p.add_argument("--no-build", action="store_true",
                   help="do not run 'cargo build --release -p tern_cli' first")
    p.add_argument("--python", default="python3",
                   help="reference CPython command, resolved to sys.executable (default python3)")
    p.add_argument("--no-system-python", action="store_true",
                   help="do not also time %s" % SYSTEM_PYTHON)
    p.add_argument("--vs", action="append", default=[], metavar="CMD",
                   help="another interpreter command to compare against (repeatable), e.g. pypy3")
    p.add_argument("--no-modes", action="store_true",
                   help="skip the tern -X specialize=off comparison")
    p.add_argument("--modes", action="store_true",
                   help="run the tern -X specialize=off comparison (the default; kept for clarity)")
    p.add_argument("--filter", action="append", default=[], metavar="SUBSTR",
                   help="only benchmarks whose name contains SUBSTR (repeatable, or comma-separated)")
    p.add_argument("--size-scale", type=float, default=1.0,
                   help="multiply every default size by this factor")
    p.add_argument("--test-sizes", action="store_true",
                   help="use each benchmark's small '# test-size' instead (a quick smoke run)")
    p.add_argument("--markdown", metavar="FILE",
                   help="also write the tables as markdown to FILE (e.g. benchmarks/RESULTS.md)")
    p.add_argument("--json", metavar="FILE", help="also write all raw timings as JSON to FILE")
    p.add_argument("--no-rss-helper", action="store_true",
                   help="do not compile/use rusage_helper.c (RSS then includes the runner's own)")
    p.add_argument("--list", action="store_true", help="list the benchmarks and exit")
    args = p.parse_args(argv)
    if args.rounds < 1:
        p.error("--rounds must be at least 1")
    if args.size_scale <= 0:
        p.error("--size-scale must be positive")
    return args


def own_maxrss_kib():
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def log(message):
    sys.stderr.write(message + "\n")
    sys.stderr.flush()


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    benches = discover()
    filters = [f for arg in args.filter for f in arg.split(",") if f]
    if filters:
        benches = [b for b in benches if any(f in b.name for f in filters)]
    if args.list:
        for b in benches:
            print("%-14s default %-7d test %-6d %s" % (b.name, b.default_size, b.test_size,
                                                       b.description))
        return 0
    if not benches:
        log("no benchmarks match")
        return 2

    # build tern
    tern_bin = args.tern_bin or DEFAULT_TERN
    if args.tern_bin is None and not args.no_build:
        log("building: cargo build --release -p tern_cli")
        build = subprocess.run(["cargo", "build", "--release", "-p", "tern_cli"], cwd=REPO_ROOT)
        if build.returncode != 0:
            log("cargo build failed (exit %d)" % build.returncode)
            return 1
    tern_bin = os.path.abspath(tern_bin)
    if not (os.path.isfile(tern_bin) and os.access(tern_bin, os.X_OK)):
        log("tern binary not found or not executable: %s" % tern_bin)
        return 1

    # interpreters; the first one is the reference whose output every run must match
    python = resolve_command("python3", args.python)
    refs = [python]
    if not args.no_system_python and os.path.exists(SYSTEM_PYTHON):
        if os.path.realpath(SYSTEM_PYTHON) != os.path.realpath(python.argv[0]):
            _, version = probe_python([SYSTEM_PYTHON])
            refs.append(Interpreter("python3.11", [SYSTEM_PYTHON], version))
    for cmd in args.vs:
        label = cmd.strip()
        if any(label == r.label for r in refs) or label in ("tern", "tern-off"):
            label += "#%d" % len(refs)
        refs.append(resolve_command(label, cmd))
    tern = Interpreter("tern", [tern_bin])
    tern_off = None if args.no_modes else Interpreter("tern-off", [tern_bin, "-X", "specialize=off"])
    interps = [python, tern] + ([tern_off] if tern_off else []) + refs[1:]

    helper = None if args.no_rss_helper else prepare_helper()
    if helper is None:
        rss_note = ("measured from the runner itself: values never go below the runner's "
                    "own RSS (about %.0f MiB)" % (own_maxrss_kib() / 1024.0))
        log("note: peak RSS is " + rss_note)
    else:
        rss_note = "measured by rusage_helper (wait4 ru_maxrss of the benchmark process)"
    log("interpreters:")
    for it in interps:
        log("  %-12s %s" % (it.label, it.describe()))
    log("rounds: %d (+1 warm-up), timeout %gs, %d benchmarks" % (args.rounds, args.timeout,
                                                                 len(benches)))

    results = []
    started = time.time()
    for i, bench in enumerate(benches):
        if args.test_sizes:
            size = bench.test_size
        else:
            size = max(1, int(round(bench.default_size * args.size_scale)))
        log("[%d/%d] %s (size %d)" % (i + 1, len(benches), bench.name, size))
        series, _ = benchmark_one(bench, size, interps, args.rounds, args.timeout, log, helper)
        results.append((bench, size, series))
        parts = []
        for it in interps:
            parts.append("%s %s" % (it.label, fmt_time(series[it.label])))
        log("  " + ", ".join(parts))
    elapsed = time.time() - started

    tables = build_tables(results, tern, refs, tern_off)
    for title, header, rows, align, summary in tables:
        print()
        print(title)
        print(text_table(header, rows, align))
        for line in summary:
            print(line)
    failure_lines = failures(results)
    if failure_lines:
        print()
        print("FAILED runs:")
        for line in failure_lines:
            print("  " + line)
    print()
    print("total wall time %.0fs" % elapsed)

    meta = [
        ("date", datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")),
        ("commit", git_commit()),
        ("machine", "%s, %s, %d CPUs" % (platform.platform(), platform.machine(),
                                         os.cpu_count() or 0)),
    ]
    for it in interps:
        meta.append((it.label, "`" + it.describe() + "`"))
    meta.append(("rounds", "%d timed (+1 warm-up), median reported" % args.rounds))
    meta.append(("peak RSS", rss_note))
    meta.append(("sizes", "test sizes" if args.test_sizes else "default x %g" % args.size_scale))
    meta.append(("command", "`python3 benchmarks/run.py " +
                 " ".join(shlex.quote(a) for a in (sys.argv[1:] if argv is None else argv)) + "`"))
    if args.markdown:
        write_markdown(args.markdown, tables, meta, failure_lines)
        log("wrote %s" % args.markdown)
    if args.json:
        write_json(args.json, results, meta)
        log("wrote %s" % args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
