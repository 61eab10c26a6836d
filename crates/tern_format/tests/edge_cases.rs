//! Hand-picked cases (expected values checked against CPython 3.11) and a
//! no-panic sweep over odd inputs.

use num_bigint::BigInt;
use tern_format::*;

fn fmt_f(x: f64, spec: &str) -> Result<String, FormatError> {
    format_float(x, &parse_format_spec(spec, "float")?, "float")
}

fn fmt_i(v: i64, spec: &str) -> Result<String, FormatError> {
    format_i64(v, &parse_format_spec(spec, "int")?, "int")
}

fn fmt_s(s: &str, spec: &str) -> Result<String, FormatError> {
    format_str(s, &parse_format_spec(spec, "str")?, "str")
}

fn msg<T: std::fmt::Debug>(r: Result<T, FormatError>) -> String {
    r.expect_err("expected an error").message
}

#[test]
fn repr_examples_from_the_brief() {
    let cases = [
        (1.0, "1.0"),
        (0.1, "0.1"),
        (1e16, "1e+16"),
        (1e-5, "1e-05"),
        (0.0001, "0.0001"),
        (123456789012345.6, "123456789012345.6"),
        (1.2345678901234567e16, "1.2345678901234568e+16"),
        (f64::INFINITY, "inf"),
        (f64::NEG_INFINITY, "-inf"),
        (f64::NAN, "nan"),
        (-f64::NAN, "nan"),
        (-0.0, "-0.0"),
        (1e23, "1e+23"),
        (5e-324, "5e-324"),
        (1.7976931348623157e308, "1.7976931348623157e+308"),
        (9999999999999998.0, "9999999999999998.0"),
    ];
    for (x, want) in cases {
        assert_eq!(float_repr(x), want, "repr of {x:e}");
    }
}

#[test]
fn format_float_examples() {
    assert_eq!(fmt_f(1.0, "").unwrap(), "1.0");
    assert_eq!(fmt_f(1e20, ".3").unwrap(), "1e+20");
    assert_eq!(fmt_f(0.1, "10").unwrap(), "       0.1");
    assert_eq!(fmt_f(-0.0, "z.1f").unwrap(), "0.0");
    assert_eq!(fmt_f(f64::NAN, "+010").unwrap(), "+000000nan");
    assert_eq!(fmt_f(-f64::NAN, "").unwrap(), "nan");
    assert_eq!(fmt_f(1234.5, "+010,.2f").unwrap(), "+01,234.50");
    assert_eq!(fmt_f(1.5, "ñ^9.0%").unwrap(), "ññ150%ñññ");
    assert_eq!(fmt_f(1.0, ".1000000f").unwrap().len(), 1_000_002);
    assert_eq!(msg(fmt_f(1.0, "d")), "Unknown format code 'd' for object of type 'float'");
    assert_eq!(msg(fmt_f(1.0, ".2147483648f")), "precision too big");
    assert_eq!(msg(fmt_f(1.0, ",n")), "Cannot specify ',' with 'n'.");
}

#[test]
fn format_int_examples() {
    assert_eq!(fmt_i(i64::MIN, "#_b").unwrap(), format!("-0b1000{}", "_0000".repeat(15)));
    assert_eq!(fmt_i(i64::MIN, "").unwrap(), "-9223372036854775808");
    assert_eq!(fmt_i(255, "#012_x").unwrap(), "0x0_0000_00ff");
    assert_eq!(fmt_i(1, "04,").unwrap(), "0,001");
    assert_eq!(fmt_i(65, "^5c").unwrap(), "  A  ");
    assert_eq!(fmt_i(0x20AC, "05c").unwrap(), "0000€");
    assert_eq!(fmt_i(0x20AC, "02c").unwrap(), "0€");
    assert_eq!(fmt_i(10, "e").unwrap(), "1.000000e+01");
    assert_eq!(msg(fmt_i(1, ".2")), "Precision not allowed in integer format specifier");
    assert_eq!(msg(fmt_i(1, "z")), "Negative zero coercion (z) not allowed in integer format specifier");
    assert_eq!(msg(fmt_i(65, "+c")), "Sign not allowed with integer format specifier 'c'");
    assert_eq!(msg(fmt_i(65, "#c")), "Alternate form (#) not allowed with integer format specifier 'c'");
    assert_eq!(msg(fmt_i(-1, "c")), "%c arg not in range(0x110000)");
    assert_eq!(fmt_i(-1, "c").unwrap_err().kind, FormatErrorKind::Overflow);
    assert_eq!(fmt_i(0xD800, "c").unwrap_err().kind, FormatErrorKind::Surrogate);
    assert_eq!(msg(fmt_i(1, "€")), "Unknown format code '\\x20ac' for object of type 'int'");
    let big: BigInt = BigInt::from(10).pow(400u32);
    let spec = parse_format_spec("e", "int").unwrap();
    let err = format_int(&big, &spec, "int").unwrap_err();
    assert_eq!((err.kind, err.message.as_str()), (FormatErrorKind::Overflow, "int too large to convert to float"));
    let spec = parse_format_spec("x", "bool").unwrap();
    assert_eq!(format_int(&BigInt::from(1), &spec, "bool").unwrap(), "1");
}

#[test]
fn format_str_examples() {
    assert_eq!(fmt_s("a", "05").unwrap(), "a0000");
    assert_eq!(fmt_s("日本語", "*^7.2").unwrap(), "**日本***");
    assert_eq!(fmt_s("x", "\0>3").unwrap(), "\0\0x");
    assert_eq!(fmt_s("abc", ".0").unwrap(), "");
    assert_eq!(msg(fmt_s("a", "+")), "Sign not allowed in string format specifier");
    assert_eq!(msg(fmt_s("a", " ")), "Space not allowed in string format specifier");
    assert_eq!(msg(fmt_s("a", ",")), "Cannot specify ',' with 's'.");
    assert_eq!(msg(fmt_s("a", "#")), "Alternate form (#) not allowed in string format specifier");
    assert_eq!(msg(fmt_s("a", "=5")), "'=' alignment not allowed in string format specifier");
    let long_name = "T".repeat(300);
    let spec = parse_format_spec("d", &long_name).unwrap();
    let m = format_str("a", &spec, &long_name).unwrap_err().message;
    assert_eq!(m, format!("Unknown format code 'd' for object of type '{}'", "T".repeat(200)));
}

#[test]
fn spec_parse_errors() {
    let p = |s: &str| parse_format_spec(s, "int").map(|_| ()).map_err(|e| e.message);
    assert_eq!(p(""), Ok(()));
    assert_eq!(p("9223372036854775808").unwrap_err(), "Too many decimal digits in format string");
    assert_eq!(p(".99999999999999999999").unwrap_err(), "Too many decimal digits in format string");
    assert_eq!(p(".").unwrap_err(), "Format specifier missing precision");
    assert_eq!(p(",_").unwrap_err(), "Cannot specify both ',' and '_'.");
    // The grouping/type check runs in the formatter, before its own checks.
    assert_eq!(msg(fmt_i(1, "__")), "Cannot specify '_' with '_'.");
    assert_eq!(p("5x,").unwrap_err(), "Invalid format specifier '5x,' for object of type 'int'");
    // Unicode digits count as width digits.
    assert_eq!(parse_format_spec("٥", "int").unwrap().width, Some(5));
}

#[test]
fn huge_widths_fail_without_panicking() {
    for spec in ["9223372036854775807", "1000000000000000", "<9223372036854775807", "09223372036854775807,"] {
        let e = fmt_i(1, spec).unwrap_err();
        assert_eq!(e.kind, FormatErrorKind::Memory, "{spec}");
        let e = fmt_s("a", spec.trim_end_matches(',')).unwrap_err();
        assert_eq!(e.kind, FormatErrorKind::Memory, "{spec}");
    }
    assert_eq!(fmt_f(1.0, "9223372036854775807").unwrap_err().kind, FormatErrorKind::Memory);
}

#[test]
fn percent_examples() {
    let run = |fmt: &str, v: f64| -> String {
        let PercentItem::Conversion(d) = parse_percent(fmt, 1).unwrap() else { panic!() };
        percent_float(v, &d.resolve(None, None).unwrap()).unwrap()
    };
    assert_eq!(run("%05f", f64::INFINITY), "00inf");
    assert_eq!(run("%#.0e", 1.0), "1.e+00");
    assert_eq!(run("%-8.3g", -1234.5), "-1.23e+03");
    let PercentItem::Conversion(d) = parse_percent("%(a(b))-*.*x", 1).unwrap() else { panic!() };
    assert_eq!(d.key, Some("a(b)"));
    assert_eq!((d.width, d.precision), (Some(PercentCount::Star), Some(PercentCount::Star)));
    let spec = d.resolve(Some(-8), Some(-3)).unwrap();
    assert!(spec.flags.left);
    assert_eq!((spec.width, spec.precision), (Some(8), Some(0)));
    assert_eq!(percent_int(&BigInt::from(255), &spec).unwrap(), "ff      ");
    let PercentItem::Conversion(d) = parse_percent("%*.*s", 1).unwrap() else { panic!() };
    let spec = d.resolve(Some(i64::MIN), Some(2)).unwrap();
    assert_eq!(percent_str_pad("abc", &spec).unwrap(), "ab");
    let e = d.resolve(Some(1), Some(1 << 31)).unwrap_err();
    assert_eq!((e.kind, e.message.as_str()), (FormatErrorKind::Overflow, "Python int too large to convert to C int"));
    assert_eq!(parse_percent("%%", 1).unwrap(), PercentItem::Percent);
    let e = |f: &str| parse_percent(f, 1).unwrap_err().message;
    assert_eq!(e("%"), "incomplete format");
    assert_eq!(e("% "), "incomplete format");
    assert_eq!(e("%(a"), "incomplete format key");
    assert_eq!(e("%99999999999999999999d"), "width too big");
    assert_eq!(e("%.2147483648d"), "precision too big");
    let fmt = "ab€%5.3€";
    let PercentItem::Conversion(d) = parse_percent(fmt, "ab€%".len()).unwrap() else { panic!() };
    assert_eq!(percent_unsupported(fmt, &d).message, "unsupported format character '?' (0x20ac) at index 7");
    // A start that is not on a character boundary is an error, not a panic.
    assert!(parse_percent("€", 1).is_err());
    assert_eq!(percent_char_from_int(&BigInt::from(0x110000)).unwrap_err().message, "%c arg not in range(0x110000)");
}

#[test]
fn parse_examples() {
    let i = |s: &str, b: u32| parse_int(s, b).map(|v| v.to_string());
    assert_eq!(i(" -0x_1f ", 0), Ok("-31".into()));
    assert_eq!(i("١٢", 10), Ok("12".into()));
    assert_eq!(i("\u{3000}12\u{85}", 10), Ok("12".into()));
    assert_eq!(i("010", 0), Err(()));
    assert_eq!(i("0_0", 0), Ok("0".into()));
    assert_eq!(i("12\x1c", 10), Err(()));
    assert_eq!(i("1", 1), Err(()));
    assert_eq!(i("1", 37), Err(()));
    assert_eq!(i("zz", 36), Ok("1295".into()));
    let many = "1".repeat(4301);
    assert_eq!(parse_int_limited(&many, 10, 4300), Err(ParseIntError::TooManyDigits(4301)));
    assert!(parse_int_limited(&many, 16, 4300).is_ok());
    assert!(parse_int_limited(&many, 10, 0).is_ok());
    assert_eq!(
        int_str_limit_error(4300, 4301).message,
        "Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit"
    );
    let ten = BigInt::from(10);
    assert!(check_int_to_decimal_digits(&(ten.pow(4300u32) - 1), 4300).is_ok());
    assert!(check_int_to_decimal_digits(&-ten.pow(4300u32), 4300).is_err());
    assert!(check_int_to_decimal_digits(&ten.pow(100_000u32), 0).is_ok());

    assert_eq!(parse_float(" 1_000.5e-1_0 "), Ok(1000.5e-10));
    assert_eq!(parse_float("-iNfInItY"), Ok(f64::NEG_INFINITY));
    assert!(parse_float("-nan").unwrap().is_sign_negative());
    assert_eq!(parse_float("1__0"), Err(()));
    assert_eq!(parse_float("1e400"), Ok(f64::INFINITY));
    assert_eq!(parse_float(""), Err(()));
}

#[test]
fn round_hex_radix_convert() {
    assert_eq!(float_round(2.675, 2), Ok(2.67));
    assert_eq!(float_round(0.5, 0), Ok(0.0));
    assert_eq!(float_round(1.5, 0), Ok(2.0));
    assert!(float_round(-0.5, 0).unwrap().is_sign_negative());
    assert_eq!(float_round(125.0, -1), Ok(120.0));
    assert_eq!(float_round(135.0, -1), Ok(140.0));
    assert_eq!(float_round(5e-324, 324), Ok(5e-324));
    assert_eq!(float_round(f64::NAN, 2).map(f64::is_nan), Ok(true));
    assert_eq!(float_round(1.5, i64::MIN), Ok(0.0));
    assert_eq!(float_round(1.5, i64::MAX), Ok(1.5));
    let e = float_round(1.7e308, -308).unwrap_err();
    assert_eq!((e.kind, e.message.as_str()), (FormatErrorKind::Overflow, "rounded value too large to represent"));

    assert_eq!(float_to_hex(1.5), "0x1.8000000000000p+0");
    assert_eq!(float_to_hex(-0.0), "-0x0.0p+0");
    assert_eq!(float_to_hex(5e-324), "0x0.0000000000001p-1022");
    assert_eq!(float_from_hex("0x1.fffffffffffff7ffp1023"), Ok(1.7976931348623157e308));
    assert_eq!(float_from_hex(" -0x1.8p1 "), Ok(-3.0));
    assert_eq!(float_from_hex("0x3P-1076"), Ok(5e-324));
    assert_eq!(float_from_hex("0x1p-99999999999999999999999"), Ok(0.0));
    assert_eq!(float_from_hex("0x1p1024").unwrap_err().kind, FormatErrorKind::Overflow);
    assert_eq!(float_from_hex("0x1_0p0").unwrap_err().message, "invalid hexadecimal floating-point string");

    assert_eq!(int_to_str_radix(&BigInt::from(-5), 2), "-0b101");
    assert_eq!(int_to_str_radix(&BigInt::from(8), 8), "0o10");
    assert_eq!(int_to_str_radix(&BigInt::from(-255), 16), "-0xff");
    assert_eq!(i64_to_str_radix(i64::MIN, 16), "-0x8000000000000000");
    assert_eq!(i64_to_str_radix(0, 2), "0b0");

    assert_eq!(bigint_to_f64(&(BigInt::from(1u64 << 53) + 1)), Some(9007199254740992.0));
    assert_eq!(bigint_to_f64(&(BigInt::from(1u64 << 54) + 3)), Some(1.8014398509481988e16));
    assert_eq!(bigint_to_f64(&(BigInt::from(1) << 1024usize)), None);
    assert_eq!(bigint_to_f64(&(BigInt::from(3) << 1022usize)), Some(1.348269851146737e308));
    assert_eq!(bigint_to_f64(&-(BigInt::from(3) << 1021usize)), Some(-6.741349255733685e307));
    // 2^1024 - 2^970 is halfway to 2^1024 (rounds to even: overflow); one less fits.
    let top = (BigInt::from(1) << 1024usize) - (BigInt::from(1) << 970usize);
    assert_eq!(bigint_to_f64(&(&top - 1)), Some(f64::MAX));
    assert_eq!(bigint_to_f64(&top), None);
    assert_eq!(f64_to_bigint(-1e20).map(|v| v.to_string()), Some("-100000000000000000000".into()));
    assert_eq!(f64_to_bigint(-2.9).map(|v| v.to_string()), Some("-2".into()));
    assert_eq!(f64_to_bigint(f64::NAN), None);
}

/// A tiny deterministic generator, so the sweep needs no extra crates.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[(self.next() % items.len() as u64) as usize]
    }
}

#[test]
fn no_panics_on_odd_inputs() {
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    let atoms = [
        "<",
        ">",
        "^",
        "=",
        "+",
        "-",
        " ",
        "z",
        "#",
        "0",
        "1",
        "9",
        "99",
        ",",
        "_",
        ".",
        ".0",
        ".9",
        "e",
        "f",
        "g",
        "%",
        "n",
        "c",
        "s",
        "x",
        "X",
        "b",
        "o",
        "d",
        "E",
        "F",
        "G",
        "ñ",
        "😀",
        "\0",
        "٣",
        "€",
        "{",
        "}",
        "999999999999999999999",
        ".2147483647",
        "1000",
    ];
    let floats = [0.0, -0.0, 1.5, -1e300, 5e-324, f64::MAX, f64::INFINITY, f64::NAN, -f64::NAN, 0.125];
    let ints = [0i64, 1, -1, i64::MIN, i64::MAX, 65, 0xD800, 0x10FFFF, 0x110000];
    for _ in 0..20_000 {
        let n = rng.next() % 6;
        let spec: String = (0..n).map(|_| *rng.pick(&atoms)).collect();
        // Skip specs asking for gigabytes of output: they are legal and slow.
        if let Ok(parsed) = parse_format_spec(&spec, "t") {
            if parsed.width.unwrap_or(0) > 1_000_000 || parsed.precision.unwrap_or(0) > 1_000_000 {
                continue;
            }
            let _ = format_float(*rng.pick(&floats), &parsed, "float");
            let v = *rng.pick(&ints);
            let a = format_i64(v, &parsed, "int");
            assert_eq!(a, format_int(&BigInt::from(v), &parsed, "int"), "spec {spec:?} value {v}");
            let _ = format_str("ab€", &parsed, "str");
        }
        let fmt = format!("%{spec}");
        if let Ok(PercentItem::Conversion(d)) = parse_percent(&fmt, 1) {
            if let Ok(s) = d.resolve(Some(rng.next() as i64 % 50), Some(rng.next() as i64 % 50)) {
                if s.width.unwrap_or(0) > 1_000_000 || s.precision.unwrap_or(0) > 1_000_000 {
                    continue;
                }
                let _ = percent_float(*rng.pick(&floats), &s);
                let _ = percent_int(&BigInt::from(*rng.pick(&ints)), &s);
                let _ = percent_str_pad("ab€", &s);
            }
            let _ = percent_unsupported(&fmt, &d);
        }
        let _ = parse_int(&spec, (rng.next() % 38) as u32);
        let _ = parse_float(&spec);
        let _ = float_from_hex(&spec);
    }
    for x in floats {
        for n in [-400, -309, -308, -1, 0, 1, 17, 323, 324, 400] {
            let _ = float_round(x, n);
        }
    }
}
