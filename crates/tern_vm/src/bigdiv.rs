//! Floor division of big integers whose quotient is short.
//!
//! num-bigint divides operands of more than 128 digits by Burnikel and
//! Ziegler's recursive method whatever the quotient's length. When the
//! quotient is a few digits long (`(3*q + r) // t` in a digit spigot, a
//! modulo of numbers of about the same size), schoolbook long division
//! (Knuth's algorithm D) costs one pass over the divisor per quotient
//! digit, and the recursion's splitting and copying costs many times that.
//! CPython uses the schoolbook method for every size.

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Zero};

/// Quotient digits (64-bit) up to which the schoolbook method is used.
const SCHOOLBOOK_MAX_QUOTIENT: usize = 32;
/// Divisor digits (64-bit) from which num-bigint would recurse.
const RECURSIVE_FROM: usize = 64;

/// `(x // y, x % y)` with Python's floor semantics; `y` must not be 0.
pub fn div_mod_floor(x: &BigInt, y: &BigInt) -> (BigInt, BigInt) {
    match schoolbook(x, y, true) {
        Some((q, r)) => (q, r),
        None => x.div_mod_floor(y),
    }
}

/// `x // y` with Python's floor semantics; `y` must not be 0.
pub fn div_floor(x: &BigInt, y: &BigInt) -> BigInt {
    match schoolbook(x, y, false) {
        Some((q, _)) => q,
        None => x.div_floor(y),
    }
}

/// Floor quotient and (when `want_rem`, else 0) remainder by long
/// division, or None when num-bigint's own method is the better one.
fn schoolbook(x: &BigInt, y: &BigInt, want_rem: bool) -> Option<(BigInt, BigInt)> {
    let (xm, ym) = (x.magnitude(), y.magnitude());
    let (xd, yd) = (xm.iter_u64_digits().len(), ym.iter_u64_digits().len());
    if yd < RECURSIVE_FROM || xd < yd || xd - yd >= SCHOOLBOOK_MAX_QUOTIENT {
        return None;
    }
    let (q, r) = div_rem_magnitudes(xm, ym);
    // Truncated results first: the quotient's sign is the product of the
    // signs, the remainder's is the dividend's.
    let negative_q = (x.sign() == Sign::Minus) != (y.sign() == Sign::Minus);
    let mut q = BigInt::from_biguint(if negative_q { Sign::Minus } else { Sign::Plus }, q);
    let exact = r.digits.iter().all(|&d| d == 0);
    let mut r = if want_rem { BigInt::from_biguint(x.sign(), r.to_biguint()) } else { BigInt::zero() };
    // Floor: a non-zero remainder takes the divisor's sign.
    if !exact && negative_q {
        q -= BigInt::one();
        if want_rem {
            r += y;
        }
    }
    Some((q, r))
}

/// A remainder as long division leaves it: digits still shifted left.
struct Remainder {
    digits: Vec<u64>,
    shift: u32,
}

impl Remainder {
    fn to_biguint(&self) -> BigUint {
        let d = &self.digits;
        let mut out = Vec::with_capacity(2 * d.len());
        for i in 0..d.len() {
            let x = if self.shift == 0 { d[i] } else { (d[i] >> self.shift) | d.get(i + 1).map_or(0, |&hi| hi << (64 - self.shift)) };
            out.push(x as u32);
            out.push((x >> 32) as u32);
        }
        BigUint::new(out)
    }
}

/// Knuth's algorithm D on 64-bit digits: `(u / v, u % v)` for `v` of two
/// or more digits and `u` at least as long.
fn div_rem_magnitudes(u: &BigUint, v: &BigUint) -> (BigUint, Remainder) {
    let shift = v.iter_u64_digits().last().map_or(0, |d| d.leading_zeros());
    // Normalize so the divisor's top digit has its high bit set; the
    // dividend gets one more digit for the bits shifted out.
    let vn = shifted_digits(v, shift, false);
    let mut un = shifted_digits(u, shift, true);
    let n = vn.len();
    let m = un.len() - 1 - n;
    let mut q = vec![0u64; m + 1];
    let (top, second) = (vn[n - 1] as u128, vn[n - 2] as u128);
    for j in (0..=m).rev() {
        // Estimate the digit from the top two digits of the remainder and
        // the top digit of the divisor; at most two too large after the
        // correction against the second digit.
        let num = ((un[j + n] as u128) << 64) | un[j + n - 1] as u128;
        let mut qhat = num / top;
        let mut rhat = num % top;
        while qhat >> 64 != 0 || qhat * second > ((rhat << 64) | un[j + n - 2] as u128) {
            qhat -= 1;
            rhat += top;
            if rhat >> 64 != 0 {
                break;
            }
        }
        // un[j..=j+n] -= qhat * vn
        let window = &mut un[j..=j + n];
        let mut carry: u128 = 0;
        let mut borrow = false;
        for (w, &d) in window.iter_mut().zip(vn.iter()) {
            let p = qhat * d as u128 + carry;
            carry = p >> 64;
            let (s, b1) = w.overflowing_sub(p as u64);
            let (s, b2) = s.overflowing_sub(borrow as u64);
            *w = s;
            borrow = b1 || b2;
        }
        let (s, b1) = window[n].overflowing_sub(carry as u64);
        let (s, b2) = s.overflowing_sub(borrow as u64);
        window[n] = s;
        if b1 || b2 {
            // The estimate was one too large (rare): add the divisor back.
            qhat -= 1;
            let mut c = false;
            for (w, &d) in window.iter_mut().zip(vn.iter()) {
                let (s, c1) = w.overflowing_add(d);
                let (s, c2) = s.overflowing_add(c as u64);
                *w = s;
                c = c1 || c2;
            }
            window[n] = window[n].wrapping_add(c as u64);
        }
        q[j] = qhat as u64;
    }
    un.truncate(n);
    let quotient = BigUint::new(q.iter().flat_map(|&x| [x as u32, (x >> 32) as u32]).collect());
    (quotient, Remainder { digits: un, shift })
}

/// The 64-bit digits of `b << shift` (shift below 64), with the carry
/// digit appended when `extend`.
fn shifted_digits(b: &BigUint, shift: u32, extend: bool) -> Vec<u64> {
    let digits = b.iter_u64_digits();
    let mut out = Vec::with_capacity(digits.len() + 1);
    if shift == 0 {
        out.extend(digits);
        if extend {
            out.push(0);
        }
        return out;
    }
    let mut carry = 0u64;
    for x in digits {
        out.push((x << shift) | carry);
        carry = x >> (64 - shift);
    }
    if extend {
        out.push(carry);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_traits::Num;

    fn big(s: &str) -> BigInt {
        BigInt::from_str_radix(s, 16).unwrap()
    }

    /// Compares with num-bigint over operand pairs whose quotients are
    /// short, including the add-back case (divisor digits all ones).
    #[test]
    fn matches_num_bigint() {
        let mut cases = Vec::new();
        let mut seed = 0x9e3779b97f4a7c15u64;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for len in [64usize, 65, 100, 130] {
            for extra in [0usize, 1, 2, 7, 31] {
                let y: String = (0..len).map(|_| format!("{:016x}", next())).collect();
                let x: String = (0..len + extra).map(|_| format!("{:016x}", next())).collect();
                cases.push((big(&x), big(&y)));
                let ones = "f".repeat(16 * len);
                cases.push((big(&x), big(&ones)));
                cases.push((big(&ones) * BigInt::from(3u8) + BigInt::from(5u8), big(&ones)));
            }
        }
        // Hacker's Delight's add-back case (u = [0, 0, 8000, 7fff],
        // v = [1, 0, 8000] in 16-bit digits) on 64-bit digits, shifted
        // past the schoolbook threshold.
        let low = BigInt::one() << (64 * 70);
        let u = (BigInt::from(0x7fff_ffff_ffff_ffffu64) << 192) + (BigInt::from(1u64 << 63) << 128);
        let v = (BigInt::from(1u64 << 63) << 128) + BigInt::one();
        cases.push((&u * &low, &v * &low));
        cases.push((&u * &low + BigInt::from(12345), &v * &low + BigInt::from(77)));
        for (x, y) in cases {
            for (a, b) in [(x.clone(), y.clone()), (-x.clone(), y.clone()), (x.clone(), -y.clone()), (-x.clone(), -y.clone())] {
                assert_eq!(div_mod_floor(&a, &b), a.div_mod_floor(&b));
                assert_eq!(div_floor(&a, &b), a.div_floor(&b));
            }
        }
    }
}
