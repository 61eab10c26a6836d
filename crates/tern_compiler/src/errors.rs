//! Compile errors: a `SyntaxError` or `IndentationError` with CPython's
//! message, file, line and column.

/// Which exception class the error becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
}

impl ErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::SyntaxError => "SyntaxError",
            ErrorKind::IndentationError => "IndentationError",
            ErrorKind::TabError => "TabError",
        }
    }
}

/// A syntax error at a position in a file. Lines and columns are 1-based;
/// the column counts characters as CPython's `offset` does.
#[derive(Clone, Debug)]
pub struct CompileError {
    pub kind: ErrorKind,
    pub message: String,
    pub filename: String,
    pub line: u32,
    pub column: u32,
    pub end_line: u32,
    /// -1 where CPython's is (indentation errors from its tokenizer).
    pub end_column: i32,
    /// The source line the error is on, without its newline.
    pub text: Option<String>,
    /// `text` ends with a newline in the exception (as CPython's does when
    /// its tokenizer's buffer held the line, not for a tokenizer error).
    pub text_newline: bool,
    /// An error of the compiler (not the parser): CPython reads `text`
    /// from the file named `filename`, and has None when there is none.
    pub text_from_file: bool,
}

/// Maps byte offsets to lines and columns.
pub struct LineIndex<'a> {
    source: &'a str,
    starts: Vec<u32>,
}

impl<'a> LineIndex<'a> {
    /// The whole source text.
    pub fn source(&self) -> &'a str {
        self.source
    }

    pub fn new(source: &'a str) -> LineIndex<'a> {
        let mut starts = vec![0u32];
        for (i, b) in source.bytes().enumerate() {
            if b == b'\n' {
                starts.push(i as u32 + 1);
            }
        }
        LineIndex { source, starts }
    }

    /// 1-based line of a byte offset.
    pub fn line(&self, offset: u32) -> u32 {
        match self.starts.binary_search(&offset) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    /// The byte offset where a 1-based line starts.
    pub fn line_start(&self, line: u32) -> u32 {
        self.starts.get((line as usize).saturating_sub(1)).copied().unwrap_or(0)
    }

    /// 1-based character column of a byte offset.
    pub fn column(&self, offset: u32) -> u32 {
        let line = self.line(offset);
        let start = self.starts[(line - 1) as usize] as usize;
        let end = (offset as usize).min(self.source.len());
        self.source.get(start..end).map(|s| s.chars().count() as u32 + 1).unwrap_or(1)
    }

    /// The text of a 1-based line.
    pub fn line_text(&self, line: u32) -> Option<String> {
        let start = *self.starts.get((line as usize).checked_sub(1)?)? as usize;
        let end = self.starts.get(line as usize).map(|e| *e as usize).unwrap_or(self.source.len());
        let text = self.source.get(start..end)?;
        Some(text.trim_end_matches(['\n', '\r']).to_string())
    }
}

impl LineIndex<'_> {
    /// The source text between two byte offsets.
    pub fn slice(&self, start: u32, end: u32) -> String {
        self.source.get(start as usize..end as usize).unwrap_or("").to_string()
    }
}
