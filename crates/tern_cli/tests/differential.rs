//! Differential test suite: every Python program in the corpus is run by
//! `python3` (the oracle) and by tern, in each specialization mode, and the
//! results must match exactly.
//!
//! What is run:
//! - `tests/programs/**/*.py` (gating);
//! - `benchmarks/*.py` containing a line `# test-size: N`, run with `N` as
//!   `argv[1]` (gating);
//! - `tests/known_failures/**/*.py`: run and reported, never failing the test.
//!
//! Files and folders whose name starts with `_`, and folders that are Python
//! packages (they hold an `__init__.py`), are support code for the programs
//! and are not run themselves.
//!
//! What must match, per program and mode: stdout (byte for byte), the exit
//! status, and when the exit status is not zero, the last non-empty line of
//! stderr (`ZeroDivisionError: division by zero`).
//!
//! Environment:
//! - `TERN_BIN`: the tern binary (default: the one Cargo built);
//! - `TERN_PYTHON`: the oracle (default: `python3`);
//! - `TERN_TEST_FILTER`: run only programs whose path (relative to the
//!   workspace root) contains this substring;
//! - `TERN_TEST_MODES`: comma-separated subset of `on,off,first`;
//! - `TERN_TEST_JOBS`: programs run in parallel (default 2).
//!
//! Std only: no external crates.

use std::collections::VecDeque;
use std::fmt::Write as _;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{mpsc, Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

/// Wall-clock limit for one run of one program.
const TIMEOUT: Duration = Duration::from_secs(30);
/// Specialization modes, passed to tern as `TERN_SPECIALIZE=<mode>`.
const ALL_MODES: [&str; 3] = ["on", "off", "first"];
/// Lines of context around each change in a stdout diff.
const DIFF_CONTEXT: usize = 3;
/// At most this many diff lines are printed per mismatch.
const DIFF_MAX_LINES: usize = 80;
/// Lines of tern's stderr shown with a mismatch.
const STDERR_TAIL: usize = 12;

// ---------------------------------------------------------------------------
// Discovery

#[derive(Clone)]
struct Program {
    /// Absolute path of the `.py` file.
    path: PathBuf,
    /// Path relative to the workspace root, with `/` separators (for display
    /// and filtering).
    rel: String,
    /// Extra arguments after the file name (`argv[1:]`).
    args: Vec<String>,
    /// Under `tests/known_failures/`: reported, never gating.
    known_failure: bool,
}

fn workspace_root() -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join("..");
    root.canonicalize().unwrap_or(root)
}

fn is_support_name(name: &str) -> bool {
    name.starts_with('_') || name.starts_with('.')
}

/// All `*.py` under `dir`, sorted, skipping support files and folders.
fn collect_py(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for path in entries {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if is_support_name(name) {
            continue;
        }
        if path.is_dir() {
            if path.join("__init__.py").exists() {
                continue; // a package used by the programs, not a test folder
            }
            collect_py(&path, out);
        } else if name.ends_with(".py") {
            out.push(path);
        }
    }
}

fn rel_path(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect::<Vec<_>>().join("/")
}

/// The `N` of a `# test-size: N` line, if the file has one.
fn test_size(path: &Path) -> Option<String> {
    let text = std::fs::read_to_string(path).ok()?;
    text.lines().find_map(|line| {
        let rest = line.trim().strip_prefix('#')?.trim_start();
        let size = rest.strip_prefix("test-size:")?.trim();
        (!size.is_empty()).then(|| size.to_string())
    })
}

fn discover(root: &Path) -> Vec<Program> {
    let mut programs = Vec::new();
    for (folder, known_failure) in [("tests/programs", false), ("tests/known_failures", true)] {
        let mut files = Vec::new();
        collect_py(&root.join(folder), &mut files);
        for path in files {
            let rel = rel_path(root, &path);
            programs.push(Program { path, rel, args: Vec::new(), known_failure });
        }
    }
    // Benchmarks: top level only, and only those that declare a test size.
    if let Ok(entries) = std::fs::read_dir(root.join("benchmarks")) {
        let mut files: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        files.sort();
        for path in files {
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if !name.ends_with(".py") || is_support_name(name) || !path.is_file() {
                continue;
            }
            if let Some(size) = test_size(&path) {
                let rel = rel_path(root, &path);
                programs.push(Program { path, rel, args: vec![size], known_failure: false });
            }
        }
    }
    programs
}

// ---------------------------------------------------------------------------
// Running

#[derive(Clone, Debug, PartialEq)]
enum Status {
    Exited(i32),
    Signaled(i32),
    Timeout,
    SpawnError(String),
}

impl std::fmt::Display for Status {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Status::Exited(code) => write!(f, "exit {code}"),
            Status::Signaled(sig) => write!(f, "killed by signal {sig}"),
            Status::Timeout => write!(f, "timeout after {}s", TIMEOUT.as_secs()),
            Status::SpawnError(e) => write!(f, "could not start: {e}"),
        }
    }
}

struct RunOutput {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    status: Status,
    elapsed: Duration,
}

/// Reads a pipe to its end on its own thread, so that a child filling one
/// pipe never blocks on the other.
fn pipe_reader<R: Read + Send + 'static>(pipe: Option<R>) -> mpsc::Receiver<Vec<u8>> {
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        let mut buf = Vec::new();
        if let Some(mut pipe) = pipe {
            let _ = pipe.read_to_end(&mut buf);
        }
        let _ = tx.send(buf);
    });
    rx
}

/// The output collected by a reader. Bounded wait: a grandchild that inherited
/// the pipe and outlives the child must not stall the harness.
fn collect(rx: mpsc::Receiver<Vec<u8>>) -> Vec<u8> {
    rx.recv_timeout(Duration::from_secs(5)).unwrap_or_default()
}

fn wait_with_timeout(child: &mut Child, start: Instant) -> Status {
    let mut nap = Duration::from_millis(1);
    loop {
        match child.try_wait() {
            Ok(Some(status)) => {
                if let Some(code) = status.code() {
                    return Status::Exited(code);
                }
                #[cfg(unix)]
                {
                    use std::os::unix::process::ExitStatusExt;
                    if let Some(sig) = status.signal() {
                        return Status::Signaled(sig);
                    }
                }
                return Status::Signaled(-1);
            }
            Ok(None) => {}
            Err(e) => return Status::SpawnError(format!("wait failed: {e}")),
        }
        if start.elapsed() >= TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            return Status::Timeout;
        }
        thread::sleep(nap);
        nap = (nap * 2).min(Duration::from_millis(20));
    }
}

/// Runs `exe program args...` in the program's folder with stdin null.
fn run(exe: &str, program: &Program, env: &[(&str, &str)]) -> RunOutput {
    let dir = program.path.parent().unwrap_or(Path::new("."));
    let file = program.path.file_name().expect("program has a file name");
    let mut cmd = Command::new(exe);
    cmd.arg(file)
        .args(&program.args)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        // Same text encoding everywhere, and no __pycache__ in the source tree.
        .env("PYTHONUTF8", "1")
        .env("PYTHONIOENCODING", "utf-8")
        .env("PYTHONDONTWRITEBYTECODE", "1");
    for (key, value) in env {
        cmd.env(key, value);
    }
    let start = Instant::now();
    let mut child = match cmd.spawn() {
        Ok(child) => child,
        Err(e) => {
            return RunOutput {
                stdout: Vec::new(),
                stderr: Vec::new(),
                status: Status::SpawnError(format!("{exe}: {e}")),
                elapsed: start.elapsed(),
            }
        }
    };
    let out = pipe_reader(child.stdout.take());
    let err = pipe_reader(child.stderr.take());
    let status = wait_with_timeout(&mut child, start);
    let elapsed = start.elapsed();
    RunOutput { stdout: collect(out), stderr: collect(err), status, elapsed }
}

// ---------------------------------------------------------------------------
// Comparing and reporting

fn last_nonempty_line(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    text.lines().rev().map(str::trim_end).find(|l| !l.is_empty()).unwrap_or("").to_string()
}

fn tail(bytes: &[u8], n: usize) -> Vec<String> {
    let text = String::from_utf8_lossy(bytes);
    let lines: Vec<&str> = text.lines().collect();
    lines[lines.len().saturating_sub(n)..].iter().map(|l| l.to_string()).collect()
}

/// A line as shown in a diff: control characters (other than tab) escaped.
fn show(line: &str) -> String {
    if line.chars().any(|c| c.is_control() && c != '\t') {
        let quoted = format!("{line:?}");
        format!("{quoted} (escaped)")
    } else {
        line.to_string()
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Edit {
    Same,
    Del,
    Ins,
}

/// Line edits turning `a` into `b`: LCS on the part between the common
/// prefix and suffix, or delete-all/insert-all when that part is too big.
fn diff_lines(a: &[&str], b: &[&str]) -> Vec<(Edit, usize, usize)> {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..].iter().rev().zip(b[prefix..].iter().rev()).take_while(|(x, y)| x == y).count();
    let (am, bm) = (&a[prefix..a.len() - suffix], &b[prefix..b.len() - suffix]);
    let mut edits: Vec<(Edit, usize, usize)> = (0..prefix).map(|i| (Edit::Same, i, i)).collect();
    let (n, m) = (am.len(), bm.len());
    if n.saturating_mul(m) <= 4_000_000 {
        // lcs[i][j] = LCS length of am[i..] and bm[j..]
        let width = m + 1;
        let mut lcs = vec![0u32; (n + 1) * width];
        for i in (0..n).rev() {
            for j in (0..m).rev() {
                lcs[i * width + j] =
                    if am[i] == bm[j] { lcs[(i + 1) * width + j + 1] + 1 } else { lcs[(i + 1) * width + j].max(lcs[i * width + j + 1]) };
            }
        }
        let (mut i, mut j) = (0, 0);
        while i < n || j < m {
            if i < n && j < m && am[i] == bm[j] {
                edits.push((Edit::Same, prefix + i, prefix + j));
                i += 1;
                j += 1;
            } else if i < n && (j == m || lcs[(i + 1) * width + j] >= lcs[i * width + j + 1]) {
                edits.push((Edit::Del, prefix + i, prefix + j));
                i += 1;
            } else {
                edits.push((Edit::Ins, prefix + i, prefix + j));
                j += 1;
            }
        }
    } else {
        edits.extend((0..n).map(|i| (Edit::Del, prefix + i, prefix)));
        edits.extend((0..m).map(|j| (Edit::Ins, prefix + n, prefix + j)));
    }
    edits.extend((0..suffix).map(|k| (Edit::Same, a.len() - suffix + k, b.len() - suffix + k)));
    edits
}

/// The lines of a text; a final newline does not start another line.
fn split_lines(text: &str) -> Vec<&str> {
    if text.is_empty() {
        return Vec::new();
    }
    text.strip_suffix('\n').unwrap_or(text).split('\n').collect()
}

/// A unified-style diff of two texts (`-` expected, `+` actual).
fn render_diff(expected: &str, actual: &str) -> String {
    let a = split_lines(expected);
    let b = split_lines(actual);
    let edits = diff_lines(&a, &b);
    // Which edits to print: every change and DIFF_CONTEXT lines around it.
    let mut keep = vec![false; edits.len()];
    for (k, (edit, _, _)) in edits.iter().enumerate() {
        if *edit != Edit::Same {
            let lo = k.saturating_sub(DIFF_CONTEXT);
            let hi = (k + DIFF_CONTEXT + 1).min(edits.len());
            keep[lo..hi].iter_mut().for_each(|x| *x = true);
        }
    }
    let mut out = String::new();
    let mut printed = 0;
    let mut k = 0;
    while k < edits.len() {
        if !keep[k] {
            k += 1;
            continue;
        }
        let (_, i, j) = edits[k];
        let _ = writeln!(out, "    @@ expected line {}, actual line {} @@", i + 1, j + 1);
        while k < edits.len() && keep[k] {
            if printed == DIFF_MAX_LINES {
                let rest = edits[k..].iter().filter(|e| e.0 != Edit::Same).count();
                let _ = writeln!(out, "    ... diff truncated ({rest} more changed lines)");
                return out;
            }
            let (edit, i, j) = edits[k];
            let _ = match edit {
                Edit::Same => writeln!(out, "      {}", show(a[i])),
                Edit::Del => writeln!(out, "    - {}", show(a[i])),
                Edit::Ins => writeln!(out, "    + {}", show(b[j])),
            };
            printed += 1;
            k += 1;
        }
    }
    let newline = |t: &str| t.is_empty() || t.ends_with('\n');
    if newline(expected) != newline(actual) {
        let which = if newline(expected) { "actual" } else { "expected" };
        let _ = writeln!(out, "    (note: {which} output has no newline at the end)");
    }
    out
}

/// `None` when `actual` matches `expected`, else a readable explanation.
fn compare(expected: &RunOutput, actual: &RunOutput) -> Option<String> {
    let mut report = String::new();
    if actual.status == Status::Timeout {
        let _ = writeln!(report, "  timeout: tern did not finish in {}s", TIMEOUT.as_secs());
    } else if expected.status != actual.status {
        let _ = writeln!(report, "  exit status: expected {}, got {}", expected.status, actual.status);
    }
    if expected.stdout != actual.stdout {
        let (e, a) = (String::from_utf8_lossy(&expected.stdout), String::from_utf8_lossy(&actual.stdout));
        let _ = writeln!(report, "  stdout differs (- expected, + actual):");
        report.push_str(&render_diff(&e, &a));
    }
    let nonzero = |s: &Status| !matches!(s, Status::Exited(0));
    if nonzero(&expected.status) || nonzero(&actual.status) {
        let (e, a) = (last_nonempty_line(&expected.stderr), last_nonempty_line(&actual.stderr));
        if e != a {
            let _ = writeln!(report, "  last stderr line differs:");
            let _ = writeln!(report, "    - {}", show(&e));
            let _ = writeln!(report, "    + {}", show(&a));
        }
    }
    if report.is_empty() {
        return None;
    }
    let lines = tail(&actual.stderr, STDERR_TAIL);
    if lines.is_empty() {
        let _ = writeln!(report, "  tern stderr: (empty)");
    } else {
        let _ = writeln!(report, "  tern stderr (last {} lines):", lines.len());
        for line in lines {
            let _ = writeln!(report, "    | {}", show(&line));
        }
    }
    Some(report)
}

// ---------------------------------------------------------------------------
// The test

struct ModeResult {
    mode: &'static str,
    /// `None` = pass; otherwise the mismatch report.
    failure: Option<String>,
    elapsed: Duration,
}

struct ProgramResult {
    program: Program,
    modes: Vec<ModeResult>,
}

fn run_program(program: &Program, python: &str, tern: &str, modes: &[&'static str]) -> ProgramResult {
    let oracle = run(python, program, &[]);
    let oracle_problem = match &oracle.status {
        Status::Timeout | Status::SpawnError(_) | Status::Signaled(_) => {
            let mut problem = format!("  the oracle ({python}) failed: {}\n", oracle.status);
            for line in tail(&oracle.stderr, STDERR_TAIL) {
                let _ = writeln!(problem, "    | {}", show(&line));
            }
            Some(problem)
        }
        Status::Exited(_) => None,
    };
    let modes = modes
        .iter()
        .map(|&mode| {
            if let Some(problem) = &oracle_problem {
                return ModeResult { mode, failure: Some(problem.clone()), elapsed: Duration::ZERO };
            }
            let actual = run(tern, program, &[("TERN_SPECIALIZE", mode)]);
            ModeResult { mode, failure: compare(&oracle, &actual), elapsed: actual.elapsed }
        })
        .collect();
    ProgramResult { program: program.clone(), modes }
}

#[test]
fn differential() {
    let root = workspace_root();
    let tern = std::env::var("TERN_BIN").ok().filter(|s| !s.is_empty()).unwrap_or_else(|| env!("CARGO_BIN_EXE_tern").to_string());
    let python = std::env::var("TERN_PYTHON").ok().filter(|s| !s.is_empty());
    let python = python.unwrap_or_else(|| "python3".to_string());
    let filter = std::env::var("TERN_TEST_FILTER").ok().filter(|s| !s.is_empty());
    let modes: Vec<&'static str> = match std::env::var("TERN_TEST_MODES") {
        Ok(list) if !list.trim().is_empty() => {
            let wanted: Vec<&str> = list.split(',').map(str::trim).collect();
            for w in &wanted {
                assert!(ALL_MODES.contains(w), "TERN_TEST_MODES: unknown mode {w:?}");
            }
            ALL_MODES.iter().copied().filter(|m| wanted.contains(m)).collect()
        }
        _ => ALL_MODES.to_vec(),
    };
    let jobs: usize = std::env::var("TERN_TEST_JOBS").ok().and_then(|s| s.parse().ok()).filter(|&n| n > 0).unwrap_or(2);

    let all = discover(&root);
    let discovered = all.len();
    let programs: Vec<Program> = all.into_iter().filter(|p| filter.as_deref().is_none_or(|f| p.rel.contains(f))).collect();
    println!("running {} programs ({} discovered), modes {:?}, tern = {tern}, oracle = {python}", programs.len(), discovered, modes);
    if programs.is_empty() {
        assert!(filter.is_some(), "no programs found under {}/tests/programs", root.display());
        println!("no program matches TERN_TEST_FILTER={:?}", filter.unwrap());
        println!("differential: 0 passed, 0 failed");
        return;
    }

    // Workers take programs from a shared queue and send back results.
    let queue = Arc::new(Mutex::new(programs.iter().cloned().collect::<VecDeque<_>>()));
    let (tx, rx) = mpsc::channel::<ProgramResult>();
    let workers: Vec<_> = (0..jobs.min(programs.len()))
        .map(|_| {
            let (queue, tx) = (Arc::clone(&queue), tx.clone());
            let (python, tern, modes) = (python.clone(), tern.clone(), modes.clone());
            thread::spawn(move || loop {
                let next = queue.lock().unwrap().pop_front();
                let Some(program) = next else { break };
                if tx.send(run_program(&program, &python, &tern, &modes)).is_err() {
                    break;
                }
            })
        })
        .collect();
    drop(tx);

    let mut results = Vec::new();
    for result in rx {
        if !result.program.known_failure {
            // One report per distinct failure: identical ones in several
            // modes are printed once, with the list of modes.
            let mut groups: Vec<(&str, Vec<&str>)> = Vec::new();
            for m in &result.modes {
                let Some(report) = m.failure.as_deref() else {
                    continue;
                };
                match groups.iter_mut().find(|(r, _)| *r == report) {
                    Some((_, modes)) => modes.push(m.mode),
                    None => groups.push((report, vec![m.mode])),
                }
            }
            for (report, modes) in groups {
                println!("\n---- FAIL {} [TERN_SPECIALIZE={}] ----\n{report}", result.program.rel, modes.join(","));
            }
        }
        results.push(result);
    }
    for w in workers {
        w.join().expect("worker thread panicked");
    }
    results.sort_by(|a, b| a.program.rel.cmp(&b.program.rel));

    // Known failures: reported, never gating.
    let known: Vec<&ProgramResult> = results.iter().filter(|r| r.program.known_failure).collect();
    if !known.is_empty() {
        println!("\nknown failures (not gating):");
        for r in &known {
            let failing: Vec<&str> = r.modes.iter().filter(|m| m.failure.is_some()).map(|m| m.mode).collect();
            if failing.is_empty() {
                println!("  NOW PASSES  {} (move it to tests/programs/)", r.program.rel);
            } else {
                let first = r.modes.iter().find_map(|m| m.failure.as_deref()).unwrap_or("");
                let reason = first.lines().next().unwrap_or("").trim();
                println!("  still fails {} [{}]: {reason}", r.program.rel, failing.join(","));
            }
        }
    }

    // Slowest runs, to keep the suite fast.
    let mut timings: Vec<(Duration, &str, &str)> =
        results.iter().flat_map(|r| r.modes.iter().map(move |m| (m.elapsed, r.program.rel.as_str(), m.mode))).collect();
    timings.sort_by_key(|t| std::cmp::Reverse(t.0));
    if timings.first().is_some_and(|t| t.0 > Duration::from_secs(2)) {
        println!("\nslowest tern runs:");
        for (elapsed, rel, mode) in timings.iter().take(5) {
            println!("  {:>7.2}s {rel} [{mode}]", elapsed.as_secs_f64());
        }
    }

    let mut passed = 0;
    let mut failed = Vec::new();
    for r in results.iter().filter(|r| !r.program.known_failure) {
        for m in &r.modes {
            match m.failure {
                None => passed += 1,
                Some(_) => failed.push(format!("{} [{}]", r.program.rel, m.mode)),
            }
        }
    }
    println!();
    println!("differential: {} passed, {} failed", passed, failed.len());
    for f in &failed {
        println!("  FAILED {f}");
    }
    if !failed.is_empty() {
        panic!("{} differential run(s) failed (program [mode]); see the report above", failed.len());
    }
}
