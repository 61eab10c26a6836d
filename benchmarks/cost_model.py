#!/usr/bin/env python3
"""Cost model of the specializer: per family, an estimate of the reference's
Tbase/Tadaptive (shared/reference/adaptive-instruction-families.md) from
statistics runs and timings of default and -X specialize=off runs.

Usage (from the repository root, after `cargo build --release -p tern_cli`):

    python3 benchmarks/cost_model.py                      # every benchmark
    python3 benchmarks/cost_model.py --filter oo_sim --rounds 5

The method is written down in docs/cost-model.md.
"""

import argparse
import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run as bench_run  # noqa: E402  (the benchmark runner: discovery)


def stats_run(tern, bench, size, mode):
    """Runs one benchmark under -X stats-json; returns the parsed JSON."""
    fd, path = tempfile.mkstemp(prefix="tern-cost-", suffix=".json")
    os.close(fd)
    try:
        argv = [tern, "-X", "specialize=" + mode, "-X", "stats-json=" + path, bench.path, str(size)]
        res = subprocess.run(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE, cwd=bench_run.BENCH_DIR, timeout=600)
        if res.returncode != 0:
            raise SystemExit("%s failed under %s: %s" % (bench.name, mode, res.stderr.decode()[-500:]))
        with open(path) as f:
            return json.load(f)
    finally:
        os.unlink(path)


def timed(tern, bench, size, mode):
    argv = [tern, "-X", "specialize=" + mode, bench.path, str(size)]
    t0 = time.perf_counter()
    subprocess.run(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, check=True,
                   cwd=bench_run.BENCH_DIR, timeout=600)
    return time.perf_counter() - t0


def family_cost(data, family):
    """(executions, ticks net of counting overhead) of one family in a run."""
    fam = data["families"].get(family)
    if fam is None:
        return 0, 0.0
    n = sum(m["exec"] for m in fam["members"].values())
    ticks = sum(m["cycles"] for m in fam["members"].values())
    return n, ticks - n * data["tick_overhead"]


def net_ticks(data):
    n = sum(i["exec"] for i in data["instructions"].values())
    t = sum(i["cycles"] for i in data["instructions"].values())
    return t - n * data["tick_overhead"]


def main(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--tern-bin", default=bench_run.DEFAULT_TERN)
    p.add_argument("--filter", action="append", default=[])
    p.add_argument("--rounds", type=int, default=3, help="timed runs per mode (alternating)")
    p.add_argument("--size-scale", type=float, default=1.0)
    p.add_argument("--json", metavar="FILE", help="write the per-benchmark estimates as JSON")
    args = p.parse_args(argv)
    benches = [b for b in bench_run.discover()
               if not args.filter or any(f in b.name for a in args.filter for f in a.split(","))]
    suite = {}  # family -> [n_base, ticks_base, n_adaptive, ticks_adaptive]
    out = {}
    for b in benches:
        size = max(1, int(b.default_size * args.size_scale))
        on = stats_run(args.tern_bin, b, size, "on")
        off = stats_run(args.tern_bin, b, size, "off")
        t_on, t_off = [], []
        for _ in range(args.rounds):
            t_on.append(timed(args.tern_bin, b, size, "on"))
            t_off.append(timed(args.tern_bin, b, size, "off"))
        m_on, m_off = statistics.median(t_on), statistics.median(t_off)
        print("\n%s: measured Toff/Ton = %.3f (median of %d, %.3fs vs %.3fs); "
              "counted ticks off/on = %.3f" % (b.name, m_off / m_on, args.rounds, m_off, m_on,
                                                net_ticks(off) / max(1.0, net_ticks(on))))
        print("  %-16s %12s %7s %9s %9s %8s %9s" %
              ("family", "executions", "hit%", "Tbase", "Tadaptive", "ratio", "saved%"))
        saved_total = net_ticks(off) - net_ticks(on)
        rows = {}
        for fam in sorted(on["families"]):
            n_on, k_on = family_cost(on, fam)
            n_off, k_off = family_cost(off, fam)
            if n_on == 0 or n_off == 0:
                continue
            t_base, t_adapt = k_off / n_off, k_on / n_on
            hits = on["families"][fam]["hits"]
            saved = n_on * (t_base - t_adapt)
            rows[fam] = {"executions": n_on, "hit_rate": hits / n_on, "tbase": t_base,
                         "tadaptive": t_adapt, "saved_share": saved / saved_total if saved_total else 0.0}
            acc = suite.setdefault(fam, [0, 0.0, 0, 0.0])
            acc[0] += n_off
            acc[1] += k_off
            acc[2] += n_on
            acc[3] += k_on
            ratio = t_base / t_adapt if t_adapt > 0 else math.inf
            print("  %-16s %12d %6.1f%% %9.1f %9.1f %8.2f %8.1f%%" %
                  (fam, n_on, 100.0 * hits / n_on, t_base, t_adapt, ratio,
                   100.0 * rows[fam]["saved_share"]))
        out[b.name] = {"t_on": m_on, "t_off": m_off, "families": rows}
    print("\nWhole suite (executions and ticks summed over the benchmarks):")
    print("  %-16s %14s %9s %9s %8s" % ("family", "executions", "Tbase", "Tadaptive", "ratio"))
    for fam, (n_off, k_off, n_on, k_on) in sorted(suite.items()):
        t_base, t_adapt = k_off / n_off, k_on / n_on
        ratio = t_base / t_adapt if t_adapt > 0 else math.inf
        print("  %-16s %14d %9.1f %9.1f %8.2f" % (fam, n_on, t_base, t_adapt, ratio))
    if args.json:
        with open(args.json, "w") as f:
            json.dump(out, f, indent=1)


if __name__ == "__main__":
    main(sys.argv[1:])
