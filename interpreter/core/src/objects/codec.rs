//! The text encodings str.encode, bytes.decode and str(bytes, encoding)
//! know: UTF-8, ASCII and Latin-1, with the error handlers strict, ignore,
//! replace and backslashreplace (for encoding also xmlcharrefreplace).

use super::native::KwArgs;
use crate::value::Value;
use crate::vm::{ExcKind, PyResult, Vm};
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::Write;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }
    /// The first code point the codec can't represent.
    fn limit(self) -> u32 {
        match self {
            Codec::Utf8 => 0x11_0000,
            Codec::Ascii => 0x80,
            Codec::Latin1 => 0x100,
        }
    }
}

/// A codec by name, normalised as CPython does (case, `_` and `-`).
fn lookup(vm: &mut Vm, name: &str) -> PyResult<Codec> {
    let norm: String = name
        .chars()
        .map(|c| match c {
            '_' | ' ' => '-',
            c => c.to_ascii_lowercase(),
        })
        .collect();
    match norm.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Ok(Codec::Utf8),
        "ascii" | "us-ascii" | "646" => Ok(Codec::Ascii),
        "latin-1" | "latin1" | "latin" | "l1" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819"
        | "iso-ir-100" => Ok(Codec::Latin1),
        _ => Err(vm.new_error(ExcKind::LookupError, format!("unknown encoding: {}", name))),
    }
}

fn name_arg(
    vm: &mut Vm,
    func: &str,
    v: Option<Value>,
    what: &str,
    default: &str,
) -> PyResult<String> {
    match v {
        None => Ok(String::from(default)),
        Some(v) => match vm.str_of(vm.native_of(v)) {
            Some(s) => Ok(String::from(s)),
            None => {
                let t = vm.type_name(v);
                Err(vm.type_error(format!(
                    "{}() argument '{}' must be str, not {}",
                    func, what, t
                )))
            }
        },
    }
}

/// The encoding and error-handler names from optional values, for the
/// function `func` (named in error messages).
pub fn names(
    vm: &mut Vm,
    func: &str,
    encoding: Option<Value>,
    errors: Option<Value>,
) -> PyResult<(String, String)> {
    let e = name_arg(vm, func, encoding, "encoding", "utf-8")?;
    let r = name_arg(vm, func, errors, "errors", "strict")?;
    Ok((e, r))
}

/// `(encoding='utf-8', errors='strict')` from positional and keyword
/// arguments (after self) of `func`.
pub fn encoding_args(
    vm: &mut Vm,
    func: &str,
    pos: &[Value],
    kwargs: KwArgs,
) -> PyResult<(String, String)> {
    let mut encoding = pos.first().copied();
    let mut errors = pos.get(1).copied();
    for (k, v) in kwargs {
        match vm.str_of(*k) {
            Some("encoding") => encoding = Some(*v),
            Some("errors") => errors = Some(*v),
            _ => {
                let n = String::from(vm.str_of(*k).unwrap_or("?"));
                return Err(vm.type_error(format!("'{}' is an invalid keyword argument", n)));
            }
        }
    }
    names(vm, func, encoding, errors)
}

fn unknown_handler(vm: &mut Vm, errors: &str) -> crate::vm::PyErr {
    vm.new_error(
        ExcKind::LookupError,
        format!("unknown error handler name '{}'", errors),
    )
}

/// str -> bytes.
pub fn encode(vm: &mut Vm, s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = lookup(vm, encoding)?;
    if codec == Codec::Utf8 || s.is_ascii() {
        return Ok(s.as_bytes().to_vec());
    }
    let limit = codec.limit();
    let mut out = Vec::with_capacity(s.len());
    let chars: Vec<char> = s.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let cp = c as u32;
        if cp < limit {
            out.push(cp as u8);
            continue;
        }
        match errors {
            "strict" => {
                // CPython reports the whole run of unencodable characters.
                let run = chars
                    .get(i..)
                    .unwrap_or(&[])
                    .iter()
                    .take_while(|&&x| x as u32 >= limit)
                    .count();
                if run > 1 {
                    return Err(vm.new_error(
                        ExcKind::UnicodeEncodeError,
                        format!(
                            "'{}' codec can't encode characters in position {}-{}: ordinal not in range({})",
                            codec.name(),
                            i,
                            i + run - 1,
                            limit
                        ),
                    ));
                }
                let esc = if cp < 0x100 {
                    format!("\\x{:02x}", cp)
                } else if cp < 0x10000 {
                    format!("\\u{:04x}", cp)
                } else {
                    format!("\\U{:08x}", cp)
                };
                return Err(vm.new_error(
                    ExcKind::UnicodeEncodeError,
                    format!(
                        "'{}' codec can't encode character '{}' in position {}: ordinal not in range({})",
                        codec.name(),
                        esc,
                        i,
                        limit
                    ),
                ));
            }
            "ignore" => {}
            "replace" => out.push(b'?'),
            "backslashreplace" => {
                let mut t = String::new();
                let _ = if cp < 0x100 {
                    write!(t, "\\x{:02x}", cp)
                } else if cp < 0x10000 {
                    write!(t, "\\u{:04x}", cp)
                } else {
                    write!(t, "\\U{:08x}", cp)
                };
                out.extend_from_slice(t.as_bytes());
            }
            "xmlcharrefreplace" => {
                let t = format!("&#{};", cp);
                out.extend_from_slice(t.as_bytes());
            }
            _ => return Err(unknown_handler(vm, errors)),
        }
    }
    Ok(out)
}

/// bytes -> str value.
pub fn decode(vm: &mut Vm, b: &[u8], encoding: &str, errors: &str) -> PyResult<Value> {
    let codec = lookup(vm, encoding)?;
    let text = match codec {
        Codec::Utf8 => match core::str::from_utf8(b) {
            Ok(s) => return vm.new_str(s),
            Err(_) => decode_utf8_lossy(vm, b, errors)?,
        },
        Codec::Latin1 => b.iter().map(|&x| x as char).collect(),
        Codec::Ascii => {
            let mut out = String::with_capacity(b.len());
            for (i, &x) in b.iter().enumerate() {
                if x < 0x80 {
                    out.push(x as char);
                } else {
                    decode_error(
                        vm,
                        errors,
                        "ascii",
                        x,
                        i,
                        "ordinal not in range(128)",
                        &mut out,
                    )?;
                }
            }
            out
        }
    };
    vm.new_string(text)
}

/// Handle one undecodable byte according to `errors`.
fn decode_error(
    vm: &mut Vm,
    errors: &str,
    codec: &str,
    byte: u8,
    pos: usize,
    reason: &str,
    out: &mut String,
) -> PyResult<()> {
    match errors {
        "strict" => Err(vm.new_error(
            ExcKind::UnicodeDecodeError,
            format!(
                "'{}' codec can't decode byte 0x{:02x} in position {}: {}",
                codec, byte, pos, reason
            ),
        )),
        "ignore" => Ok(()),
        "replace" => {
            out.push('\u{fffd}');
            Ok(())
        }
        "backslashreplace" => {
            let _ = write!(out, "\\x{:02x}", byte);
            Ok(())
        }
        _ => Err(unknown_handler(vm, errors)),
    }
}

/// UTF-8 with invalid sequences handled by `errors`. Like CPython, a
/// maximal invalid prefix counts as one error (one U+FFFD with "replace").
fn decode_utf8_lossy(vm: &mut Vm, b: &[u8], errors: &str) -> PyResult<String> {
    let mut out = String::with_capacity(b.len());
    let mut rest = b;
    let mut offset = 0;
    loop {
        match core::str::from_utf8(rest) {
            Ok(s) => {
                out.push_str(s);
                return Ok(out);
            }
            Err(e) => {
                let good = e.valid_up_to();
                let (valid, after) = rest.split_at(good.min(rest.len()));
                out.push_str(core::str::from_utf8(valid).unwrap_or(""));
                let bad_len = e.error_len().unwrap_or(after.len()).min(after.len());
                let (bad, tail) = after.split_at(bad_len);
                let byte = bad.first().copied().unwrap_or(0);
                let reason = match e.error_len() {
                    None => "unexpected end of data",
                    Some(_) if (0x80..0xc2).contains(&byte) || byte > 0xf4 => "invalid start byte",
                    Some(_) => "invalid continuation byte",
                };
                if errors == "strict" && e.error_len().is_none() && bad.len() > 1 {
                    let start = offset + good;
                    return Err(vm.new_error(
                        ExcKind::UnicodeDecodeError,
                        format!(
                            "'utf-8' codec can't decode bytes in position {}-{}: unexpected end of data",
                            start,
                            start + bad.len() - 1
                        ),
                    ));
                }
                if errors == "backslashreplace" {
                    for &x in bad {
                        let _ = write!(out, "\\x{:02x}", x);
                    }
                } else {
                    decode_error(vm, errors, "utf-8", byte, offset + good, reason, &mut out)?;
                }
                rest = tail;
                offset += good + bad_len;
            }
        }
    }
}
