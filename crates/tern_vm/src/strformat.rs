//! `str.format` and `str.format_map`, parsed as CPython 3.11's
//! `unicode_format.h` does: literal text and `{{`/`}}`, then each field
//! `{name!conv:spec}` (brackets in the name hide `:`/`!`/`}`), field names
//! resolved lazily part by part (`.attr`, `[index]`), automatic numbering,
//! and format specs expanded recursively up to two levels.

use crate::value::Value;
use crate::{PyResult, Vm};

/// Where a field's first name part is looked up.
pub enum FormatSource<'a> {
    /// `str.format(*pos, **kw)`.
    Call { pos: &'a [Value], kwnames: &'a [Value], kwvals: &'a [Value] },
    /// `str.format_map(mapping)`: names are looked up with `mapping[name]`;
    /// positional fields are an error.
    Map(&'a Value),
}

/// Automatic (`{}`) versus manual (`{0}`) field numbering.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Numbering {
    Unset,
    Auto,
    Manual,
}

/// One parsed replacement field.
struct Field {
    name: Vec<char>,
    conversion: Option<char>,
    spec: Vec<char>,
    spec_needs_expanding: bool,
}

struct Formatter<'a> {
    source: FormatSource<'a>,
    numbering: Numbering,
    next_auto: usize,
}

/// The value of a run of Unicode decimal digits, `None` if empty or not all
/// digits.
fn get_integer(vm: &mut Vm, s: &[char]) -> PyResult<Option<usize>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut acc: usize = 0;
    for &c in s {
        let Some(d) = tern_format::decimal_value(c) else {
            return Ok(None);
        };
        acc = match acc.checked_mul(10).and_then(|a| a.checked_add(d as usize)).filter(|&a| a <= isize::MAX as usize) {
            Some(a) => a,
            None => return vm.value_error("Too many decimal digits in format string"),
        };
    }
    Ok(Some(acc))
}

/// Parses the field that starts after a `{` at `*pos`, leaving `*pos`
/// after its closing `}`.
fn parse_field(vm: &mut Vm, s: &[char], pos: &mut usize) -> PyResult<Field> {
    let start = *pos;
    let mut c = '\0';
    while *pos < s.len() {
        c = s[*pos];
        *pos += 1;
        match c {
            '{' => return vm.value_error("unexpected '{' in field name"),
            '[' => {
                while *pos < s.len() && s[*pos] != ']' {
                    *pos += 1;
                }
            }
            '}' | ':' | '!' => break,
            _ => {}
        }
    }
    let mut field = Field { name: Vec::new(), conversion: None, spec: Vec::new(), spec_needs_expanding: false };
    match c {
        '}' | ':' | '!' if *pos > start && s[*pos - 1] == c => field.name = s[start..*pos - 1].to_vec(),
        _ => return vm.value_error("expected '}' before end of string"),
    }
    if c == '}' {
        return Ok(field);
    }
    if c == '!' {
        let Some(&conv) = s.get(*pos) else {
            return vm.value_error("end of string while looking for conversion specifier");
        };
        field.conversion = Some(conv);
        *pos += 1;
        if let Some(&next) = s.get(*pos) {
            *pos += 1;
            if next == '}' {
                return Ok(field);
            }
            if next != ':' {
                return vm.value_error("expected ':' after conversion specifier");
            }
        }
    }
    let spec_start = *pos;
    let mut depth = 1;
    while *pos < s.len() {
        let c = s[*pos];
        *pos += 1;
        match c {
            '{' => {
                field.spec_needs_expanding = true;
                depth += 1;
            }
            '}' => {
                depth -= 1;
                if depth == 0 {
                    field.spec = s[spec_start..*pos - 1].to_vec();
                    return Ok(field);
                }
            }
            _ => {}
        }
    }
    vm.value_error("unmatched '{' in format spec")
}

impl Formatter<'_> {
    fn build(&mut self, vm: &mut Vm, s: &[char], depth: u32, out: &mut String) -> PyResult<()> {
        if depth == 0 {
            return vm.value_error("Max string recursion exceeded");
        }
        let mut pos = 0;
        while pos < s.len() {
            let c = s[pos];
            pos += 1;
            match c {
                '{' | '}' if s.get(pos) == Some(&c) => {
                    out.push(c);
                    pos += 1;
                }
                '}' => return vm.value_error("Single '}' encountered in format string"),
                '{' if pos == s.len() => return vm.value_error("Single '{' encountered in format string"),
                '{' => {
                    let field = parse_field(vm, s, &mut pos)?;
                    self.output_field(vm, &field, depth, out)?;
                }
                _ => out.push(c),
            }
        }
        Ok(())
    }

    fn output_field(&mut self, vm: &mut Vm, field: &Field, depth: u32, out: &mut String) -> PyResult<()> {
        let mut value = self.field_object(vm, &field.name)?;
        if let Some(conv) = field.conversion {
            value = match conv {
                'r' => vm.repr(&value)?,
                's' => vm.str(&value)?,
                'a' => vm.ascii(&value)?,
                c if c > ' ' && (c as u32) < 127 => return vm.value_error(format!("Unknown conversion specifier {c}")),
                c => return vm.value_error(format!("Unknown conversion specifier \\x{:x}", c as u32)),
            };
        }
        let spec = if field.spec_needs_expanding {
            let mut expanded = String::new();
            self.build(vm, &field.spec, depth - 1, &mut expanded)?;
            expanded
        } else {
            field.spec.iter().collect()
        };
        vm.format_into(&value, &spec, out)
    }

    /// The object a field name designates: the first part (an index or a
    /// keyword), then each `.attr` and `[key]` in turn.
    fn field_object(&mut self, vm: &mut Vm, name: &[char]) -> PyResult {
        let first_end = name.iter().position(|&c| c == '.' || c == '[').unwrap_or(name.len());
        let first = &name[..first_end];
        let index = get_integer(vm, first)?;
        let mut value = match index {
            None if !first.is_empty() => {
                let key: String = first.iter().collect();
                match self.source {
                    FormatSource::Call { kwnames, kwvals, .. } => {
                        match kwnames.iter().position(|k| crate::builtins::str_of(k) == Some(key.as_str())) {
                            Some(p) => kwvals[p].clone(),
                            None => {
                                let k = vm.new_string(key);
                                return vm.key_error(k);
                            }
                        }
                    }
                    FormatSource::Map(m) => {
                        let k = vm.new_string(key);
                        vm.getitem(m, &k)?
                    }
                }
            }
            _ => {
                let index = match index {
                    Some(i) => {
                        if self.numbering == Numbering::Auto {
                            return vm.value_error("cannot switch from automatic field numbering to manual field specification");
                        }
                        self.numbering = Numbering::Manual;
                        i
                    }
                    None => {
                        if self.numbering == Numbering::Manual {
                            return vm.value_error("cannot switch from manual field specification to automatic field numbering");
                        }
                        self.numbering = Numbering::Auto;
                        self.next_auto += 1;
                        self.next_auto - 1
                    }
                };
                match self.source {
                    FormatSource::Call { pos, .. } => match pos.get(index) {
                        Some(v) => v.clone(),
                        None => return vm.index_error(format!("Replacement index {index} out of range for positional args tuple")),
                    },
                    FormatSource::Map(_) => return vm.value_error("Format string contains positional fields"),
                }
            }
        };
        let mut i = first_end;
        while i < name.len() {
            let c = name[i];
            i += 1;
            let is_attr = match c {
                '.' => true,
                '[' => false,
                _ => return vm.value_error("Only '.' or '[' may follow ']' in format field specifier"),
            };
            let start = i;
            let part = if is_attr {
                while i < name.len() && name[i] != '.' && name[i] != '[' {
                    i += 1;
                }
                &name[start..i]
            } else {
                while i < name.len() && name[i] != ']' {
                    i += 1;
                }
                if i == name.len() {
                    return vm.value_error("Missing ']' in format string");
                }
                i += 1;
                &name[start..i - 1]
            };
            if part.is_empty() {
                return vm.value_error("Empty attribute in format string");
            }
            let text: String = part.iter().collect();
            value = if is_attr {
                let attr = vm.new_string(text);
                vm.getattr(&value, &attr)?
            } else {
                let key = match get_integer(vm, part)? {
                    Some(n) => Value::Int(n as i64),
                    None => vm.new_string(text),
                };
                vm.getitem(&value, &key)?
            };
        }
        Ok(value)
    }
}

impl Vm {
    /// `fmt.format(...)` or `fmt.format_map(m)`.
    pub fn str_format_with(&mut self, fmt: &str, source: FormatSource<'_>) -> PyResult<String> {
        let chars: Vec<char> = fmt.chars().collect();
        let mut f = Formatter { source, numbering: Numbering::Unset, next_auto: 0 };
        let mut out = String::with_capacity(fmt.len() + 16);
        f.build(self, &chars, 2, &mut out)?;
        Ok(out)
    }

    /// `str.format(*args, **kwargs)`.
    pub fn str_format(&mut self, fmt: &str, args: &[Value], kwnames: &[Value], kwvals: &[Value]) -> PyResult<String> {
        self.str_format_with(fmt, FormatSource::Call { pos: args, kwnames, kwvals })
    }
}
