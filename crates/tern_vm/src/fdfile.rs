//! Buffered files over a file descriptor: the native core of `_io`
//! (`FileIO` and the `Buffered*` classes share one `FdFile`). A read
//! buffer and a write buffer, never both non-empty; descriptors 1 and 2
//! write through the shared standard-output buffer of `stdio.rs` so that
//! output order matches `print`. Unflushed data is written when the file
//! is dropped, and by [`flush_all`] at exit.

use std::cell::RefCell;
use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};
use std::mem::ManuallyDrop;
use std::os::fd::{FromRawFd, RawFd};
use std::rc::{Rc, Weak};

thread_local! {
    /// Files that may hold unwritten data, flushed at exit.
    static OPEN: RefCell<Vec<Weak<RefCell<FdFile>>>> = const { RefCell::new(Vec::new()) };
}

pub struct FdFile {
    pub fd: RawFd,
    pub closefd: bool,
    pub closed: bool,
    pub buffer_size: usize,
    rbuf: Vec<u8>,
    rpos: usize,
    wbuf: Vec<u8>,
    /// Line endings seen by [`FdFile::readline_text`]: 1 `\n`, 2 `\r`,
    /// 4 `\r\n` (as `IncrementalNewlineDecoder.seennl`).
    pub seennl: u8,
}

/// Registers a new file for the flush at exit.
pub fn register(f: &Rc<RefCell<FdFile>>) {
    OPEN.with(|o| {
        let mut o = o.borrow_mut();
        o.retain(|w| w.strong_count() > 0);
        o.push(Rc::downgrade(f));
    });
}

/// Writes the buffered data of every open file (at interpreter exit).
pub fn flush_all() {
    let files: Vec<_> = OPEN.with(|o| o.borrow().iter().filter_map(|w| w.upgrade()).collect());
    for f in files {
        if let Ok(mut f) = f.try_borrow_mut() {
            let _ = f.flush();
        }
    }
}

/// Runs `op` on a `File` view of `fd` that does not close it.
fn with_file<T>(fd: RawFd, op: impl FnOnce(&mut File) -> std::io::Result<T>) -> std::io::Result<T> {
    if fd < 0 {
        return Err(std::io::Error::from_raw_os_error(9));
    }
    // SAFETY: the descriptor stays owned by its FdFile (or the caller);
    // ManuallyDrop keeps this temporary File from closing it.
    let mut f = ManuallyDrop::new(unsafe { File::from_raw_fd(fd) });
    op(&mut f)
}

/// Closes a descriptor.
pub fn close_fd(fd: RawFd) -> std::io::Result<()> {
    if fd < 0 {
        return Err(std::io::Error::from_raw_os_error(9));
    }
    // Validate first: closing a bad descriptor through File would abort.
    with_file(fd, |f| f.metadata().map(|_| ()))?;
    // SAFETY: the caller gives up ownership of `fd`; File closes it once.
    drop(unsafe { File::from_raw_fd(fd) });
    Ok(())
}

/// One `read` system call of at most `n` bytes (retried on EINTR; at most
/// 16 MiB at a time, so a huge `n` allocates only what a read can fill).
pub fn read_fd(fd: RawFd, n: usize) -> std::io::Result<Vec<u8>> {
    if fd == 0 {
        crate::stdio::flush_stdout();
    }
    let mut buf = vec![0u8; n.min(1 << 24)];
    let got = loop {
        match with_file(fd, |f| f.read(&mut buf)) {
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            r => break r?,
        }
    };
    buf.truncate(got);
    Ok(buf)
}

/// Reads until end of file.
pub fn read_all_fd(fd: RawFd) -> std::io::Result<Vec<u8>> {
    if fd == 0 {
        crate::stdio::flush_stdout();
    }
    let mut out = Vec::new();
    with_file(fd, |f| f.read_to_end(&mut out))?;
    Ok(out)
}

/// Writes all of `b` (descriptors 1 and 2 keep order with `print`).
pub fn write_fd(fd: RawFd, b: &[u8]) -> std::io::Result<usize> {
    match fd {
        1 => crate::stdio::write_stdout(b)?,
        2 => {
            crate::stdio::flush_stdout();
            with_file(fd, |f| f.write_all(b))?
        }
        _ => with_file(fd, |f| f.write_all(b))?,
    }
    Ok(b.len())
}

/// `lseek`: the new position.
pub fn seek_fd(fd: RawFd, pos: i64, whence: i32) -> std::io::Result<u64> {
    let to = match whence {
        0 if pos < 0 => return Err(std::io::Error::from_raw_os_error(22)),
        0 => SeekFrom::Start(pos as u64),
        1 => SeekFrom::Current(pos),
        2 => SeekFrom::End(pos),
        _ => return Err(std::io::Error::from_raw_os_error(22)),
    };
    if fd == 1 {
        crate::stdio::flush_stdout();
    }
    with_file(fd, |f| f.seek(to))
}

pub fn truncate_fd(fd: RawFd, size: u64) -> std::io::Result<()> {
    with_file(fd, |f| f.set_len(size))
}

pub fn metadata_fd(fd: RawFd) -> std::io::Result<std::fs::Metadata> {
    with_file(fd, |f| f.metadata())
}

pub fn set_permissions_fd(fd: RawFd, perms: std::fs::Permissions) -> std::io::Result<()> {
    with_file(fd, |f| f.set_permissions(perms))
}

/// Can `fd` seek (a regular file or device, not a pipe or terminal)?
pub fn seekable_fd(fd: RawFd) -> bool {
    use std::io::Seek;
    with_file(fd, |f| f.stream_position()).is_ok()
}

pub fn isatty_fd(fd: RawFd) -> bool {
    use std::io::IsTerminal;
    with_file(fd, |f| Ok(f.is_terminal())).unwrap_or(false)
}

/// `os.open`: flags and mode as in POSIX (Linux values).
pub fn open_path(path: &std::path::Path, flags: i32, mode: u32) -> std::io::Result<RawFd> {
    use std::os::fd::IntoRawFd;
    use std::os::unix::fs::OpenOptionsExt;
    let acc = flags & 3;
    let mut o = std::fs::OpenOptions::new();
    o.read(acc == 0 || acc == 2).write(acc == 1 || acc == 2).mode(mode).custom_flags(flags & !3);
    Ok(o.open(path)?.into_raw_fd())
}

impl FdFile {
    pub fn new(fd: RawFd, closefd: bool) -> FdFile {
        FdFile { fd, closefd, closed: false, buffer_size: 8192, rbuf: Vec::new(), rpos: 0, wbuf: Vec::new(), seennl: 0 }
    }

    fn unread(&self) -> usize {
        self.rbuf.len() - self.rpos
    }

    /// Writes the write buffer out.
    pub fn flush(&mut self) -> std::io::Result<()> {
        if self.wbuf.is_empty() || self.closed {
            return Ok(());
        }
        let data = std::mem::take(&mut self.wbuf);
        write_fd(self.fd, &data)?;
        Ok(())
    }

    /// Makes the descriptor's position the logical one: flushes writes and
    /// gives back unread bytes (on a seekable file).
    pub fn sync(&mut self) -> std::io::Result<()> {
        self.flush()?;
        let n = self.unread();
        if n > 0 {
            seek_fd(self.fd, -(n as i64), 1)?;
        }
        self.rbuf.clear();
        self.rpos = 0;
        Ok(())
    }

    fn fill(&mut self) -> std::io::Result<bool> {
        self.flush()?;
        if self.rpos >= self.rbuf.len() {
            self.rbuf = read_fd(self.fd, self.buffer_size.max(1))?;
            self.rpos = 0;
        }
        Ok(!self.rbuf.is_empty())
    }

    fn take(&mut self, n: usize) -> Vec<u8> {
        let end = self.rpos.saturating_add(n).min(self.rbuf.len());
        let out = self.rbuf[self.rpos..end].to_vec();
        self.rpos = end;
        out
    }

    /// Reads up to `n` bytes (all that remains for None), calling `read`
    /// until satisfied or at end of file.
    pub fn read(&mut self, n: Option<usize>) -> std::io::Result<Vec<u8>> {
        self.flush()?;
        let Some(n) = n else {
            let mut out = self.take(usize::MAX);
            out.extend(read_all_fd(self.fd)?);
            return Ok(out);
        };
        let mut out = self.take(n);
        while out.len() < n {
            if n - out.len() >= self.buffer_size {
                let chunk = read_fd(self.fd, n - out.len())?;
                if chunk.is_empty() {
                    break;
                }
                out.extend(chunk);
            } else {
                if !self.fill()? {
                    break;
                }
                let more = self.take(n - out.len());
                out.extend(more);
            }
        }
        Ok(out)
    }

    /// At most one system call: buffered bytes, or one read.
    pub fn read1(&mut self, n: Option<usize>) -> std::io::Result<Vec<u8>> {
        let n = n.unwrap_or(self.buffer_size);
        if self.unread() == 0 && n > 0 {
            self.fill()?;
        }
        Ok(self.take(n))
    }

    /// The buffered bytes without consuming them (reads if empty).
    pub fn peek(&mut self) -> std::io::Result<Vec<u8>> {
        if self.unread() == 0 {
            self.fill()?;
        }
        Ok(self.rbuf[self.rpos..].to_vec())
    }

    /// One line including `\n`, at most `limit` bytes.
    pub fn readline(&mut self, limit: Option<usize>) -> std::io::Result<Vec<u8>> {
        let limit = limit.unwrap_or(usize::MAX);
        let mut out = Vec::new();
        while out.len() < limit {
            if self.unread() == 0 && !self.fill()? {
                break;
            }
            let avail = &self.rbuf[self.rpos..];
            let room = limit - out.len();
            let window = &avail[..avail.len().min(room)];
            if let Some(i) = window.iter().position(|&c| c == b'\n') {
                out.extend_from_slice(&window[..=i]);
                self.rpos += i + 1;
                break;
            }
            out.extend_from_slice(window);
            self.rpos += window.len();
        }
        Ok(out)
    }

    /// One line of text bytes with universal newlines (`\n`, `\r`,
    /// `\r\n`), turned into `\n` when `translate`.
    pub fn readline_text(&mut self, translate: bool) -> std::io::Result<Vec<u8>> {
        let mut out = Vec::new();
        loop {
            if self.unread() == 0 && !self.fill()? {
                break;
            }
            let avail = &self.rbuf[self.rpos..];
            let Some(i) = avail.iter().position(|&c| c == b'\n' || c == b'\r') else {
                out.extend_from_slice(avail);
                self.rpos = self.rbuf.len();
                continue;
            };
            out.extend_from_slice(&avail[..i]);
            let was_cr = avail[i] == b'\r';
            self.rpos += i + 1;
            if !was_cr {
                self.seennl |= 1;
                out.push(b'\n');
                break;
            }
            // A \r: look at the next byte (possibly in the next chunk).
            if self.unread() == 0 {
                self.fill()?;
            }
            if self.unread() > 0 && self.rbuf[self.rpos] == b'\n' {
                self.rpos += 1;
                self.seennl |= 4;
                out.extend_from_slice(if translate { b"\n" } else { b"\r\n" });
            } else {
                self.seennl |= 2;
                out.push(if translate { b'\n' } else { b'\r' });
            }
            break;
        }
        Ok(out)
    }

    /// Records the line endings of `b` (all of a file's remaining text)
    /// and turns them into `\n` when `translate`.
    pub fn universal_newlines(&mut self, b: Vec<u8>, translate: bool) -> Vec<u8> {
        if !b.contains(&b'\r') {
            if b.contains(&b'\n') {
                self.seennl |= 1;
            }
            return b;
        }
        let mut out = Vec::with_capacity(b.len());
        let mut i = 0;
        while i < b.len() {
            match b[i] {
                b'\r' if b.get(i + 1) == Some(&b'\n') => {
                    self.seennl |= 4;
                    out.extend_from_slice(if translate { b"\n" } else { b"\r\n" });
                    i += 2;
                    continue;
                }
                b'\r' => {
                    self.seennl |= 2;
                    out.push(if translate { b'\n' } else { b'\r' });
                }
                b'\n' => {
                    self.seennl |= 1;
                    out.push(b'\n');
                }
                c => out.push(c),
            }
            i += 1;
        }
        out
    }

    /// Buffers `b`, writing out when the buffer is full.
    pub fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        if self.unread() > 0 {
            self.sync()?;
        }
        self.rbuf.clear();
        self.rpos = 0;
        self.wbuf.extend_from_slice(b);
        if self.wbuf.len() >= self.buffer_size {
            self.flush()?;
        }
        Ok(b.len())
    }

    pub fn seek(&mut self, pos: i64, whence: i32) -> std::io::Result<u64> {
        self.flush()?;
        let unread = self.unread() as i64;
        self.rbuf.clear();
        self.rpos = 0;
        let pos = if whence == 1 { pos.checked_sub(unread).ok_or_else(|| std::io::Error::from_raw_os_error(22))? } else { pos };
        seek_fd(self.fd, pos, whence)
    }

    pub fn tell(&mut self) -> std::io::Result<u64> {
        let p = seek_fd(self.fd, 0, 1)? as i64;
        Ok((p - self.unread() as i64 + self.wbuf.len() as i64).max(0) as u64)
    }

    pub fn truncate(&mut self, size: u64) -> std::io::Result<()> {
        self.sync()?;
        truncate_fd(self.fd, size)
    }

    pub fn close(&mut self) -> std::io::Result<()> {
        if self.closed {
            return Ok(());
        }
        let r = self.flush();
        self.closed = true;
        self.rbuf = Vec::new();
        self.rpos = 0;
        if self.closefd {
            close_fd(self.fd)?;
        }
        r
    }
}

impl Drop for FdFile {
    fn drop(&mut self) {
        let _ = self.close();
    }
}
