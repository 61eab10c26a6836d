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
}

impl FileData {
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
        match &mut self.kind {
            FileKind::Stdout => crate::stdio::write_stdout(s),
            FileKind::Stderr => {
                crate::stdio::flush_stdout();
                std::io::stderr().write_all(s)
            }
            _ => Err(std::io::Error::other("not writable")),
        }
    }
    pub fn flush(&mut self) -> std::io::Result<()> {
        match &mut self.kind {
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
