//! The standard streams' state, in text or binary mode (`binary` ones
//! read and write bytes); see `modules/io.rs` for their methods.

use std::io::{BufRead, Read, Write};

#[derive(Clone, Copy)]
pub enum FileKind {
    Stdout,
    Stderr,
    Stdin,
    Closed,
}

pub struct FileData {
    pub kind: FileKind,
    pub name: String,
    pub mode: String,
    /// The text layer's settings (`reconfigure` changes them); text
    /// other than utf-8 is encoded by `crate::codecs`.
    pub encoding: String,
    /// `encoding` names utf-8 (text is written as it is held).
    pub utf8: bool,
    pub errors: String,
    /// Flush after a write that holds a newline.
    pub line_buffering: bool,
    pub write_through: bool,
    /// A text stream's binary `buffer` (the same object every time).
    pub buffer: Option<crate::value::Value>,
    /// A binary stream's `raw` FileIO, made when first asked for.
    pub raw: Option<crate::value::Value>,
    /// `detach()` was called: the stream is closed for good.
    pub detached: bool,
}

/// Is the C or POSIX locale (or one CPython coerces it to, C.UTF-8) in
/// effect, as the environment says?
fn c_locale() -> bool {
    let var = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
    matches!(
        var("LC_ALL").or_else(|| var("LC_CTYPE")).or_else(|| var("LANG")).as_deref(),
        None | Some("C" | "POSIX" | "C.UTF-8" | "C.utf8" | "UTF-8")
    )
}

impl FileData {
    /// A standard stream as CPython sets it up: utf-8 (or as
    /// `PYTHONIOENCODING` says), errors from
    /// `PYTHONIOENCODING` (`strict` by default, `backslashreplace` for
    /// stderr, `surrogateescape` in UTF-8 mode or the C locale), stderr
    /// and terminals line buffered, all written through with
    /// `PYTHONUNBUFFERED`.
    pub fn std_stream(kind: FileKind, name: &str, mode: &str) -> FileData {
        let fd = match kind {
            FileKind::Stdin => 0,
            FileKind::Stdout => 1,
            _ => 2,
        };
        let io_enc = std::env::var("PYTHONIOENCODING").ok().filter(|s| !s.is_empty());
        let errors = match io_enc.as_deref().and_then(|s| s.split_once(':')).map(|(_, e)| e).filter(|e| !e.is_empty()) {
            Some(e) if fd != 2 => e.to_string(),
            _ if fd == 2 => "backslashreplace".into(),
            _ if io_enc.is_none() && (std::env::var("PYTHONUTF8").is_ok_and(|v| v == "1") || c_locale()) => "surrogateescape".into(),
            _ => "strict".into(),
        };
        let unbuffered = std::env::var("PYTHONUNBUFFERED").is_ok_and(|v| !v.is_empty());
        // The encoding part of PYTHONIOENCODING (reading still decodes
        // utf-8); other codecs than the native ones keep the name given.
        let enc = io_enc.as_deref().map(|s| s.split(':').next().unwrap_or("")).filter(|e| !e.is_empty());
        let (encoding, utf8) = match enc {
            Some(e) => match crate::codecs::native(e) {
                Some(c) => (crate::codecs::canonical_name(c).to_string(), c == crate::codecs::Codec::Utf8),
                None => (e.to_string(), false),
            },
            None => ("utf-8".to_string(), true),
        };
        FileData {
            kind,
            name: name.into(),
            mode: mode.into(),
            encoding,
            utf8,
            errors,
            // As CPython's create_stdio: stderr and terminals are line
            // buffered, unless everything is unbuffered (-u), which
            // writes through.
            line_buffering: !unbuffered && (fd == 2 || crate::fdfile::isatty_fd(fd)),
            write_through: unbuffered,
            buffer: None,
            raw: None,
            detached: false,
        }
    }
    pub fn is_binary(&self) -> bool {
        self.mode.contains('b')
    }
    pub fn is_closed(&self) -> bool {
        matches!(self.kind, FileKind::Closed)
    }
    pub fn write(&mut self, s: &str) -> std::io::Result<()> {
        self.write_bytes(s.as_bytes())
    }
    pub fn write_bytes(&mut self, s: &[u8]) -> std::io::Result<()> {
        let binary = self.is_binary();
        match &mut self.kind {
            FileKind::Stdout if binary => crate::stdio::write_stdout(s),
            FileKind::Stdout => crate::stdio::write_stdout_text(s, self.write_through),
            FileKind::Stderr => {
                crate::stdio::flush_stdout();
                std::io::stderr().write_all(s)
            }
            _ => Err(std::io::Error::other("not writable")),
        }
    }
    pub fn flush(&mut self) -> std::io::Result<()> {
        let binary = self.is_binary();
        match &mut self.kind {
            FileKind::Stdout if binary => {
                crate::stdio::flush_stdout_buffer();
                Ok(())
            }
            FileKind::Stdout => {
                crate::stdio::flush_stdout();
                Ok(())
            }
            _ => Ok(()),
        }
    }
    fn reader(&mut self) -> std::io::Result<Box<dyn BufRead + '_>> {
        match &mut self.kind {
            FileKind::Stdin => {
                crate::stdio::flush_stdout();
                Ok(Box::new(std::io::stdin().lock()))
            }
            _ => Err(std::io::Error::other("not readable")),
        }
    }
    pub fn read_all_bytes(&mut self) -> std::io::Result<Vec<u8>> {
        let mut s = Vec::new();
        self.reader()?.read_to_end(&mut s)?;
        Ok(s)
    }
    pub fn read_all(&mut self) -> std::io::Result<String> {
        let b = self.read_all_bytes()?;
        String::from_utf8(b).map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))
    }
    /// Reads up to `n` bytes.
    pub fn read_bytes(&mut self, n: usize) -> std::io::Result<Vec<u8>> {
        let mut out = Vec::with_capacity(n.min(1 << 16));
        self.reader()?.take(n as u64).read_to_end(&mut out)?;
        Ok(out)
    }
    /// Reads up to `n` characters of UTF-8 text.
    pub fn read_chars(&mut self, n: usize) -> std::io::Result<String> {
        let mut r = self.reader()?;
        let mut out = Vec::new();
        for _ in 0..n {
            let mut first = [0u8; 1];
            if r.read(&mut first)? == 0 {
                break;
            }
            let extra = match first[0] {
                0xf0..=0xff => 3,
                0xe0..=0xef => 2,
                0xc0..=0xdf => 1,
                _ => 0,
            };
            out.push(first[0]);
            let mut rest = vec![0u8; extra];
            r.read_exact(&mut rest)?;
            out.extend(rest);
        }
        String::from_utf8(out).map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))
    }
    /// Reads one line including its newline; empty at end of file.
    pub fn read_line_bytes(&mut self) -> std::io::Result<Vec<u8>> {
        let mut s = Vec::new();
        self.reader()?.read_until(b'\n', &mut s)?;
        Ok(s)
    }
    /// Reads one line of text including its newline; empty at end of file.
    pub fn read_line(&mut self) -> std::io::Result<String> {
        let b = self.read_line_bytes()?;
        String::from_utf8(b).map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))
    }
}
