//! Deflate streams with zlib's wrappers, for tern's `zlib` module: the
//! raw deflate algorithm is `miniz_oxide`'s; the zlib (RFC 1950) and gzip
//! (RFC 1952) headers and trailers, their checks and zlib's error
//! messages for them are here, as in zlib's `deflate.c`/`inflate.c`.
//!
//! Compressed bytes may differ from C zlib's (another, equally valid,
//! deflate encoder); what decompresses is exactly what zlib accepts for
//! headers and checksums. miniz_oxide's window is always 32 KiB, so a
//! stream asked for with a smaller window (`wbits` < 15) is written as
//! stored blocks, which any decoder with that window reads.

use miniz_oxide::deflate::core::{create_comp_flags_from_zip_params, CompressorOxide};
use miniz_oxide::inflate::stream::InflateState;
use miniz_oxide::{DataFormat, MZError, MZFlush, MZStatus};

const CHUNK: usize = 1 << 16;

fn crc_table() -> &'static [u32; 256] {
    static TABLE: std::sync::OnceLock<[u32; 256]> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = [0u32; 256];
        for (i, slot) in t.iter_mut().enumerate() {
            let mut c = i as u32;
            for _ in 0..8 {
                c = if c & 1 != 0 { 0xedb8_8320 ^ (c >> 1) } else { c >> 1 };
            }
            *slot = c;
        }
        t
    })
}

/// CRC-32 (as zlib's `crc32`), continuing from `crc`.
pub fn crc32(data: &[u8], crc: u32) -> u32 {
    let t = crc_table();
    let mut c = !crc;
    for b in data {
        c = t[((c ^ *b as u32) & 0xff) as usize] ^ (c >> 8);
    }
    !c
}

/// Adler-32 (as zlib's `adler32`), continuing from `adler`.
pub fn adler32(data: &[u8], adler: u32) -> u32 {
    const MOD: u32 = 65521;
    let (mut a, mut b) = (adler & 0xffff, adler >> 16);
    for chunk in data.chunks(5552) {
        for x in chunk {
            a += *x as u32;
            b += a;
        }
        a %= MOD;
        b %= MOD;
    }
    (b << 16) | a
}

/// The container around the deflate data.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Wrap {
    Raw,
    Zlib,
    Gzip,
}

/// A compression stream (`zlib.compressobj`).
pub struct Deflater {
    comp: CompressorOxide,
    wrap: Wrap,
    /// Window bits, 9..=15 (zlib writes 8 as 9).
    bits: i32,
    level: i32,
    strategy: i32,
    started: bool,
    check: u32,
    total_in: u32,
}

impl Deflater {
    /// `level` 0..=9 (or -1), `wbits` as zlib's (8..=15 zlib, -15..=-9
    /// raw, 25..=31 gzip), `strategy` 0..=4: None when zlib would refuse
    /// them.
    pub fn new(level: i32, wbits: i32, strategy: i32) -> Option<Deflater> {
        let level = if level == -1 { 6 } else { level };
        let (wrap, bits) = match wbits {
            -15..=-9 => (Wrap::Raw, -wbits),
            8..=15 => (Wrap::Zlib, wbits),
            25..=31 => (Wrap::Gzip, wbits - 16),
            _ => return None,
        };
        if !(0..=9).contains(&level) || !(0..=4).contains(&strategy) || !(8..=15).contains(&bits) {
            return None;
        }
        let bits = bits.max(9);
        let flags = create_comp_flags_from_zip_params(if bits < 15 { 0 } else { level }, -15, strategy);
        let check = if wrap == Wrap::Zlib { 1 } else { 0 };
        Some(Deflater { comp: CompressorOxide::new(flags), wrap, bits, level, strategy, started: false, check, total_in: 0 })
    }

    fn header(&mut self, out: &mut Vec<u8>) {
        if self.started {
            return;
        }
        self.started = true;
        match self.wrap {
            Wrap::Raw => {}
            Wrap::Zlib => {
                let level_flags = if self.strategy >= 2 || self.level < 2 {
                    0
                } else if self.level < 6 {
                    1
                } else if self.level == 6 {
                    2
                } else {
                    3
                };
                let cinfo = (self.bits - 8) as u16;
                let mut h: u16 = ((cinfo << 4 | 8) << 8) | (level_flags << 6);
                h += 31 - (h % 31);
                out.extend_from_slice(&h.to_be_bytes());
            }
            Wrap::Gzip => {
                let xfl = if self.level == 9 {
                    2
                } else if self.strategy >= 2 || self.level < 2 {
                    4
                } else {
                    0
                };
                out.extend_from_slice(&[0x1f, 0x8b, 8, 0, 0, 0, 0, 0, xfl, 3]);
            }
        }
    }

    fn run(&mut self, mut input: &[u8], flush: MZFlush, out: &mut Vec<u8>) {
        let mut buf = vec![0u8; CHUNK];
        loop {
            let r = miniz_oxide::deflate::stream::deflate(&mut self.comp, input, &mut buf, flush);
            out.extend_from_slice(&buf[..r.bytes_written]);
            input = &input[r.bytes_consumed..];
            match r.status {
                Ok(MZStatus::StreamEnd) | Err(_) => break,
                Ok(_) if input.is_empty() && r.bytes_written < buf.len() => break,
                Ok(_) => {}
            }
        }
    }

    /// Compresses `data`, appending whatever output is ready.
    pub fn compress(&mut self, data: &[u8], out: &mut Vec<u8>) {
        self.header(out);
        self.check = match self.wrap {
            Wrap::Zlib => adler32(data, self.check),
            Wrap::Gzip => crc32(data, self.check),
            Wrap::Raw => 0,
        };
        self.total_in = self.total_in.wrapping_add(data.len() as u32);
        self.run(data, MZFlush::None, out);
    }

    /// Flushes with zlib's mode (1, 2, 3, 5, 6 flush a block; 4 ends the
    /// stream and writes the trailer).
    pub fn flush(&mut self, mode: i32, out: &mut Vec<u8>) {
        self.header(out);
        let flush = match mode {
            3 => MZFlush::Full,
            4 => MZFlush::Finish,
            _ => MZFlush::Sync,
        };
        self.run(&[], flush, out);
        if flush == MZFlush::Finish {
            match self.wrap {
                Wrap::Raw => {}
                Wrap::Zlib => out.extend_from_slice(&self.check.to_be_bytes()),
                Wrap::Gzip => {
                    out.extend_from_slice(&self.check.to_le_bytes());
                    out.extend_from_slice(&self.total_in.to_le_bytes());
                }
            }
        }
    }
}

/// A decompression error: zlib's code and message.
#[derive(Debug, PartialEq, Eq)]
pub struct ZError {
    pub code: i32,
    pub msg: &'static str,
}

fn data_error(msg: &'static str) -> ZError {
    ZError { code: -3, msg }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Phase {
    Header,
    Body,
    Trailer,
    Done,
}

/// A decompression stream (`zlib.decompressobj`).
#[derive(Clone)]
pub struct Inflater {
    /// Which wrappers are accepted: 0 raw, 1 zlib, 2 gzip, 3 either.
    accept: u8,
    wbits: i32,
    wrap: Wrap,
    phase: Phase,
    /// Header or trailer bytes seen so far.
    held: Vec<u8>,
    state: Box<InflateState>,
    check: u32,
    total_out: u32,
}

impl Inflater {
    /// `wbits` as zlib's `inflateInit2`: None when zlib would refuse it.
    pub fn new(wbits: i32) -> Option<Inflater> {
        let (accept, bits) = if wbits < 0 {
            if wbits < -15 {
                return None;
            }
            (0, -wbits)
        } else {
            ((((wbits >> 4) + 5) & 3) as u8, if wbits < 48 { wbits & 15 } else { wbits })
        };
        if bits != 0 && !(8..=15).contains(&bits) {
            return None;
        }
        let wrap = if accept == 0 { Wrap::Raw } else { Wrap::Zlib };
        let phase = if accept == 0 { Phase::Body } else { Phase::Header };
        Some(Inflater {
            accept,
            wbits: bits,
            wrap,
            phase,
            held: Vec::new(),
            state: InflateState::new_boxed(DataFormat::Raw),
            check: 0,
            total_out: 0,
        })
    }

    pub fn is_done(&self) -> bool {
        self.phase == Phase::Done
    }

    /// The length of a complete header at the start of `held`, if there
    /// is one.
    fn parse_header(&mut self) -> Result<Option<usize>, ZError> {
        let h = &self.held;
        if h.len() < 2 {
            return Ok(None);
        }
        if self.accept & 2 != 0 && h[0] == 0x1f && h[1] == 0x8b {
            return self.parse_gzip_header();
        }
        if self.accept & 1 == 0 {
            return Err(data_error("incorrect header check"));
        }
        if !((h[0] as u32) << 8 | h[1] as u32).is_multiple_of(31) {
            return Err(data_error("incorrect header check"));
        }
        if h[0] & 0x0f != 8 {
            return Err(data_error("unknown compression method"));
        }
        let len = (h[0] >> 4) as i32 + 8;
        if self.wbits == 0 {
            self.wbits = len;
        }
        if len > 15 || len > self.wbits {
            return Err(data_error("invalid window size"));
        }
        if h[1] & 0x20 != 0 {
            // A preset dictionary is asked for (Z_NEED_DICT).
            return Err(ZError { code: 2, msg: "" });
        }
        self.wrap = Wrap::Zlib;
        self.check = 1;
        Ok(Some(2))
    }

    fn parse_gzip_header(&mut self) -> Result<Option<usize>, ZError> {
        let h = &self.held;
        if h.len() < 10 {
            return Ok(None);
        }
        if h[2] != 8 {
            return Err(data_error("unknown compression method"));
        }
        let flags = h[3];
        if flags & 0xe0 != 0 {
            return Err(data_error("unknown header flags set"));
        }
        let mut p = 10;
        if flags & 4 != 0 {
            if h.len() < p + 2 {
                return Ok(None);
            }
            p += 2 + u16::from_le_bytes([h[p], h[p + 1]]) as usize;
        }
        for bit in [8, 16] {
            if flags & bit != 0 {
                match h.get(p..).and_then(|rest| rest.iter().position(|b| *b == 0)) {
                    Some(z) => p += z + 1,
                    None => return Ok(None),
                }
            }
        }
        if flags & 2 != 0 {
            if h.len() < p + 2 {
                return Ok(None);
            }
            if crc32(&h[..p], 0) & 0xffff != u16::from_le_bytes([h[p], h[p + 1]]) as u32 {
                return Err(data_error("header crc mismatch"));
            }
            p += 2;
        }
        if h.len() < p {
            return Ok(None);
        }
        self.wrap = Wrap::Gzip;
        self.check = 0;
        Ok(Some(p))
    }

    /// Decompresses from `input`, appending at most `max_out` bytes (0: no
    /// limit) to `out`; returns how much of `input` was used. Input after
    /// the end of the stream is not used.
    pub fn feed(&mut self, input: &[u8], max_out: usize, out: &mut Vec<u8>) -> Result<usize, ZError> {
        let mut pos = 0;
        if self.phase == Phase::Header {
            let before = self.held.len();
            self.held.extend_from_slice(input);
            match self.parse_header()? {
                None => return Ok(input.len()),
                Some(n) => {
                    pos = n - before;
                    self.held.clear();
                    self.phase = Phase::Body;
                }
            }
        }
        if self.phase == Phase::Body {
            pos += self.inflate(&input[pos..], max_out, out)?;
        }
        if self.phase == Phase::Trailer {
            let need = match self.wrap {
                Wrap::Zlib => 4,
                Wrap::Gzip => 8,
                Wrap::Raw => 0,
            };
            let take = (need - self.held.len()).min(input.len() - pos);
            self.held.extend_from_slice(&input[pos..pos + take]);
            pos += take;
            if self.held.len() == need {
                let t = &self.held;
                match self.wrap {
                    Wrap::Zlib if u32::from_be_bytes([t[0], t[1], t[2], t[3]]) != self.check => {
                        return Err(data_error("incorrect data check"))
                    }
                    Wrap::Gzip if u32::from_le_bytes([t[0], t[1], t[2], t[3]]) != self.check => {
                        return Err(data_error("incorrect data check"))
                    }
                    Wrap::Gzip if u32::from_le_bytes([t[4], t[5], t[6], t[7]]) != self.total_out => {
                        return Err(data_error("incorrect length check"))
                    }
                    _ => {}
                }
                self.phase = Phase::Done;
            }
        }
        Ok(pos)
    }

    fn inflate(&mut self, input: &[u8], max_out: usize, out: &mut Vec<u8>) -> Result<usize, ZError> {
        let mut pos = 0;
        let mut produced = 0;
        let mut buf = vec![0u8; CHUNK];
        loop {
            let room = if max_out == 0 { CHUNK } else { CHUNK.min(max_out - produced) };
            if room == 0 {
                return Ok(pos);
            }
            let r = miniz_oxide::inflate::stream::inflate(&mut self.state, &input[pos..], &mut buf[..room], MZFlush::None);
            pos += r.bytes_consumed;
            produced += r.bytes_written;
            let written = &buf[..r.bytes_written];
            self.check = match self.wrap {
                Wrap::Zlib => adler32(written, self.check),
                Wrap::Gzip => crc32(written, self.check),
                Wrap::Raw => 0,
            };
            self.total_out = self.total_out.wrapping_add(r.bytes_written as u32);
            out.extend_from_slice(written);
            match r.status {
                Ok(MZStatus::StreamEnd) => {
                    self.phase = if self.wrap == Wrap::Raw { Phase::Done } else { Phase::Trailer };
                    return Ok(pos);
                }
                Ok(_) if r.bytes_consumed == 0 && r.bytes_written == 0 => return Ok(pos),
                Ok(_) => {}
                Err(MZError::Buf) => return Ok(pos),
                Err(_) => return Err(data_error("invalid compressed data")),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roundtrip(wbits: i32, data: &[u8]) -> Vec<u8> {
        let mut d = Deflater::new(6, wbits, 0).unwrap();
        let mut c = Vec::new();
        d.compress(data, &mut c);
        d.flush(4, &mut c);
        c
    }

    #[test]
    fn checksums_match_zlib() {
        assert_eq!(crc32(b"hello", 0), 907060870);
        assert_eq!(adler32(b"hello", 1), 103547413);
    }

    #[test]
    fn every_wrapper_round_trips_and_leaves_trailing_bytes() {
        let data: Vec<u8> = (0..100_000u32).map(|i| (i % 251) as u8 ^ (i / 1000) as u8).collect();
        for wbits in [15, -15, 31] {
            let mut c = roundtrip(wbits, &data);
            let n = c.len();
            c.extend_from_slice(b"tail");
            let mut inf = Inflater::new(if wbits == 31 { 47 } else { wbits }).unwrap();
            let mut out = Vec::new();
            let used = inf.feed(&c, 0, &mut out).unwrap();
            assert!(inf.is_done());
            assert_eq!(used, n);
            assert_eq!(out, data);
        }
    }

    #[test]
    fn bad_headers_are_named() {
        let mut inf = Inflater::new(15).unwrap();
        assert_eq!(inf.feed(b"garbage", 0, &mut Vec::new()).unwrap_err().msg, "incorrect header check");
        assert!(Inflater::new(3).is_none());
        assert!(Deflater::new(10, 15, 0).is_none());
    }
}
