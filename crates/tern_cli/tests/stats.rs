//! Specialization statistics (`-X stats`, `-X stats-json`, `sys._stats_*`)
//! and `tern.dis`, on small programs whose counts are known.
//! These need a build with the default `stats` feature.

use std::process::{Command, Stdio};

fn run(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_tern"))
        // Counts below assume the default warm-up and mode.
        .env_remove("TERN_SPECIALIZE")
        .env_remove("TERN_WARMUP")
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("run tern");
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
}

/// One family's row of the text table: total, hits, misses, opts, deopts, fails.
#[derive(Debug, PartialEq)]
struct Row {
    total: u64,
    hits: u64,
    misses: u64,
    opts: u64,
    deopts: u64,
    fails: u64,
}

fn row(report: &str, family: &str) -> Row {
    let line = report
        .lines()
        .find(|l| l.split_whitespace().next() == Some(family) && l.contains('%'))
        .unwrap_or_else(|| panic!("no {family} row in:\n{report}"));
    let n: Vec<u64> = line.split_whitespace().skip(1).filter(|w| !w.ends_with('%')).map(|w| w.parse().expect("number")).collect();
    Row { total: n[0], hits: n[1], misses: n[2], opts: n[3], deopts: n[4], fails: n[5] }
}

fn stats_of(src: &str) -> String {
    let (code, _, err) = run(&["-X", "stats", "-c", src]);
    assert_eq!(code, 0, "{err}");
    err
}

#[test]
fn global_loads_hit() {
    let src = "G = 3\ndef f():\n    t = 0\n    for i in range(1000):\n        t += G\n    return t\nf()\n";
    let r = row(&stats_of(src), "LOAD_GLOBAL");
    assert!(r.total >= 1000, "{r:?}");
    assert!(r.hits * 100 >= r.total * 99, "fewer than 99% hits: {r:?}");
    assert_eq!((r.misses, r.deopts), (0, 0), "{r:?}");
}

#[test]
fn two_classes_share_a_site_three_deopt() {
    // Two classes at one LOAD_ATTR site: the site keeps both (one miss
    // when the second appears, no deopt).
    let two = "class A:\n    def __init__(self): self.v = 1\nclass B:\n    def __init__(self): self.v = 2\n\
               def g(objs):\n    t = 0\n    for o in objs:\n        t += o.v\n    return t\ng([A(), B()] * 500)\n";
    let r = row(&stats_of(two), "LOAD_ATTR");
    assert_eq!(r.deopts, 0, "{r:?}");
    assert!(r.misses <= 2 && r.hits * 100 >= r.total * 95, "{r:?}");
    // Three classes rotating: misses and deopts, bounded.
    let three = "class A:\n    def __init__(self): self.v = 1\nclass B:\n    def __init__(self): self.v = 2\n\
                 class C:\n    def __init__(self): self.v = 3\n\
                 def g(objs):\n    t = 0\n    for o in objs:\n        t += o.v\n    return t\ng([A(), B(), C()] * 500)\n";
    let r = row(&stats_of(three), "LOAD_ATTR");
    assert!(r.misses > 0 && r.deopts > 0, "{r:?}");
    // Bounded re-specialization: one site deopts at most MAX_DEOPTS (4) times.
    assert!(r.deopts <= 4 && r.opts <= 5, "{r:?}");
}

#[test]
fn builtin_shadowed_mid_loop_deopts_once() {
    // The global `len` appears at i == 500: the module dict's watcher
    // rewrites the LOAD_GLOBAL_BUILTIN site back to LOAD_GLOBAL at once (one
    // deopt, no misses), and after warming up again it specializes for the
    // module dict.
    let src = "def f():\n    n = 0\n    for i in range(1000):\n        n += len('ab')\n        if i == 500:\n            \
               globals()['len'] = lambda s: 5\n    return n\nprint(f())\n";
    let (code, out, err) = run(&["-X", "stats", "-c", src]);
    assert_eq!((code, out.as_str()), (0, "3497\n"), "{err}");
    let r = row(&err, "LOAD_GLOBAL");
    assert_eq!((r.misses, r.deopts, r.opts), (0, 1, 2), "{r:?}");
    assert!(err.contains("LOAD_GLOBAL_MODULE"), "{err}");
}

#[test]
fn region_switches_count_only_the_region() {
    let src = "import sys\ndef loop(n):\n    t = 0\n    for i in range(n):\n        t = t * 1 + i\n    return t\n\
               loop(5000)\nsys._stats_on()\nloop(300)\nsys._stats_off()\nloop(5000)\nsys._stats_dump()\n\
               sys._stats_clear()\nsys._stats_dump()\n";
    let (code, _, err) = run(&["-c", src]);
    assert_eq!(code, 0, "{err}");
    let reports: Vec<&str> = err.split("tern specialization statistics").skip(1).collect();
    assert_eq!(reports.len(), 2, "{err}");
    let r = row(reports[0], "BINARY_OP");
    assert_eq!(r.total, 600, "two BINARY_OPs per iteration of the counted region only: {r:?}");
    let r = row(reports[1], "BINARY_OP");
    assert_eq!(r.total, 0, "cleared: {r:?}");
}

#[test]
fn json_matches_table() {
    let dir = std::env::temp_dir().join(format!("tern-stats-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("stats.json");
    let p = path.to_str().expect("utf-8 path");
    let src = "class P:\n    def __init__(self, x): self.x = x\n    def get(self): return self.x\n\
               def f(ps):\n    return sum([p.get() + p.x for p in ps])\nprint(f([P(i) for i in range(200)]))\n";
    let (code, out, err) = run(&["-X", "stats", &format!("-Xstats-json={p}"), "-c", src]);
    assert_eq!((code, out.as_str()), (0, "39800\n"), "{err}");
    // python3 parses the JSON and prints each family's row as the table does.
    let check = Command::new("python3")
        .args([
            "-c",
            "import json,sys\nd=json.load(open(sys.argv[1]))\nfor k,v in d['families'].items():\n    \
             print(k, v['total'], v['hits'], v['misses'], v['opts'], v['deopts'], sum(v['failures'].values()))\n\
             e=d['effectiveness']\nassert e['basic']+e['unspecialized']+e['hits']+e['misses']==e['total']\n\
             assert d['code']['cache_bytes']==4*d['code']['cache_words']",
            p,
        ])
        .output()
        .expect("run python3");
    assert!(check.status.success(), "{}", String::from_utf8_lossy(&check.stderr));
    let rows = String::from_utf8_lossy(&check.stdout).into_owned();
    assert!(rows.lines().count() >= 8, "{rows}");
    for line in rows.lines() {
        let mut w = line.split_whitespace();
        let fam = w.next().expect("family");
        let n: Vec<u64> = w.map(|x| x.parse().expect("number")).collect();
        let r = row(&err, fam);
        assert_eq!(r, Row { total: n[0], hits: n[1], misses: n[2], opts: n[3], deopts: n[4], fails: n[5] }, "{fam}");
    }
    assert!(row(&err, "LOAD_ATTR").hits > 0 && row(&err, "CALL").hits > 0, "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn tern_dis_shows_caches() {
    let src = "import tern\nclass P:\n    def __init__(self): self.x = 1\ndef f(ps):\n    t = 0\n    for p in ps:\n        \
               t += p.x\n    return t\nf([P() for _ in range(50)])\ntern.dis(f)\n";
    let (code, out, err) = run(&["-c", src]);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("Disassembly of f"), "{out}");
    let line = out.lines().find(|l| l.contains("LOAD_ATTR_INSTANCE_VALUE")).unwrap_or_else(|| panic!("{out}"));
    assert!(line.contains("version=") && line.contains("index=0"), "{line}");
    let (_, out, _) = run(&["-X", "specialize=off", "-c", src]);
    assert!(!out.contains("LOAD_ATTR_INSTANCE_VALUE") && out.contains("counter="), "{out}");
}
