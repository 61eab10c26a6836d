//! The matcher: a backtracking interpreter over the code words that
//! `re/_compiler.py` emits.
//!
//! No Rust recursion: one loop runs the code, and one stack (`stack`)
//! holds both **choice points** (where to resume when the current path
//! fails) and **undo records** (old values of marks and repeat counters,
//! restored as failure unwinds past them, like a Prolog trail).
//! Sub-matches that must not be backtracked into once they succeed
//! (look-arounds, atomic groups, possessive repeats) push a `Frame` and a
//! `Barrier` entry; their `SUCCESS` cuts the choice points above the
//! barrier (keeping the undo records), and failure that reaches the
//! barrier ends the sub-match.
//!
//! Positions are code point (or byte) indices; `end` is `endpos`, and the
//! text beyond it is invisible.

use super::chars::{self, ascii_lower, ascii_upper, uni_lower};
use super::consts::{at, op, MAXREPEAT};

/// The code is malformed (only reachable through hand-made code given
/// to `_sre.compile`).
#[derive(Debug)]
pub struct Malformed;

type R<T> = Result<T, Malformed>;

const UNSET: usize = usize::MAX;

/// What a successful match found: spans are (-1, -1) for unmatched groups.
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub lastindex: i64,
    pub groups: Vec<(i64, i64)>,
}

/// How the pattern is applied at `pos`.
#[derive(Clone, Copy, PartialEq)]
pub enum Mode {
    Match,
    FullMatch,
    Search,
}

/// A `REPEAT ... MAX_UNTIL/MIN_UNTIL` in progress.
struct Repeat {
    count: i64,
    item: usize,
    min: u32,
    max: u32,
    last_ptr: usize,
    prev: usize,
}

enum Frame {
    Assert { cont: usize, ptr: usize },
    AssertNot { cont: usize, ptr: usize },
    Atomic { cont: usize },
    Possessive { item: usize, tail: usize, min: u32, max: u32, count: u32, iter_ptr: usize },
}

enum Entry {
    // Undo records.
    Mark { idx: usize, old: usize, old_last: i64 },
    RepCount { rep: usize, old: i64 },
    RepLast { rep: usize, old: usize },
    CurRepeat { old: usize },
    RepAlloc,
    // Choice points.
    Branch { alt: usize, ptr: usize },
    RepeatOne { tail: usize, base: usize, count: usize, min: usize },
    MinRepeatOne { tail: usize, item: usize, ptr: usize, count: usize, max: u32 },
    UntilTail { rep: usize, ptr: usize, tail: usize },
    MinUntilItem { rep: usize, ptr: usize, count: i64 },
    Barrier,
}

impl Entry {
    fn is_undo(&self) -> bool {
        matches!(self, Entry::Mark { .. } | Entry::RepCount { .. } | Entry::RepLast { .. } | Entry::CurRepeat { .. } | Entry::RepAlloc)
    }
}

struct Machine<'a, C> {
    code: &'a [u32],
    text: &'a [C],
    end: usize,
    start: usize,
    match_all: bool,
    must_advance: bool,
    marks: Vec<usize>,
    lastindex: i64,
    stack: Vec<Entry>,
    frames: Vec<Frame>,
    reps: Vec<Repeat>,
    cur_rep: usize,
}

/// Runs `code` over `text[..endpos]` from `pos`. `must_advance` refuses an
/// empty match at `pos` (the rule for the next match after an empty one).
pub fn run<C: Copy + Into<u32>>(
    code: &[u32],
    text: &[C],
    pos: usize,
    endpos: usize,
    groups: usize,
    mode: Mode,
    must_advance: bool,
) -> R<Option<Found>> {
    let end = endpos.min(text.len());
    let mut m = Machine {
        code,
        text: &text[..end],
        end,
        start: pos,
        match_all: mode == Mode::FullMatch,
        must_advance,
        marks: vec![UNSET; groups * 2],
        lastindex: -1,
        stack: Vec::new(),
        frames: Vec::new(),
        reps: Vec::new(),
        cur_rep: UNSET,
    };
    if mode != Mode::Search {
        return m.attempt(pos);
    }
    // A first literal (after INFO) lets the search skip positions.
    let (body, min_len) = match code.first() {
        Some(&op::INFO) => (1 + *code.get(1).ok_or(Malformed)? as usize, *code.get(3).ok_or(Malformed)? as usize),
        _ => (0, 0),
    };
    let first_lit = match code.get(body) {
        Some(&op::LITERAL) => code.get(body + 1).copied(),
        _ => None,
    };
    let mut s = pos;
    while s <= end {
        if end - s < min_len {
            break;
        }
        if let Some(l) = first_lit {
            if m.ch(s) != Some(l) {
                s += 1;
                continue;
            }
        }
        m.must_advance = must_advance && s == pos;
        if let Some(f) = m.attempt(s)? {
            return Ok(Some(f));
        }
        s += 1;
    }
    Ok(None)
}

impl<'a, C: Copy + Into<u32>> Machine<'a, C> {
    #[inline]
    fn ch(&self, i: usize) -> Option<u32> {
        self.text.get(i).map(|c| (*c).into())
    }

    #[inline]
    fn w(&self, i: usize) -> R<u32> {
        self.code.get(i).copied().ok_or(Malformed)
    }

    fn attempt(&mut self, pos: usize) -> R<Option<Found>> {
        self.marks.iter_mut().for_each(|m| *m = UNSET);
        self.lastindex = -1;
        self.stack.clear();
        self.frames.clear();
        self.reps.clear();
        self.cur_rep = UNSET;
        self.start = pos;
        let Some(end) = self.exec(pos)? else { return Ok(None) };
        let groups = self
            .marks
            .chunks(2)
            .map(|p| match p {
                [s, e] if *s != UNSET && *e != UNSET => (*s as i64, *e as i64),
                _ => (-1, -1),
            })
            .collect();
        Ok(Some(Found { start: pos, end, lastindex: self.lastindex, groups }))
    }

    fn set_mark(&mut self, idx: usize, ptr: usize) -> R<()> {
        let old = *self.marks.get(idx).ok_or(Malformed)?;
        self.stack.push(Entry::Mark { idx, old, old_last: self.lastindex });
        self.marks[idx] = ptr;
        if idx & 1 == 1 {
            self.lastindex = (idx / 2 + 1) as i64;
        }
        Ok(())
    }

    fn set_cur_rep(&mut self, rep: usize) {
        self.stack.push(Entry::CurRepeat { old: self.cur_rep });
        self.cur_rep = rep;
    }

    fn set_rep_count(&mut self, rep: usize, count: i64) {
        self.stack.push(Entry::RepCount { rep, old: self.reps[rep].count });
        self.reps[rep].count = count;
    }

    fn set_rep_last(&mut self, rep: usize, ptr: usize) {
        self.stack.push(Entry::RepLast { rep, old: self.reps[rep].last_ptr });
        self.reps[rep].last_ptr = ptr;
    }

    /// Removes the choice points above the top barrier, and the barrier;
    /// the undo records stay.
    fn cut(&mut self) {
        let Some(b) = self.stack.iter().rposition(|e| matches!(e, Entry::Barrier)) else { return };
        let kept: Vec<Entry> = self.stack.drain(b..).filter(Entry::is_undo).collect();
        self.stack.extend(kept);
    }

    /// Tries the alternative whose skip word is at `alt`; None past the last.
    fn enter_branch(&mut self, alt: usize, ptr: usize) -> R<Option<usize>> {
        let mut alt = alt;
        loop {
            let skip = self.w(alt)? as usize;
            if skip == 0 {
                return Ok(None);
            }
            let next = alt + skip;
            // Quick rejection of an alternative that starts with a literal.
            if self.w(alt + 1)? == op::LITERAL && self.ch(ptr) != Some(self.w(alt + 2)?) {
                alt = next;
                continue;
            }
            if self.w(next)? != 0 {
                self.stack.push(Entry::Branch { alt: next, ptr });
            }
            return Ok(Some(alt + 1));
        }
    }

    /// Tests one character against a single-character operation at `pc`:
    /// whether it matches, and the next pc. None if `pc` holds another kind
    /// of operation.
    fn single(&self, pc: usize, c: u32) -> R<Option<(bool, usize)>> {
        let code = self.code;
        let arg = || self.w(pc + 1);
        let set = |c: u32| chars::in_set(code, pc + 2, c).ok_or(Malformed);
        Ok(Some(match self.w(pc)? {
            op::ANY => (c != '\n' as u32, pc + 1),
            op::ANY_ALL => (true, pc + 1),
            op::LITERAL => (c == arg()?, pc + 2),
            op::NOT_LITERAL => (c != arg()?, pc + 2),
            op::LITERAL_IGNORE => (ascii_lower(c) == arg()?, pc + 2),
            op::NOT_LITERAL_IGNORE => (ascii_lower(c) != arg()?, pc + 2),
            op::LITERAL_UNI_IGNORE => (uni_lower(c) == arg()?, pc + 2),
            op::NOT_LITERAL_UNI_IGNORE => (uni_lower(c) != arg()?, pc + 2),
            op::LITERAL_LOC_IGNORE => {
                let a = arg()?;
                (c == a || ascii_lower(c) == a || ascii_upper(c) == a, pc + 2)
            }
            op::NOT_LITERAL_LOC_IGNORE => {
                let a = arg()?;
                (!(c == a || ascii_lower(c) == a || ascii_upper(c) == a), pc + 2)
            }
            op::CATEGORY => (chars::category(arg()?, c).ok_or(Malformed)?, pc + 2),
            op::IN => (set(c)?, pc + 1 + arg()? as usize),
            op::IN_IGNORE => (set(ascii_lower(c))?, pc + 1 + arg()? as usize),
            op::IN_UNI_IGNORE => (set(uni_lower(c))?, pc + 1 + arg()? as usize),
            op::IN_LOC_IGNORE => (set(c)? || set(ascii_lower(c))? || set(ascii_upper(c))?, pc + 1 + arg()? as usize),
            _ => return Ok(None),
        }))
    }

    /// How many times (up to `max`) the single-character item at `item`
    /// matches from `ptr`.
    fn count(&self, item: usize, ptr: usize, max: u32) -> R<usize> {
        let room = self.end.saturating_sub(ptr);
        let limit = if max == MAXREPEAT { room } else { room.min(max as usize) };
        let mut n = 0;
        while n < limit {
            let Some(c) = self.ch(ptr + n) else { break };
            match self.single(item, c)? {
                Some((true, _)) => n += 1,
                Some((false, _)) => break,
                None => return Err(Malformed),
            }
        }
        Ok(n)
    }

    fn at(&self, code: u32, ptr: usize) -> R<bool> {
        let nl = Some('\n' as u32);
        let prev = if ptr > 0 { self.ch(ptr - 1) } else { None };
        Ok(match code {
            at::BEGINNING | at::BEGINNING_STRING => ptr == 0,
            at::BEGINNING_LINE => ptr == 0 || prev == nl,
            at::END => ptr == self.end || (ptr + 1 == self.end && self.ch(ptr) == nl),
            at::END_LINE => ptr == self.end || self.ch(ptr) == nl,
            at::END_STRING => ptr == self.end,
            at::BOUNDARY | at::NON_BOUNDARY | at::LOC_BOUNDARY | at::LOC_NON_BOUNDARY | at::UNI_BOUNDARY | at::UNI_NON_BOUNDARY => {
                if self.end == 0 {
                    return Ok(false);
                }
                let uni = matches!(code, at::UNI_BOUNDARY | at::UNI_NON_BOUNDARY);
                let that = prev.is_some_and(|c| chars::is_word(c, uni));
                let this = self.ch(ptr).is_some_and(|c| chars::is_word(c, uni));
                if matches!(code, at::BOUNDARY | at::LOC_BOUNDARY | at::UNI_BOUNDARY) {
                    this != that
                } else {
                    this == that
                }
            }
            _ => return Err(Malformed),
        })
    }

    fn group_span(&self, g: u32) -> R<Option<(usize, usize)>> {
        let i = g as usize * 2;
        let (s, e) = (*self.marks.get(i).ok_or(Malformed)?, *self.marks.get(i + 1).ok_or(Malformed)?);
        Ok(if s == UNSET || e == UNSET || e < s { None } else { Some((s, e)) })
    }

    /// Unwinds to the newest choice point and resumes there: the new
    /// (pc, ptr), or None when no choice is left.
    fn backtrack(&mut self) -> R<Option<(usize, usize)>> {
        while let Some(e) = self.stack.pop() {
            match e {
                Entry::Mark { idx, old, old_last } => {
                    self.marks[idx] = old;
                    self.lastindex = old_last;
                }
                Entry::RepCount { rep, old } => self.reps[rep].count = old,
                Entry::RepLast { rep, old } => self.reps[rep].last_ptr = old,
                Entry::CurRepeat { old } => self.cur_rep = old,
                Entry::RepAlloc => {
                    self.reps.pop();
                }
                Entry::Barrier => match self.frames.pop() {
                    Some(Frame::AssertNot { cont, ptr }) => return Ok(Some((cont, ptr))),
                    Some(Frame::Possessive { tail, min, count, iter_ptr, .. }) if count >= min => return Ok(Some((tail, iter_ptr))),
                    _ => {}
                },
                Entry::Branch { alt, ptr } => {
                    if let Some(pc) = self.enter_branch(alt, ptr)? {
                        return Ok(Some((pc, ptr)));
                    }
                }
                Entry::RepeatOne { tail, base, count, min } => {
                    // Give back one character (more while the tail's
                    // first literal cannot match).
                    let lit = if self.w(tail)? == op::LITERAL { Some(self.w(tail + 1)?) } else { None };
                    let mut c = count - 1;
                    if let Some(l) = lit {
                        while self.ch(base + c) != Some(l) && c > min {
                            c -= 1;
                        }
                        if self.ch(base + c) != Some(l) {
                            continue;
                        }
                    }
                    if c > min {
                        self.stack.push(Entry::RepeatOne { tail, base, count: c, min });
                    }
                    return Ok(Some((tail, base + c)));
                }
                Entry::MinRepeatOne { tail, item, ptr, count, max } => {
                    let Some(c) = self.ch(ptr) else { continue };
                    match self.single(item, c)? {
                        Some((true, _)) => {}
                        Some((false, _)) => continue,
                        None => return Err(Malformed),
                    }
                    let (ptr, count) = (ptr + 1, count + 1);
                    if max != MAXREPEAT && count > max as usize {
                        continue;
                    }
                    self.stack.push(Entry::MinRepeatOne { tail, item, ptr, count, max });
                    return Ok(Some((tail, ptr)));
                }
                Entry::UntilTail { rep, ptr, tail } => {
                    let prev = self.reps[rep].prev;
                    self.set_cur_rep(prev);
                    return Ok(Some((tail, ptr)));
                }
                Entry::MinUntilItem { rep, ptr, count } => {
                    let r = &self.reps[rep];
                    if (r.max != MAXREPEAT && count >= r.max as i64) || ptr == r.last_ptr {
                        continue;
                    }
                    let item = r.item;
                    self.set_rep_count(rep, count);
                    self.set_rep_last(rep, ptr);
                    return Ok(Some((item, ptr)));
                }
            }
        }
        Ok(None)
    }

    /// Runs from `ptr` at the first word; the end of the match, if any.
    fn exec(&mut self, ptr: usize) -> R<Option<usize>> {
        let mut pc = 0usize;
        let mut ptr = ptr;
        loop {
            let opcode = self.w(pc)?;
            // Each arm either moves on (`continue`) or falls through to
            // the failure path below.
            match opcode {
                op::FAILURE => {}
                op::SUCCESS => match self.frames.last_mut() {
                    None => {
                        if !((self.match_all && ptr != self.end) || (self.must_advance && ptr == self.start)) {
                            return Ok(Some(ptr));
                        }
                    }
                    Some(Frame::Assert { cont, ptr: p }) => {
                        (pc, ptr) = (*cont, *p);
                        self.frames.pop();
                        self.cut();
                        continue;
                    }
                    Some(Frame::AssertNot { .. }) => {
                        self.frames.pop();
                        self.cut();
                    }
                    Some(Frame::Atomic { cont }) => {
                        pc = *cont;
                        self.frames.pop();
                        self.cut();
                        continue;
                    }
                    Some(Frame::Possessive { item, tail, min, max, count, iter_ptr }) => {
                        *count += 1;
                        let more = *max == MAXREPEAT || *count < *max;
                        if *count < *min || (more && (*count <= *min || ptr != *iter_ptr)) {
                            *iter_ptr = ptr;
                            pc = *item;
                            self.cut();
                            self.stack.push(Entry::Barrier);
                        } else {
                            pc = *tail;
                            self.frames.pop();
                            self.cut();
                        }
                        continue;
                    }
                },
                op::ANY
                | op::ANY_ALL
                | op::LITERAL
                | op::NOT_LITERAL
                | op::LITERAL_IGNORE
                | op::NOT_LITERAL_IGNORE
                | op::LITERAL_UNI_IGNORE
                | op::NOT_LITERAL_UNI_IGNORE
                | op::LITERAL_LOC_IGNORE
                | op::NOT_LITERAL_LOC_IGNORE
                | op::CATEGORY
                | op::IN
                | op::IN_IGNORE
                | op::IN_UNI_IGNORE
                | op::IN_LOC_IGNORE => {
                    if let Some(c) = self.ch(ptr) {
                        if let Some((true, next)) = self.single(pc, c)? {
                            pc = next;
                            ptr += 1;
                            continue;
                        }
                    }
                }
                op::AT => {
                    if self.at(self.w(pc + 1)?, ptr)? {
                        pc += 2;
                        continue;
                    }
                }
                op::JUMP => {
                    pc = pc + 1 + self.w(pc + 1)? as usize;
                    continue;
                }
                op::INFO => {
                    let min = self.w(pc + 3)? as usize;
                    if self.end.saturating_sub(ptr) >= min {
                        pc = pc + 1 + self.w(pc + 1)? as usize;
                        continue;
                    }
                }
                op::MARK => {
                    self.set_mark(self.w(pc + 1)? as usize, ptr)?;
                    pc += 2;
                    continue;
                }
                op::BRANCH => {
                    if let Some(next) = self.enter_branch(pc + 1, ptr)? {
                        pc = next;
                        continue;
                    }
                }
                op::REPEAT_ONE | op::MIN_REPEAT_ONE | op::POSSESSIVE_REPEAT_ONE => {
                    let tail = pc + 1 + self.w(pc + 1)? as usize;
                    let (min, max) = (self.w(pc + 2)?, self.w(pc + 3)?);
                    let item = pc + 4;
                    if ptr.saturating_add(min as usize) <= self.end {
                        let n = match opcode {
                            op::MIN_REPEAT_ONE => self.count(item, ptr, min)?,
                            _ => self.count(item, ptr, max)?,
                        };
                        if n >= min as usize {
                            match opcode {
                                op::REPEAT_ONE if n > min as usize => {
                                    self.stack.push(Entry::RepeatOne { tail, base: ptr, count: n, min: min as usize })
                                }
                                op::MIN_REPEAT_ONE => self.stack.push(Entry::MinRepeatOne { tail, item, ptr: ptr + n, count: n, max }),
                                _ => {}
                            }
                            ptr += n;
                            pc = tail;
                            continue;
                        }
                    }
                }
                op::REPEAT => {
                    let until = pc + 1 + self.w(pc + 1)? as usize;
                    let (min, max) = (self.w(pc + 2)?, self.w(pc + 3)?);
                    self.reps.push(Repeat { count: -1, item: pc + 4, min, max, last_ptr: UNSET, prev: self.cur_rep });
                    self.stack.push(Entry::RepAlloc);
                    self.set_cur_rep(self.reps.len() - 1);
                    pc = until;
                    continue;
                }
                op::MAX_UNTIL | op::MIN_UNTIL => {
                    let rep = self.cur_rep;
                    let Some(r) = self.reps.get(rep) else { return Err(Malformed) };
                    let count = r.count + 1;
                    let (item, min, max, last, prev) = (r.item, r.min as i64, r.max, r.last_ptr, r.prev);
                    if count < min {
                        self.set_rep_count(rep, count);
                        pc = item;
                        continue;
                    }
                    if opcode == op::MAX_UNTIL {
                        if (max == MAXREPEAT || count < max as i64) && ptr != last {
                            self.stack.push(Entry::UntilTail { rep, ptr, tail: pc + 1 });
                            self.set_rep_count(rep, count);
                            self.set_rep_last(rep, ptr);
                            pc = item;
                        } else {
                            self.set_cur_rep(prev);
                            pc += 1;
                        }
                    } else {
                        self.stack.push(Entry::MinUntilItem { rep, ptr, count });
                        self.set_cur_rep(prev);
                        pc += 1;
                    }
                    continue;
                }
                op::GROUPREF | op::GROUPREF_IGNORE | op::GROUPREF_UNI_IGNORE | op::GROUPREF_LOC_IGNORE => {
                    if let Some((s, e)) = self.group_span(self.w(pc + 1)?)? {
                        let len = e - s;
                        if ptr.saturating_add(len) <= self.end {
                            let fold = |c: u32| match opcode {
                                op::GROUPREF_IGNORE | op::GROUPREF_LOC_IGNORE => ascii_lower(c),
                                op::GROUPREF_UNI_IGNORE => uni_lower(c),
                                _ => c,
                            };
                            let same = (0..len).all(|i| match (self.ch(s + i), self.ch(ptr + i)) {
                                (Some(a), Some(b)) => fold(a) == fold(b),
                                _ => false,
                            });
                            if same {
                                ptr += len;
                                pc += 2;
                                continue;
                            }
                        }
                    }
                }
                op::GROUPREF_EXISTS => {
                    pc = match self.group_span(self.w(pc + 1)?)? {
                        Some(_) => pc + 3,
                        None => pc + 1 + self.w(pc + 2)? as usize,
                    };
                    continue;
                }
                op::ASSERT | op::ASSERT_NOT => {
                    let cont = pc + 1 + self.w(pc + 1)? as usize;
                    let back = self.w(pc + 2)? as usize;
                    if back <= ptr {
                        self.frames.push(if opcode == op::ASSERT { Frame::Assert { cont, ptr } } else { Frame::AssertNot { cont, ptr } });
                        self.stack.push(Entry::Barrier);
                        ptr -= back;
                        pc += 3;
                        continue;
                    } else if opcode == op::ASSERT_NOT {
                        pc = cont;
                        continue;
                    }
                }
                op::ATOMIC_GROUP => {
                    let cont = pc + 1 + self.w(pc + 1)? as usize;
                    self.frames.push(Frame::Atomic { cont });
                    self.stack.push(Entry::Barrier);
                    pc += 2;
                    continue;
                }
                op::POSSESSIVE_REPEAT => {
                    let tail = pc + 2 + self.w(pc + 1)? as usize;
                    let (min, max) = (self.w(pc + 2)?, self.w(pc + 3)?);
                    if max == 0 {
                        pc = tail;
                    } else {
                        self.frames.push(Frame::Possessive { item: pc + 4, tail, min, max, count: 0, iter_ptr: ptr });
                        self.stack.push(Entry::Barrier);
                        pc += 4;
                    }
                    continue;
                }
                _ => return Err(Malformed),
            }
            // Failure: resume at the newest choice point.
            match self.backtrack()? {
                Some((p, q)) => (pc, ptr) = (p, q),
                None => return Ok(None),
            }
        }
    }
}
