//! Minimal text files: the standard streams and files from `open()`.

use std::io::{BufRead, Read, Write};

pub enum FileKind {
    Stdout,
    Stderr,
    Stdin,
    Read(std::io::BufReader<std::fs::File>),
    Write(std::io::BufWriter<std::fs::File>),
    Closed,
}

pub struct FileData {
    pub kind: FileKind,
    pub name: String,
    pub mode: String,
}

impl FileData {
    pub fn write(&mut self, s: &str) -> std::io::Result<()> {
        match &mut self.kind {
            FileKind::Stdout => crate::stdio::write_stdout(s.as_bytes()),
            FileKind::Stderr => {
                crate::stdio::flush_stdout();
                std::io::stderr().write_all(s.as_bytes())
            }
            FileKind::Write(w) => w.write_all(s.as_bytes()),
            _ => Err(std::io::Error::other("not writable")),
        }
    }
    pub fn flush(&mut self) -> std::io::Result<()> {
        match &mut self.kind {
            FileKind::Stdout => {
                crate::stdio::flush_stdout();
                Ok(())
            }
            FileKind::Write(w) => w.flush(),
            _ => Ok(()),
        }
    }
    pub fn read_all(&mut self) -> std::io::Result<String> {
        let mut s = String::new();
        match &mut self.kind {
            FileKind::Read(r) => {
                r.read_to_string(&mut s)?;
            }
            FileKind::Stdin => {
                std::io::stdin().read_to_string(&mut s)?;
            }
            _ => return Err(std::io::Error::other("not readable")),
        }
        Ok(s)
    }
    /// Reads one line including its newline; empty at end of file.
    pub fn read_line(&mut self) -> std::io::Result<String> {
        let mut s = String::new();
        match &mut self.kind {
            FileKind::Read(r) => {
                r.read_line(&mut s)?;
            }
            FileKind::Stdin => {
                crate::stdio::flush_stdout();
                std::io::stdin().lock().read_line(&mut s)?;
            }
            _ => return Err(std::io::Error::other("not readable")),
        }
        Ok(s)
    }
}
