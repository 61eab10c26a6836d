//! The `tern` command: runs Python programs like `python3`.
//!
//! `tern FILE [ARGS]`, `tern -c CODE`, `tern -m MODULE`, `tern -` (or a
//! piped stdin), `-X name[=value]` options and `--version`. The program
//! runs on a thread with a large stack so that native recursion up to the
//! recursion limit cannot overflow it.

use std::io::Read;
use tern_vm::{Config, SpecializeMode, Vm};

mod alloc;

#[global_allocator]
static ALLOCATOR: alloc::Mimalloc = alloc::Mimalloc;

enum Source {
    File(String),
    Code(String),
    Module(String),
    Stdin,
}

fn usage_error(msg: &str) -> ! {
    eprintln!("{msg}");
    eprintln!("usage: tern [option] ... [-c cmd | -m mod | file | -] [arg] ...");
    eprintln!("Try `tern -h' for more information.");
    std::process::exit(2);
}

fn parse_args() -> (Config, Source) {
    // Arguments that are not UTF-8 reach sys.argv as CPython gives them
    // (decoded with surrogateescape, from `Config::argv_bytes`).
    let raw: Vec<Vec<u8>> = std::env::args_os().map(std::os::unix::ffi::OsStringExt::into_vec).collect();
    let args: Vec<String> = raw.iter().map(|b| String::from_utf8_lossy(b).into_owned()).collect();
    let tail = |first: &str, from: usize| -> Vec<Vec<u8>> {
        std::iter::once(first.as_bytes().to_vec()).chain(raw[from..].iter().cloned()).collect()
    };
    let mut config = Config::default();
    if let Ok(v) = std::env::var("TERN_SPECIALIZE") {
        config.specialize = parse_mode(&v).unwrap_or(SpecializeMode::On);
    }
    if let Ok(v) = std::env::var("TERN_WARMUP") {
        if let Ok(n) = v.parse() {
            config.warmup = n;
        }
    }
    let mut i = 1;
    let mut source = None;
    // -E and -I: the PYTHON* variables are ignored.
    let mut ignore_env = false;
    while i < args.len() {
        let a = &args[i];
        match a.as_str() {
            "--version" | "-V" => {
                println!("Python 3.11.7 (tern {})", env!("CARGO_PKG_VERSION"));
                std::process::exit(0);
            }
            "-h" | "--help" => {
                println!("usage: tern [option] ... [-c cmd | -m mod | file | -] [arg] ...");
                println!("-c cmd : program passed in as string");
                println!("-m mod : run library module as a script");
                println!("-X opt : specialize=on|off|first, warmup=N");
                println!("file   : program read from script file");
                println!("-      : program read from stdin");
                std::process::exit(0);
            }
            "-c" => {
                let Some(code) = args.get(i + 1) else { usage_error("Argument expected for the -c option") };
                source = Some(Source::Code(code.clone()));
                config.argv = std::iter::once("-c".to_string()).chain(args[i + 2..].iter().cloned()).collect();
                config.argv_bytes = tail("-c", i + 2);
                break;
            }
            "-m" => {
                let Some(m) = args.get(i + 1) else { usage_error("Argument expected for the -m option") };
                source = Some(Source::Module(m.clone()));
                config.argv = std::iter::once(m.clone()).chain(args[i + 2..].iter().cloned()).collect();
                config.argv_bytes = tail(m, i + 2);
                break;
            }
            "-X" => {
                let Some(opt) = args.get(i + 1) else { usage_error("Argument expected for the -X option") };
                apply_xoption(&mut config, opt);
                i += 2;
                continue;
            }
            "-W" => {
                let Some(opt) = args.get(i + 1) else { usage_error("Argument expected for the -W option") };
                config.warnoptions.push(opt.clone());
                i += 2;
                continue;
            }
            s if s.starts_with("-W") => config.warnoptions.push(s[2..].to_string()),
            "-" => {
                source = Some(Source::Stdin);
                config.argv = std::iter::once("-".to_string()).chain(args[i + 1..].iter().cloned()).collect();
                config.argv_bytes = tail("-", i + 1);
                break;
            }
            s if s.starts_with("-X") => apply_xoption(&mut config, &s[2..]),
            s if s.starts_with('-') && s.len() > 1 => {
                // Flags we accept and otherwise ignore: -u -B -E -s -S -O -I -q -b -d -v.
                if !s[1..].chars().all(|c| "uBEsSOIqbdvR".contains(c)) {
                    let bad = s[1..].chars().find(|c| !"uBEsSOIqbdvR".contains(*c)).unwrap_or('?');
                    usage_error(&format!("Unknown option: -{bad}"));
                }
                ignore_env |= s.contains(['E', 'I']);
            }
            _ => {
                source = Some(Source::File(a.clone()));
                config.argv = args[i..].to_vec();
                config.argv_bytes = raw[i..].to_vec();
                break;
            }
        }
        i += 1;
    }
    let source = source.unwrap_or_else(|| {
        config.argv = vec![String::new()];
        Source::Stdin
    });
    // As CPython orders them: PYTHONWARNINGS's entries, then the -W
    // options (later filters take precedence).
    if !ignore_env {
        if let Ok(v) = std::env::var("PYTHONWARNINGS") {
            let env = v.split(',').filter(|o| !o.is_empty()).map(String::from);
            config.warnoptions = env.chain(config.warnoptions.drain(..)).collect();
        }
    }
    (config, source)
}

fn parse_mode(v: &str) -> Option<SpecializeMode> {
    match v {
        "on" | "default" | "1" => Some(SpecializeMode::On),
        "off" | "0" => Some(SpecializeMode::Off),
        "first" => Some(SpecializeMode::First),
        _ => None,
    }
}

fn apply_xoption(config: &mut Config, opt: &str) {
    let (k, v) = opt.split_once('=').unwrap_or((opt, ""));
    match k {
        "specialize" => match parse_mode(v) {
            Some(m) => config.specialize = m,
            None => usage_error(&format!("-X specialize: unknown mode '{v}' (use on, off or first)")),
        },
        "warmup" => match v.parse() {
            Ok(n) => config.warmup = n,
            Err(_) => usage_error(&format!("-X warmup: expected a number, got '{v}'")),
        },
        _ => {}
    }
    config.xoptions.push(opt.to_string());
}

/// The script's name as `__file__` and tracebacks show it: CPython 3.11
/// makes a relative one absolute by joining it to the working directory,
/// without normalizing it (`./x.py` in `/w` is `/w/./x.py`).
fn script_path(path: &str) -> String {
    if path.starts_with('/') {
        return path.to_string();
    }
    match std::env::current_dir() {
        Ok(cwd) => {
            let cwd = cwd.display().to_string();
            format!("{cwd}/{path}")
        }
        Err(_) => path.to_string(),
    }
}

fn main() {
    let (mut config, source) = parse_args();
    let (text, filename) = match &source {
        Source::File(path) => match std::fs::read(path) {
            Ok(b) => (String::from_utf8_lossy(&b).to_string(), script_path(path)),
            Err(e) => {
                let abs = std::path::absolute(path).map(|p| p.display().to_string()).unwrap_or_else(|_| path.clone());
                let errno = e.raw_os_error().unwrap_or(2);
                let msg = match errno {
                    2 => "No such file or directory".to_string(),
                    13 => "Permission denied".to_string(),
                    21 => "Is a directory".to_string(),
                    _ => e.to_string(),
                };
                eprintln!("tern: can't open file '{abs}': [Errno {errno}] {msg}");
                std::process::exit(2);
            }
        },
        Source::Code(c) => (c.clone(), "<string>".to_string()),
        Source::Stdin => {
            let mut s = String::new();
            let _ = std::io::stdin().read_to_string(&mut s);
            (s, "<stdin>".to_string())
        }
        Source::Module(_) => (String::new(), String::new()),
    };
    config.script_dir = match &source {
        Source::File(path) => {
            let p = std::path::Path::new(path);
            let dir = p.parent().map(|d| d.display().to_string()).unwrap_or_default();
            let dir = if dir.is_empty() { ".".to_string() } else { dir };
            std::fs::canonicalize(&dir).map(|d| d.display().to_string()).unwrap_or(dir)
        }
        Source::Module(_) => std::env::current_dir().map(|d| d.display().to_string()).unwrap_or_default(),
        _ => String::new(),
    };
    let handle = std::thread::Builder::new().stack_size(1 << 30).spawn(move || {
        let mut vm = Vm::new(config);
        let status = match source {
            Source::Module(m) => vm.run_module_main(&m),
            _ => vm.run_main(&text, &filename),
        };
        vm.finalize_main();
        status
    });
    let status = match handle {
        Ok(h) => match h.join() {
            Ok(s) => s,
            Err(_) => {
                eprintln!("tern: internal error (a Rust panic); this is a bug in tern");
                70
            }
        },
        Err(e) => {
            eprintln!("tern: cannot start the interpreter thread: {e}");
            70
        }
    };
    std::process::exit(status);
}
