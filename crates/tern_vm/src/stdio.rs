//! Buffered standard output shared by `print` and `sys.stdout`, flushed at
//! exit, before stderr output and before reading stdin.
//!
//! Two layers, as CPython's: text written to `sys.stdout` waits in the
//! text layer's pending bytes (`TextIOWrapper`, up to [`CHUNK_SIZE`])
//! before it goes to the binary layer (`sys.stdout.buffer`), which
//! `sys.stdout.buffer.write` fills directly; so without
//! `PYTHONUNBUFFERED` a mix of the two comes out in CPython's order.

use std::cell::RefCell;
use std::io::Write;

/// `TextIOWrapper._CHUNK_SIZE`.
const CHUNK_SIZE: usize = 8192;

thread_local! {
    /// The binary layer's buffer.
    static OUT: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
    /// The text layer's pending bytes.
    static PENDING: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

/// Writes to the binary layer (`sys.stdout.buffer.write`, `os.write(1)`).
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

/// Writes encoded text through the text layer, as `TextIOWrapper.write`:
/// pending bytes go down to the binary layer when they would pass the
/// chunk size, reach it, or the stream writes through.
pub fn write_stdout_text(b: &[u8], write_through: bool) -> std::io::Result<()> {
    let over = PENDING.with(|p| p.borrow().len() + b.len() > CHUNK_SIZE);
    if over {
        flush_text_layer()?;
    }
    let full = PENDING.with(|p| {
        let mut p = p.borrow_mut();
        p.extend_from_slice(b);
        p.len() >= CHUNK_SIZE
    });
    if full || write_through {
        flush_text_layer()?;
    }
    Ok(())
}

/// Moves the text layer's pending bytes to the binary layer.
fn flush_text_layer() -> std::io::Result<()> {
    let pending = PENDING.with(|p| std::mem::take(&mut *p.borrow_mut()));
    if pending.is_empty() {
        return Ok(());
    }
    write_stdout(&pending)
}

/// `sys.stdout.buffer.flush()`: the binary layer only.
pub fn flush_stdout_buffer() {
    OUT.with(|o| {
        let mut o = o.borrow_mut();
        if !o.is_empty() {
            let _ = std::io::stdout().write_all(&o);
            o.clear();
        }
        let _ = std::io::stdout().flush();
    })
}

/// `sys.stdout.flush()`: both layers.
pub fn flush_stdout() {
    let _ = flush_text_layer();
    flush_stdout_buffer();
}
