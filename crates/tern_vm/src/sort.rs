//! `list.sort` and `sorted`: a port of CPython 3.11's timsort
//! (`Objects/listsort.txt`): natural runs extended by binary insertion to
//! `minrun`, merged by the "powersort" policy, with galloping merges.
//!
//! It matters that this is the same algorithm, not just a stable sort:
//! the sequence of `__lt__` calls is observable (side effects, and the
//! result for inconsistent orderings), and programs print it.
//!
//! The sort permutes indices; `lt(a, b)` compares the items at `a` and `b`
//! and may fail, which ends the sort with that error.

const MIN_GALLOP: usize = 7;

struct Run {
    base: usize,
    len: usize,
    power: u32,
}

struct MergeState<'a, E> {
    lt: &'a mut dyn FnMut(usize, usize) -> Result<bool, E>,
    min_gallop: usize,
    pending: Vec<Run>,
    temp: Vec<usize>,
}

/// Sorts `v` stably by `lt`, comparing exactly as CPython does.
pub fn timsort<E>(v: &mut [usize], lt: &mut dyn FnMut(usize, usize) -> Result<bool, E>) -> Result<(), E> {
    let n = v.len();
    if n < 2 {
        return Ok(());
    }
    let mut ms = MergeState { lt, min_gallop: MIN_GALLOP, pending: Vec::new(), temp: Vec::new() };
    let minrun = compute_minrun(n);
    let mut lo = 0;
    let mut remaining = n;
    while remaining > 0 {
        let (mut run, descending) = ms.count_run(v, lo, lo + remaining)?;
        if descending {
            v[lo..lo + run].reverse();
        }
        if run < minrun {
            let force = remaining.min(minrun);
            ms.binarysort(v, lo, lo + force, lo + run)?;
            run = force;
        }
        ms.found_new_run(v, run, n)?;
        ms.pending.push(Run { base: lo, len: run, power: 0 });
        lo += run;
        remaining -= run;
    }
    // merge_force_collapse
    while ms.pending.len() > 1 {
        let mut i = ms.pending.len() - 2;
        if i > 0 && ms.pending[i - 1].len < ms.pending[i + 1].len {
            i -= 1;
        }
        ms.merge_at(v, i)?;
    }
    Ok(())
}

fn compute_minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// The "power" of the boundary between runs `[s1, s1+n1)` and the next
/// `n2` items, in a list of `n`.
fn powerloop(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    let mut result = 0;
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    loop {
        result += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    result
}

impl<E> MergeState<'_, E> {
    #[inline]
    fn lt(&mut self, a: usize, b: usize) -> Result<bool, E> {
        (self.lt)(a, b)
    }

    /// The length of the run starting at `lo`, and whether it is strictly
    /// descending.
    fn count_run(&mut self, v: &[usize], lo: usize, hi: usize) -> Result<(usize, bool), E> {
        let mut i = lo + 1;
        if i == hi {
            return Ok((1, false));
        }
        let mut n = 2;
        if self.lt(v[i], v[i - 1])? {
            i += 1;
            while i < hi {
                if !self.lt(v[i], v[i - 1])? {
                    break;
                }
                i += 1;
                n += 1;
            }
            Ok((n, true))
        } else {
            i += 1;
            while i < hi {
                if self.lt(v[i], v[i - 1])? {
                    break;
                }
                i += 1;
                n += 1;
            }
            Ok((n, false))
        }
    }

    /// Sorts `v[lo..hi]` whose prefix `v[lo..start]` is already sorted.
    fn binarysort(&mut self, v: &mut [usize], lo: usize, hi: usize, mut start: usize) -> Result<(), E> {
        if lo == start {
            start += 1;
        }
        while start < hi {
            let pivot = v[start];
            let (mut l, mut r) = (lo, start);
            while l < r {
                let p = l + ((r - l) >> 1);
                if self.lt(pivot, v[p])? {
                    r = p;
                } else {
                    l = p + 1;
                }
            }
            v.copy_within(l..start, l + 1);
            v[l] = pivot;
            start += 1;
        }
        Ok(())
    }

    fn found_new_run(&mut self, v: &mut [usize], n2: usize, n: usize) -> Result<(), E> {
        let Some(last) = self.pending.last() else { return Ok(()) };
        let power = powerloop(last.base, last.len, n2, n);
        while self.pending.len() > 1 && self.pending[self.pending.len() - 2].power > power {
            let i = self.pending.len() - 2;
            self.merge_at(v, i)?;
        }
        if let Some(last) = self.pending.last_mut() {
            last.power = power;
        }
        Ok(())
    }

    /// Merges pending runs `i` and `i + 1`.
    fn merge_at(&mut self, v: &mut [usize], i: usize) -> Result<(), E> {
        let (mut sa, mut na) = (self.pending[i].base, self.pending[i].len);
        let (sb, nb) = (self.pending[i + 1].base, self.pending[i + 1].len);
        self.pending[i].len = na + nb;
        self.pending.remove(i + 1);
        // Where does b start in a?
        let k = self.gallop_right(v[sb], v, sa, na, 0)?;
        sa += k;
        na -= k;
        if na == 0 {
            return Ok(());
        }
        // Where does a end in b?
        let nb = self.gallop_left(v[sa + na - 1], v, sb, nb, nb - 1)?;
        if nb == 0 {
            return Ok(());
        }
        if na <= nb {
            self.merge_lo(v, sa, na, sb, nb)
        } else {
            self.merge_hi(v, sa, na, sb, nb)
        }
    }

    /// The leftmost position in sorted `v[a..a+n]` where `key` belongs.
    fn gallop_left(&mut self, key: usize, v: &[usize], a: usize, n: usize, hint: usize) -> Result<usize, E> {
        let (mut lastofs, mut ofs);
        if self.lt(v[a + hint], key)? {
            let maxofs = n - hint;
            lastofs = 0;
            ofs = 1;
            while ofs < maxofs {
                if self.lt(v[a + hint + ofs], key)? {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            ofs = ofs.min(maxofs);
            lastofs += hint;
            ofs += hint;
        } else {
            let maxofs = hint + 1;
            lastofs = 0;
            ofs = 1;
            while ofs < maxofs {
                if self.lt(v[a + hint - ofs], key)? {
                    break;
                }
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            ofs = ofs.min(maxofs);
            let k = lastofs;
            // lastofs = hint - ofs (may be -1): kept shifted by one below.
            lastofs = hint + 1 - ofs;
            ofs = hint - k;
            return self.gallop_left_finish(key, v, a, lastofs, ofs);
        }
        self.gallop_left_finish(key, v, a, lastofs + 1, ofs)
    }

    /// Binary search of `v[a+lo..a+hi)` for gallop_left (`lo` already
    /// past the known-smaller position).
    fn gallop_left_finish(&mut self, key: usize, v: &[usize], a: usize, mut lo: usize, mut hi: usize) -> Result<usize, E> {
        while lo < hi {
            let m = lo + ((hi - lo) >> 1);
            if self.lt(v[a + m], key)? {
                lo = m + 1;
            } else {
                hi = m;
            }
        }
        Ok(hi)
    }

    /// The rightmost position in sorted `v[a..a+n]` where `key` belongs.
    fn gallop_right(&mut self, key: usize, v: &[usize], a: usize, n: usize, hint: usize) -> Result<usize, E> {
        let (mut lastofs, mut ofs);
        if self.lt(key, v[a + hint])? {
            let maxofs = hint + 1;
            lastofs = 0;
            ofs = 1;
            while ofs < maxofs {
                if self.lt(key, v[a + hint - ofs])? {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            ofs = ofs.min(maxofs);
            let k = lastofs;
            lastofs = hint + 1 - ofs;
            ofs = hint - k;
            return self.gallop_right_finish(key, v, a, lastofs, ofs);
        }
        let maxofs = n - hint;
        lastofs = 0;
        ofs = 1;
        while ofs < maxofs {
            if self.lt(key, v[a + hint + ofs])? {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        lastofs += hint;
        ofs += hint;
        self.gallop_right_finish(key, v, a, lastofs + 1, ofs)
    }

    fn gallop_right_finish(&mut self, key: usize, v: &[usize], a: usize, mut lo: usize, mut hi: usize) -> Result<usize, E> {
        while lo < hi {
            let m = lo + ((hi - lo) >> 1);
            if self.lt(key, v[a + m])? {
                hi = m;
            } else {
                lo = m + 1;
            }
        }
        Ok(hi)
    }

    /// Merges `v[sa..sa+na]` and the following `v[sb..sb+nb]`, `na <= nb`.
    fn merge_lo(&mut self, v: &mut [usize], sa: usize, mut na: usize, sb: usize, mut nb: usize) -> Result<(), E> {
        let mut tmp = std::mem::take(&mut self.temp);
        tmp.clear();
        tmp.extend_from_slice(&v[sa..sa + na]);
        let r = self.merge_lo_body(v, &tmp, sa, &mut na, sb, &mut nb);
        self.temp = tmp;
        r
    }

    fn merge_lo_body(&mut self, v: &mut [usize], tmp: &[usize], sa: usize, na: &mut usize, sb: usize, nb: &mut usize) -> Result<(), E> {
        let mut dest = sa;
        let mut pa = 0; // into tmp
        let mut pb = sb;
        v[dest] = v[pb];
        dest += 1;
        pb += 1;
        *nb -= 1;
        // Copies what is left of a (and of b) when the merge ends.
        macro_rules! succeed {
            () => {{
                v[dest..dest + *na].copy_from_slice(&tmp[pa..pa + *na]);
                return Ok(());
            }};
        }
        macro_rules! copy_b {
            () => {{
                v.copy_within(pb..pb + *nb, dest);
                v[dest + *nb] = tmp[pa];
                return Ok(());
            }};
        }
        if *nb == 0 {
            succeed!();
        }
        if *na == 1 {
            copy_b!();
        }
        let mut min_gallop = self.min_gallop;
        loop {
            let mut acount = 0;
            let mut bcount = 0;
            loop {
                if self.lt(v[pb], tmp[pa])? {
                    v[dest] = v[pb];
                    dest += 1;
                    pb += 1;
                    bcount += 1;
                    acount = 0;
                    *nb -= 1;
                    if *nb == 0 {
                        succeed!();
                    }
                    if bcount >= min_gallop {
                        break;
                    }
                } else {
                    v[dest] = tmp[pa];
                    dest += 1;
                    pa += 1;
                    acount += 1;
                    bcount = 0;
                    *na -= 1;
                    if *na == 1 {
                        copy_b!();
                    }
                    if acount >= min_gallop {
                        break;
                    }
                }
            }
            min_gallop += 1;
            loop {
                min_gallop -= (min_gallop > 1) as usize;
                self.min_gallop = min_gallop;
                let k = self.gallop_right(v[pb], tmp, pa, *na, 0)?;
                acount = k;
                if k > 0 {
                    v[dest..dest + k].copy_from_slice(&tmp[pa..pa + k]);
                    dest += k;
                    pa += k;
                    *na -= k;
                    if *na == 1 {
                        copy_b!();
                    }
                    if *na == 0 {
                        succeed!();
                    }
                }
                v[dest] = v[pb];
                dest += 1;
                pb += 1;
                *nb -= 1;
                if *nb == 0 {
                    succeed!();
                }
                let k = self.gallop_left(tmp[pa], v, pb, *nb, 0)?;
                bcount = k;
                if k > 0 {
                    v.copy_within(pb..pb + k, dest);
                    dest += k;
                    pb += k;
                    *nb -= k;
                    if *nb == 0 {
                        succeed!();
                    }
                }
                v[dest] = tmp[pa];
                dest += 1;
                pa += 1;
                *na -= 1;
                if *na == 1 {
                    copy_b!();
                }
                if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                    break;
                }
            }
            min_gallop += 1;
            self.min_gallop = min_gallop;
        }
    }

    /// Merges `v[sa..sa+na]` and the following `v[sb..sb+nb]`, `na >= nb`,
    /// from the right.
    fn merge_hi(&mut self, v: &mut [usize], sa: usize, mut na: usize, sb: usize, mut nb: usize) -> Result<(), E> {
        let mut tmp = std::mem::take(&mut self.temp);
        tmp.clear();
        tmp.extend_from_slice(&v[sb..sb + nb]);
        let r = self.merge_hi_body(v, &tmp, sa, &mut na, sb, &mut nb);
        self.temp = tmp;
        r
    }

    fn merge_hi_body(&mut self, v: &mut [usize], tmp: &[usize], sa: usize, na: &mut usize, sb: usize, nb: &mut usize) -> Result<(), E> {
        // Positions are one past the element they denote, so that they
        // never go below zero: `v[dest - 1]` is the next slot to fill,
        // `v[pa - 1]` the last of a, `tmp[pb - 1]` the last of b.
        let mut dest = sb + *nb;
        let mut pa = sa + *na;
        let mut pb = *nb;
        v[dest - 1] = v[pa - 1];
        dest -= 1;
        pa -= 1;
        *na -= 1;
        macro_rules! succeed {
            () => {{
                v[dest - *nb..dest].copy_from_slice(&tmp[..*nb]);
                return Ok(());
            }};
        }
        macro_rules! copy_a {
            () => {{
                // The first element of b belongs at the front of the merge.
                v.copy_within(pa - *na..pa, dest - *na);
                v[dest - *na - 1] = tmp[pb - 1];
                return Ok(());
            }};
        }
        if *na == 0 {
            succeed!();
        }
        if *nb == 1 {
            copy_a!();
        }
        let mut min_gallop = self.min_gallop;
        loop {
            let mut acount = 0;
            let mut bcount = 0;
            loop {
                if self.lt(tmp[pb - 1], v[pa - 1])? {
                    v[dest - 1] = v[pa - 1];
                    dest -= 1;
                    pa -= 1;
                    acount += 1;
                    bcount = 0;
                    *na -= 1;
                    if *na == 0 {
                        succeed!();
                    }
                    if acount >= min_gallop {
                        break;
                    }
                } else {
                    v[dest - 1] = tmp[pb - 1];
                    dest -= 1;
                    pb -= 1;
                    bcount += 1;
                    acount = 0;
                    *nb -= 1;
                    if *nb == 1 {
                        copy_a!();
                    }
                    if bcount >= min_gallop {
                        break;
                    }
                }
            }
            min_gallop += 1;
            loop {
                min_gallop -= (min_gallop > 1) as usize;
                self.min_gallop = min_gallop;
                let k = self.gallop_right(tmp[pb - 1], v, sa, *na, *na - 1)?;
                let k = *na - k;
                acount = k;
                if k > 0 {
                    v.copy_within(pa - k..pa, dest - k);
                    dest -= k;
                    pa -= k;
                    *na -= k;
                    if *na == 0 {
                        succeed!();
                    }
                }
                v[dest - 1] = tmp[pb - 1];
                dest -= 1;
                pb -= 1;
                *nb -= 1;
                if *nb == 1 {
                    copy_a!();
                }
                let k = self.gallop_left(v[pa - 1], tmp, 0, *nb, *nb - 1)?;
                let k = *nb - k;
                bcount = k;
                if k > 0 {
                    v[dest - k..dest].copy_from_slice(&tmp[pb - k..pb]);
                    dest -= k;
                    pb -= k;
                    *nb -= k;
                    if *nb == 1 {
                        copy_a!();
                    }
                    if *nb == 0 {
                        succeed!();
                    }
                }
                v[dest - 1] = v[pa - 1];
                dest -= 1;
                pa -= 1;
                *na -= 1;
                if *na == 0 {
                    succeed!();
                }
                if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                    break;
                }
            }
            min_gallop += 1;
            self.min_gallop = min_gallop;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::timsort;

    fn sort_ints(data: &[i64]) -> (Vec<i64>, usize) {
        let mut idx: Vec<usize> = (0..data.len()).collect();
        let mut calls = 0;
        timsort::<()>(&mut idx, &mut |a, b| {
            calls += 1;
            Ok(data[a] < data[b])
        })
        .unwrap();
        (idx.into_iter().map(|i| data[i]).collect(), calls)
    }

    #[test]
    fn sorts_like_std() {
        let mut seed = 12345u64;
        for n in [0, 1, 2, 3, 10, 63, 64, 65, 100, 257, 1000, 5000] {
            for dup in [3, 1000, 1 << 40] {
                let data: Vec<i64> = (0..n)
                    .map(|_| {
                        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                        ((seed >> 33) % dup) as i64
                    })
                    .collect();
                let (got, _) = sort_ints(&data);
                let mut want = data.clone();
                want.sort();
                assert_eq!(got, want, "n={n} dup={dup}");
            }
        }
        let asc: Vec<i64> = (0..1000).collect();
        assert_eq!(sort_ints(&asc).0, asc);
        let desc: Vec<i64> = (0..1000).rev().collect();
        assert_eq!(sort_ints(&desc).0, asc);
    }

    #[test]
    fn small_comparison_count_matches_cpython() {
        // sorted([3, 1, 2]) makes 4 comparisons in CPython.
        assert_eq!(sort_ints(&[3, 1, 2]).1, 4);
    }
}
