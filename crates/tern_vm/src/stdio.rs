//! Buffered standard output shared by `print` and `sys.stdout`, flushed at
//! exit, before stderr output and before reading stdin.

use std::cell::RefCell;
use std::io::Write;

thread_local! {
    static OUT: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

pub fn write_stdout(b: &[u8]) -> std::io::Result<()> {
    OUT.with(|o| {
        let mut o = o.borrow_mut();
        o.extend_from_slice(b);
        if o.len() > 1 << 16 {
            let r = std::io::stdout().write_all(&o);
            o.clear();
            return r;
        }
        Ok(())
    })
}

pub fn flush_stdout() {
    OUT.with(|o| {
        let mut o = o.borrow_mut();
        if !o.is_empty() {
            let _ = std::io::stdout().write_all(&o);
            o.clear();
        }
        let _ = std::io::stdout().flush();
    })
}
