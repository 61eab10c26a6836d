//! The C library's (glibc's libm) double functions, which CPython's `math`
//! calls, and C's `errno` around them.
//!
//! The functions are declared by their `_Float64` names (`sinf64`, ...):
//! glibc exports them as aliases of the very functions CPython links
//! (`sin`), while the plain names may be shadowed by the Rust runtime's
//! own versions (compiler-builtins' `cbrt` differs from glibc's in the
//! last bit).

/// What C's `errno` said after a call: nothing, EDOM or ERANGE.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Errno {
    Ok,
    Domain,
    Range,
}

mod sys {
    extern "C" {
        pub fn acosf64(x: f64) -> f64;
        pub fn acoshf64(x: f64) -> f64;
        pub fn asinf64(x: f64) -> f64;
        pub fn asinhf64(x: f64) -> f64;
        pub fn atanf64(x: f64) -> f64;
        pub fn atanhf64(x: f64) -> f64;
        pub fn atan2f64(y: f64, x: f64) -> f64;
        pub fn cbrtf64(x: f64) -> f64;
        pub fn cosf64(x: f64) -> f64;
        pub fn coshf64(x: f64) -> f64;
        pub fn erff64(x: f64) -> f64;
        pub fn erfcf64(x: f64) -> f64;
        pub fn expf64(x: f64) -> f64;
        pub fn exp2f64(x: f64) -> f64;
        pub fn expm1f64(x: f64) -> f64;
        pub fn fmodf64(x: f64, y: f64) -> f64;
        pub fn ldexpf64(x: f64, e: i32) -> f64;
        pub fn logf64(x: f64) -> f64;
        pub fn log10f64(x: f64) -> f64;
        pub fn log1pf64(x: f64) -> f64;
        pub fn log2f64(x: f64) -> f64;
        pub fn modff64(x: f64, ip: *mut f64) -> f64;
        pub fn nextafterf64(x: f64, y: f64) -> f64;
        pub fn powf64(x: f64, y: f64) -> f64;
        pub fn sinf64(x: f64) -> f64;
        pub fn sinhf64(x: f64) -> f64;
        pub fn sqrtf64(x: f64) -> f64;
        pub fn tanf64(x: f64) -> f64;
        pub fn tanhf64(x: f64) -> f64;
    }
}

macro_rules! unary {
    ($($name:ident => $sys:ident),* $(,)?) => {
        $(
            #[doc = concat!("The C library's `", stringify!($name), "`.")]
            pub fn $name(x: f64) -> f64 {
                // SAFETY: a pure libm function of one double (it may set errno).
                unsafe { sys::$sys(x) }
            }
        )*
    };
}

unary! {
    acos => acosf64, acosh => acoshf64, asin => asinf64, asinh => asinhf64, atan => atanf64, atanh => atanhf64,
    cbrt => cbrtf64, cos => cosf64, cosh => coshf64, erf => erff64, erfc => erfcf64, exp => expf64, exp2 => exp2f64,
    expm1 => expm1f64, log => logf64, log10 => log10f64, log1p => log1pf64, log2 => log2f64, sin => sinf64,
    sinh => sinhf64, sqrt => sqrtf64, tan => tanf64, tanh => tanhf64,
}

macro_rules! binary {
    ($($name:ident => $sys:ident),* $(,)?) => {
        $(
            #[doc = concat!("The C library's `", stringify!($name), "`.")]
            pub fn $name(x: f64, y: f64) -> f64 {
                // SAFETY: a pure libm function of two doubles (it may set errno).
                unsafe { sys::$sys(x, y) }
            }
        )*
    };
}

binary! { atan2 => atan2f64, fmod => fmodf64, nextafter => nextafterf64, pow => powf64 }

/// The C library's `ldexp`.
pub fn ldexp(x: f64, e: i32) -> f64 {
    // SAFETY: a pure libm function (it may set errno).
    unsafe { sys::ldexpf64(x, e) }
}

/// The C library's `modf`: (fractional part, integral part).
pub fn modf(x: f64) -> (f64, f64) {
    let mut ip = 0.0f64;
    // SAFETY: `ip` is a valid place for one double.
    let f = unsafe { sys::modff64(x, &mut ip) };
    (f, ip)
}

/// Sets C's `errno` to 0 (before a libm call whose errno is read).
pub fn clear_errno() {
    // SAFETY: __errno_location is the calling thread's errno.
    unsafe { *libc::__errno_location() = 0 }
}

/// C's `errno` now.
pub fn errno() -> Errno {
    // SAFETY: as above.
    match unsafe { *libc::__errno_location() } {
        0 => Errno::Ok,
        libc::EDOM => Errno::Domain,
        libc::ERANGE => Errno::Range,
        // CPython raises ValueError from an unexpected errno, as for EDOM.
        _ => Errno::Domain,
    }
}

/// `f(x)` with the errno it left.
pub fn call1(f: fn(f64) -> f64, x: f64) -> (f64, Errno) {
    clear_errno();
    let r = f(x);
    (r, errno())
}

/// `f(x, y)` with the errno it left.
pub fn call2(f: fn(f64, f64) -> f64, x: f64, y: f64) -> (f64, Errno) {
    clear_errno();
    let r = f(x, y);
    (r, errno())
}
