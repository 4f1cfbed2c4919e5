//! Pure text/number formatting for the interpreter core.
//!
//! Everything here works on plain Rust values (`f64`, `i64`, `BigInt`,
//! `&str`) and returns `String`s or a [`FormatError`] that names the Python
//! exception to raise and carries CPython 3.11's exact message. Nothing here
//! knows about the VM, its objects or its heap.
//!
//! * [`float_repr`]: `repr(float)`, `repr(complex)` and the general
//!   float-to-text engine (`e`, `f`, `g`, repr styles) used by everything else.
//! * [`float_parse`]: `float(str)` and `complex(str)`.
//! * [`int_parse`]: `int(str, base)`.
//! * [`int_text`]: integers as text in any base (`bin`, `oct`, `hex`).
//! * [`format_spec`]: the format-spec mini-language (`format()`,
//!   `str.format`, f-strings).
//! * [`printf`]: the `%` operator's template parser and conversions.
//! * [`str_format`]: `str.format` templates and field names.
//! * [`float_ops`]: `round()`, `//`, `%`, `divmod` on floats, `float.hex`,
//!   `float.fromhex`.
//!
//! No function here panics on any input: malformed input is an error value.

use alloc::string::String;
use core::fmt;

pub mod float_ops;
pub mod float_parse;
pub mod float_repr;
pub mod format_spec;
pub mod int_parse;
pub mod int_text;
pub mod printf;
pub mod str_format;
pub mod text;

#[cfg(test)]
mod tests_fuzz;
#[cfg(test)]
mod tests_parse;
#[cfg(test)]
mod testutil;

/// Upper bound on any width or precision this module will honour.
///
/// CPython accepts anything up to `sys.maxsize` and then fails to allocate;
/// we refuse early with `MemoryError` instead of asking the allocator for
/// gigabytes (an allocation failure aborts, it cannot be caught). 16 Mi code
/// points is far beyond any real use and still fits a desktop heap.
pub const MAX_FORMAT_LEN: usize = 1 << 24;

/// The Python exception class a formatting failure maps to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    ValueError,
    OverflowError,
    TypeError,
    ZeroDivisionError,
    MemoryError,
}

impl ErrorKind {
    /// The Python name of the exception class.
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::ValueError => "ValueError",
            ErrorKind::OverflowError => "OverflowError",
            ErrorKind::TypeError => "TypeError",
            ErrorKind::ZeroDivisionError => "ZeroDivisionError",
            ErrorKind::MemoryError => "MemoryError",
        }
    }
}

/// A failure to format or parse: the exception to raise and its message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatError {
    pub kind: ErrorKind,
    pub message: String,
}

impl FormatError {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        FormatError {
            kind,
            message: message.into(),
        }
    }

    pub fn value(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::ValueError, message)
    }

    pub fn overflow(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::OverflowError, message)
    }

    pub fn type_error(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::TypeError, message)
    }

    pub fn zero_division(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::ZeroDivisionError, message)
    }

    /// The result would exceed [`MAX_FORMAT_LEN`].
    pub fn too_long() -> Self {
        Self::new(ErrorKind::MemoryError, "")
    }
}

impl fmt::Display for FormatError {
    /// `Kind: message`, as the last line of a traceback shows it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.message.is_empty() {
            f.write_str(self.kind.name())
        } else {
            write!(f, "{}: {}", self.kind.name(), self.message)
        }
    }
}

/// Shorthand for results of this module.
pub type FormatResult<T> = Result<T, FormatError>;
