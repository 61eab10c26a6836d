//! The command line: options, exit statuses and `-X dis`.

use std::process::{Command, Stdio};

fn tern() -> Command {
    Command::new(env!("CARGO_BIN_EXE_tern"))
}

fn run(cmd: &mut Command) -> (i32, String, String) {
    let out = cmd.stdin(Stdio::null()).output().expect("run tern");
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn version_and_code() {
    let (code, out, _) = run(tern().arg("--version"));
    assert_eq!(code, 0);
    assert!(out.starts_with("Python 3.11"), "{out}");
    let (code, out, _) = run(tern().args(["-c", "import sys; print(sys.argv[1:], 6 * 7)", "a"]));
    assert_eq!((code, out.as_str()), (0, "['a'] 42\n"));
}

#[test]
fn exit_statuses() {
    assert_eq!(run(tern().args(["-c", "raise SystemExit(3)"])).0, 3);
    assert_eq!(run(tern().args(["-c", "import sys; sys.exit()"])).0, 0);
    let (code, _, err) = run(tern().args(["-c", "import sys; sys.exit('bye')"]));
    assert_eq!((code, err.as_str()), (1, "bye\n"));
    let (code, _, err) = run(tern().args(["-c", "1/0"]));
    assert_eq!(code, 1);
    assert!(err.ends_with("ZeroDivisionError: division by zero\n"), "{err}");
    assert_eq!(run(tern().arg("-Q")).0, 2, "unknown option is a usage error");
    assert_eq!(run(tern().arg("/nonexistent/x.py")).0, 2);
}

#[test]
fn dis_shows_specialized_instructions() {
    let src = "def f(n):\n    t = 0\n    for i in range(n):\n        t += len('ab') + i\n    return t\nprint(f(500))\n";
    let (code, out, err) = run(tern().args(["-X", "dis", "-c", src]));
    assert_eq!((code, out.as_str()), (0, "125750\n"));
    assert!(err.contains("LOAD_GLOBAL_BUILTIN") && err.contains("FOR_ITER_RANGE"), "{err}");
    let (_, _, err) = run(tern().args(["-X", "dis", "-X", "specialize=off", "-c", src]));
    assert!(!err.contains("LOAD_GLOBAL_BUILTIN") && err.contains("LOAD_GLOBAL"), "{err}");
}

#[test]
fn dash_m_runs_packages_with_relative_imports() {
    let dir = std::env::temp_dir().join(format!("tern-m-{}", std::process::id()));
    let pkg = dir.join("pkg");
    std::fs::create_dir_all(pkg.join("sub")).expect("temp dir");
    std::fs::write(pkg.join("__init__.py"), "").expect("write");
    std::fs::write(pkg.join("helper.py"), "X = 42\n").expect("write");
    std::fs::write(pkg.join("__main__.py"), "from .helper import X\nprint(__name__, __package__, X)\n").expect("write");
    std::fs::write(pkg.join("sub").join("__init__.py"), "").expect("write");
    std::fs::write(pkg.join("sub").join("mod.py"), "from ..helper import X\nprint(__name__, __package__, X + 1)\n").expect("write");
    let (code, out, err) = run(tern().current_dir(&dir).args(["-m", "pkg"]));
    assert_eq!((code, out.as_str()), (0, "__main__ pkg 42\n"), "{err}");
    let (code, out, err) = run(tern().current_dir(&dir).args(["-m", "pkg.sub.mod"]));
    assert_eq!((code, out.as_str()), (0, "__main__ pkg.sub 43\n"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}
