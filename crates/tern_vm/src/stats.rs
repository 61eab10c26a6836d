//! Specialization statistics (`-X stats`, `sys._stats_on()` ...).
//!
//! Counting costs nothing when it is off: the dispatch loop is compiled
//! twice (`execute::<true>` and `execute::<false>`), and only the counting
//! instantiation touches these counters. `run` picks the instantiation from
//! `Stats::active` and re-picks it when a native call flips the switch.
//! With the cargo feature `stats` disabled the counting instantiation is
//! not compiled at all and asking for statistics says so.
//!
//! Per opcode we count executions (at dispatch), guard failures (misses),
//! deopts (a miss that exhausted the budget and rewrote the site back to
//! its adaptive form), specializations made (indexed by the specialized
//! opcode written), and, per family, failed attempts by reason. Hits of a
//! specialized instruction are its executions minus its misses. With
//! cycle timing, each instruction is charged the time from its dispatch to
//! the next dispatch (used by the cost model, see docs/cost-model.md).

use std::collections::HashMap;

/// Whether this build can count (the `stats` cargo feature).
pub const COMPILED_IN: bool = cfg!(feature = "stats");

const OPS: usize = 256;

/// The counters. Allocated on first use so that a run without statistics
/// carries only an empty struct.
#[derive(Default)]
pub struct Stats {
    /// Counting now: `run` uses the counting dispatch loop.
    pub active: bool,
    /// Asked for at start (`-X stats`): print the report at exit.
    pub report_at_exit: bool,
    /// `-X stats-json=PATH`: write the JSON report there at exit.
    pub json_path: Option<String>,
    pub exec: Vec<u64>,
    pub pairs: Vec<u64>,
    pub misses: Vec<u64>,
    pub deopts: Vec<u64>,
    pub specialized: Vec<u64>,
    pub cycles: Vec<u64>,
    /// Failed specialization attempts: (family opcode, reason) -> count.
    pub failures: HashMap<(u8, &'static str), u64>,
    prev: u8,
    last_tick: u64,
    /// Watcher invalidations counted before `start` (they count as deopts).
    invalidations_base: Vec<u64>,
    pub code: CodeStats,
}

/// What the code objects loaded while counting look like.
#[derive(Default, Clone, Copy)]
pub struct CodeStats {
    /// Code objects loaded.
    pub objects: u64,
    /// Of those, the ones with at least one inline cache.
    pub with_caches: u64,
    /// Inline cache words over all of them (4 bytes each).
    pub cache_words: u64,
    /// Instruction words (excluding caches).
    pub instr_words: u64,
}

impl Stats {
    fn ensure(&mut self) {
        if self.exec.is_empty() {
            self.exec = vec![0; OPS];
            self.pairs = vec![0; OPS * OPS];
            self.misses = vec![0; OPS];
            self.deopts = vec![0; OPS];
            self.specialized = vec![0; OPS];
            self.cycles = vec![0; OPS];
        }
    }

    /// Starts counting (keeps what was counted before).
    pub fn start(&mut self) {
        if !COMPILED_IN {
            return;
        }
        self.ensure();
        self.active = true;
        self.prev = 0;
        self.invalidations_base = crate::watchers::invalidations();
        self.last_tick = ticks();
    }

    /// Stops counting (keeps the counts).
    pub fn stop(&mut self) {
        if self.active {
            self.charge(ticks());
            // A site rewritten by a dict watcher was deoptimized too.
            let now = crate::watchers::invalidations();
            for (op, (n, base)) in now.iter().zip(&self.invalidations_base).enumerate() {
                self.deopts[op] += n - base;
            }
        }
        self.active = false;
    }

    /// Forgets everything counted so far.
    pub fn clear(&mut self) {
        let (active, report, json) = (self.active, self.report_at_exit, self.json_path.take());
        *self = Stats { report_at_exit: report, json_path: json, ..Stats::default() };
        if active {
            self.start();
        }
    }

    fn charge(&mut self, now: u64) {
        let p = self.prev as usize;
        self.cycles[p] = self.cycles[p].wrapping_add(now.wrapping_sub(self.last_tick));
        self.last_tick = now;
    }

    /// One instruction dispatched (the counting loop only).
    #[inline]
    pub fn dispatch(&mut self, op: u8) {
        self.charge(ticks());
        self.exec[op as usize] += 1;
        self.pairs[(self.prev as usize) * OPS + op as usize] += 1;
        self.prev = op;
    }

    /// A specialized instruction's guard failed; `deopted` when that
    /// rewrote the site back to its adaptive form.
    #[inline]
    pub fn miss(&mut self, op: u8, deopted: bool) {
        self.misses[op as usize] += 1;
        if deopted {
            self.deopts[op as usize] += 1;
        }
    }

    /// A specialization attempt finished (only counted while active).
    pub fn attempt(&mut self, family: u8, result: Result<u8, &'static str>) {
        if !self.active {
            return;
        }
        match result {
            Ok(op) => self.specialized[op as usize] += 1,
            Err(reason) => *self.failures.entry((family, reason)).or_insert(0) += 1,
        }
    }

    /// A code object was loaded (counted only while active).
    pub fn code_loaded(&mut self, instr_words: u64, cache_words: u64) {
        if !self.active {
            return;
        }
        self.code.objects += 1;
        self.code.instr_words += instr_words;
        self.code.cache_words += cache_words;
        if cache_words > 0 {
            self.code.with_caches += 1;
        }
    }

    /// Whether anything has been counted yet.
    pub fn is_empty(&self) -> bool {
        self.exec.is_empty()
    }
}

/// A cheap monotonic tick count: the time-stamp counter on x86-64,
/// nanoseconds elsewhere.
#[inline]
fn ticks() -> u64 {
    #[cfg(target_arch = "x86_64")]
    {
        // SAFETY: RDTSC has no preconditions on x86-64.
        unsafe { core::arch::x86_64::_rdtsc() }
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        use std::sync::OnceLock;
        static START: OnceLock<std::time::Instant> = OnceLock::new();
        START.get_or_init(std::time::Instant::now).elapsed().as_nanos() as u64
    }
}

/// Ticks one counted dispatch adds by itself (the timer read and the
/// counter updates), measured on a scratch counter set: the cost model
/// subtracts it from each instruction's measured ticks.
pub fn dispatch_overhead() -> f64 {
    let mut scratch = Stats::default();
    scratch.ensure();
    const N: u64 = 20_000;
    let t0 = ticks();
    for i in 0..N {
        scratch.dispatch((i & 1) as u8);
    }
    let t1 = ticks();
    std::hint::black_box(&scratch.exec);
    t1.wrapping_sub(t0) as f64 / N as f64
}

/// The process's peak resident set size in bytes (Linux), if known.
pub fn peak_rss() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}
