//! The statistics report: the per-family table, failure reasons,
//! specialization effectiveness, the most executed instructions and pairs,
//! and inline-cache memory, as text (`-X stats`, `sys._stats_dump()`) and
//! as JSON (`-X stats-json=PATH`). Both are built from one [`Summary`].

use crate::stats::{dispatch_overhead, peak_rss, CodeStats, Stats};
use std::fmt::Write;
use tern_bytecode::Opcode;

/// One family's numbers.
pub struct FamilyRow {
    pub family: Opcode,
    /// Executions of every member, the adaptive base form included.
    pub total: u64,
    /// Executions of specialized members whose guards held.
    pub hits: u64,
    pub misses: u64,
    /// Specializations made.
    pub opts: u64,
    pub deopts: u64,
    /// Failed specialization attempts, most frequent reason first.
    pub failures: Vec<(&'static str, u64)>,
    /// (member, executions, misses, specializations made, cycles).
    pub members: Vec<(Opcode, u64, u64, u64, u64)>,
}

/// Everything the report shows, computed once from the counters.
pub struct Summary {
    pub families: Vec<FamilyRow>,
    pub total: u64,
    /// Executions of instructions with no specialized forms.
    pub basic: u64,
    /// Executions of adaptive base forms (specializable, not specialized).
    pub unspecialized: u64,
    pub hits: u64,
    pub misses: u64,
    /// (opcode, executions, cycles), most executed first.
    pub instructions: Vec<(Opcode, u64, u64)>,
    /// (first, second, count), most frequent first.
    pub pairs: Vec<(Opcode, Opcode, u64)>,
    pub code: CodeStats,
    pub peak_rss: Option<u64>,
    /// Ticks one counted dispatch costs by itself (see `dispatch_overhead`).
    pub tick_overhead: f64,
}

/// Families that have at least one specialized member.
pub fn specializable_families() -> Vec<Opcode> {
    let mut out: Vec<Opcode> = Vec::new();
    for &op in tern_bytecode::opcode::ALL {
        if op.family() != op && !out.contains(&op.family()) {
            out.push(op.family());
        }
    }
    out
}

fn op_at(i: usize) -> Option<Opcode> {
    Opcode::from_u8(i as u8)
}

impl Summary {
    pub fn new(s: &Stats) -> Summary {
        let exec = |op: Opcode| s.exec.get(op as usize).copied().unwrap_or(0);
        let get = |v: &Vec<u64>, op: Opcode| v.get(op as usize).copied().unwrap_or(0);
        let fams = specializable_families();
        let mut families = Vec::new();
        let (mut hits, mut misses, mut unspecialized, mut total) = (0, 0, 0, 0);
        for &fam in &fams {
            let mut row =
                FamilyRow { family: fam, total: 0, hits: 0, misses: 0, opts: 0, deopts: 0, failures: Vec::new(), members: Vec::new() };
            for &op in tern_bytecode::opcode::ALL.iter().filter(|o| o.family() == fam) {
                let (n, m) = (exec(op), get(&s.misses, op));
                row.total += n;
                if op != fam {
                    row.hits += n.saturating_sub(m);
                    row.misses += m;
                }
                row.opts += get(&s.specialized, op);
                row.deopts += get(&s.deopts, op);
                row.members.push((op, n, m, get(&s.specialized, op), get(&s.cycles, op)));
            }
            unspecialized += exec(fam);
            let mut f: Vec<(&'static str, u64)> =
                s.failures.iter().filter(|((f, _), _)| *f == fam as u8).map(|((_, r), n)| (*r, *n)).collect();
            f.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
            row.failures = f;
            hits += row.hits;
            misses += row.misses;
            families.push(row);
        }
        let mut instructions: Vec<(Opcode, u64, u64)> =
            (0..s.exec.len()).filter_map(|i| op_at(i).map(|op| (op, s.exec[i], s.cycles[i]))).filter(|r| r.1 > 0).collect();
        instructions.sort_by(|a, b| b.1.cmp(&a.1).then((a.0 as u8).cmp(&(b.0 as u8))));
        let mut basic = 0;
        for &(op, n, _) in &instructions {
            total += n;
            if !fams.contains(&op.family()) {
                basic += n;
            }
        }
        let mut pairs: Vec<(Opcode, Opcode, u64)> = Vec::new();
        for (i, &n) in s.pairs.iter().enumerate() {
            if n > 0 {
                if let (Some(a), Some(b)) = (op_at(i / 256), op_at(i % 256)) {
                    pairs.push((a, b, n));
                }
            }
        }
        pairs.sort_by_key(|p| std::cmp::Reverse(p.2));
        pairs.truncate(20);
        Summary {
            families,
            total,
            basic,
            unspecialized,
            hits,
            misses,
            instructions,
            pairs,
            code: s.code,
            peak_rss: peak_rss(),
            tick_overhead: dispatch_overhead(),
        }
    }

    /// The text report printed by `-X stats` and `sys._stats_dump()`.
    pub fn text(&self) -> String {
        let mut o = String::new();
        let pct = |n: u64, d: u64| if d == 0 { 0.0 } else { 100.0 * n as f64 / d as f64 };
        let _ = writeln!(o, "tern specialization statistics");
        let _ = writeln!(o, "\nPer family (hits and misses: executions of specialized forms; total: all executions):");
        let _ = writeln!(
            o,
            "{:<18} {:>12} {:>12} {:>7} {:>10} {:>7} {:>7} {:>7} {:>7}",
            "family", "total", "hits", "hit%", "misses", "miss%", "opts", "deopts", "fails"
        );
        for r in &self.families {
            let fails: u64 = r.failures.iter().map(|f| f.1).sum();
            let _ = writeln!(
                o,
                "{:<18} {:>12} {:>12} {:>6.1}% {:>10} {:>6.1}% {:>7} {:>7} {:>7}",
                r.family.name(),
                r.total,
                r.hits,
                pct(r.hits, r.total),
                r.misses,
                pct(r.misses, r.total),
                r.opts,
                r.deopts,
                fails
            );
        }
        let _ = writeln!(o, "\nMembers (executions, misses):");
        for r in self.families.iter().filter(|r| r.total > 0) {
            let ms: Vec<String> = r.members.iter().filter(|m| m.1 > 0).map(|m| format!("{} {} ({})", m.0.name(), m.1, m.2)).collect();
            let _ = writeln!(o, "  {:<16} {}", r.family.name(), ms.join(", "));
        }
        let _ = writeln!(o, "\nSpecialization failures (top reasons per family):");
        for r in self.families.iter().filter(|r| !r.failures.is_empty()) {
            let fs: Vec<String> = r.failures.iter().take(5).map(|(why, n)| format!("{why}: {n}")).collect();
            let _ = writeln!(o, "  {:<16} {}", r.family.name(), fs.join("; "));
        }
        let _ = writeln!(o, "\nSpecialization effectiveness (share of {} executed instructions):", self.total);
        for (what, n) in [
            ("basic (not specializable)", self.basic),
            ("specializable, not specialized", self.unspecialized),
            ("specialized hits", self.hits),
            ("specialized misses", self.misses),
        ] {
            let _ = writeln!(o, "  {what:<32} {n:>12} {:>6.1}%", pct(n, self.total));
        }
        let _ = writeln!(o, "\nMost executed instructions:");
        for (i, (op, n, _)) in self.instructions.iter().take(20).enumerate() {
            let _ = writeln!(o, "  {:>2}. {:<28} {:>12} {:>6.1}%", i + 1, op.name(), n, pct(*n, self.total));
        }
        let _ = writeln!(o, "\nMost executed pairs:");
        for (i, (a, b, n)) in self.pairs.iter().enumerate() {
            let _ = writeln!(o, "  {:>2}. {:<28} {:<28} {:>12}", i + 1, a.name(), b.name(), n);
        }
        let c = &self.code;
        let _ = writeln!(o, "\nCode objects: {} loaded, {} with inline caches", c.objects, c.with_caches);
        let rss = self.peak_rss.map(|b| format!("{} bytes", b)).unwrap_or_else(|| "unknown".into());
        let _ = writeln!(
            o,
            "Inline caches: {} bytes ({} cache words beside {} instruction words); peak RSS: {rss}",
            c.cache_words * 4,
            c.cache_words,
            c.instr_words
        );
        o
    }

    /// The same data as JSON (`-X stats-json=PATH`).
    pub fn json(&self) -> String {
        let mut o = String::from("{\n  \"families\": {");
        for (i, r) in self.families.iter().enumerate() {
            let sep = if i == 0 { "" } else { "," };
            let _ = write!(
                o,
                "{sep}\n    {}: {{\"total\": {}, \"hits\": {}, \"misses\": {}, \"opts\": {}, \"deopts\": {}, \"failures\": {{",
                json_str(r.family.name()),
                r.total,
                r.hits,
                r.misses,
                r.opts,
                r.deopts
            );
            let fs: Vec<String> = r.failures.iter().map(|(why, n)| format!("{}: {n}", json_str(why))).collect();
            let _ = write!(o, "{}}}, \"members\": {{", fs.join(", "));
            let ms: Vec<String> = r
                .members
                .iter()
                .map(|(op, n, m, s, cyc)| {
                    format!("{}: {{\"exec\": {n}, \"misses\": {m}, \"specialized\": {s}, \"cycles\": {cyc}}}", json_str(op.name()))
                })
                .collect();
            let _ = write!(o, "{}}}}}", ms.join(", "));
        }
        let _ = write!(
            o,
            "\n  }},\n  \"effectiveness\": {{\"total\": {}, \"basic\": {}, \"unspecialized\": {}, \"hits\": {}, \"misses\": {}}},",
            self.total, self.basic, self.unspecialized, self.hits, self.misses
        );
        let ins: Vec<String> = self
            .instructions
            .iter()
            .map(|(op, n, cyc)| format!("\n    {}: {{\"exec\": {n}, \"cycles\": {cyc}}}", json_str(op.name())))
            .collect();
        let _ = write!(o, "\n  \"instructions\": {{{}\n  }},", ins.join(","));
        let ps: Vec<String> = self.pairs.iter().map(|(a, b, n)| format!("[{}, {}, {n}]", json_str(a.name()), json_str(b.name()))).collect();
        let _ = write!(o, "\n  \"pairs\": [{}],", ps.join(", "));
        let c = &self.code;
        let _ = write!(
            o,
            "\n  \"code\": {{\"objects\": {}, \"with_caches\": {}, \"cache_words\": {}, \"instr_words\": {}, \"cache_bytes\": {}}},",
            c.objects,
            c.with_caches,
            c.cache_words,
            c.instr_words,
            c.cache_words * 4
        );
        let rss = self.peak_rss.map(|b| b.to_string()).unwrap_or_else(|| "null".into());
        let _ = write!(o, "\n  \"peak_rss\": {rss},\n  \"tick_overhead\": {:.2}\n}}\n", self.tick_overhead);
        o
    }
}

fn json_str(s: &str) -> String {
    let mut o = String::from("\"");
    for ch in s.chars() {
        match ch {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            c if (c as u32) < 0x20 => {
                let _ = write!(o, "\\u{:04x}", c as u32);
            }
            c => o.push(c),
        }
    }
    o.push('"');
    o
}
