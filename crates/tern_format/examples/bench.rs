//! Rough timings: `cargo run --release --example bench`.

use std::hint::black_box;
use std::time::Instant;

use tern_format::*;

fn time(name: &str, n: u32, mut f: impl FnMut(u32)) {
    let start = Instant::now();
    for i in 0..n {
        f(i);
    }
    let ns = start.elapsed().as_nanos() as f64 / f64::from(n);
    println!("{name:<28} {ns:8.1} ns/call");
}

fn main() {
    let n = 1_000_000;
    time("float_repr(i * 0.1)", n, |i| {
        black_box(float_repr(black_box(f64::from(i) * 0.1)));
    });
    time("float_repr(1/3 * i)", n, |i| {
        black_box(float_repr(black_box(f64::from(i) / 3.0)));
    });
    let spec = parse_format_spec(".2f", "float").unwrap();
    time("format_float(x, '.2f')", n, |i| {
        black_box(format_float(black_box(f64::from(i) / 7.0), &spec, "float").unwrap());
    });
    let spec = parse_format_spec("", "int").unwrap();
    time("format_i64(i, '')", n, |i| {
        black_box(format_i64(black_box(i64::from(i)), &spec, "int").unwrap());
    });
    let spec = parse_format_spec(">10,", "int").unwrap();
    time("format_i64(i, '>10,')", n, |i| {
        black_box(format_i64(black_box(i64::from(i)), &spec, "int").unwrap());
    });
    time("parse_format_spec('>10,.3f')", n, |_| {
        black_box(parse_format_spec(black_box(">10,.3f"), "float").unwrap());
    });
    time("parse_float('12345.678')", n, |_| {
        black_box(parse_float(black_box("12345.678")).unwrap());
    });
    time("parse_int('1234567', 10)", n, |_| {
        black_box(parse_int(black_box("1234567"), 10).unwrap());
    });
}
