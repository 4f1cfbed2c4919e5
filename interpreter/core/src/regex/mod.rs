//! The regular-expression engine behind `ure` / `re`.
//!
//! Pipeline: pattern -> `parse` (AST) -> `compile` (a small instruction
//! program) -> `exec` (a backtracking VM with an explicit stack and a
//! memo of failed states, so no pattern can make it run in exponential time
//! or recurse on the Rust stack).
//!
//! # Positions
//! Every position this API takes or returns is an offset in *code units* of
//! the subject: a **byte offset** for both `str` (`&str`, always on a char
//! boundary) and `bytes` (`&[u8]`) subjects. The `ure` module needs
//! code-point indices for `str`: convert with [`byte_to_char`] and
//! [`char_to_byte`].
//!
//! # Semantics
//! The results are those of CPython 3.11's `re` for the supported syntax:
//! leftmost match, backtracking priority (alternatives left to right,
//! greedy/lazy), a repeated group reports its last iteration, unmatched
//! groups are `None`, CPython's rule for repeats whose iteration matched the
//! empty string, and CPython 3.7+ rules for successive matches
//! ([`Matches`], [`Regex::exec`]'s `must_advance`). `^` matches only at the
//! real start of the subject (not at the start position); `$` at the end or
//! before a final `\n`; with MULTILINE also at line boundaries.
//!
//! A `str` pattern (from [`Regex::compile`]) is Unicode-aware: `\d` is
//! exactly `str.isdecimal`, `\s` exactly `str.isspace`, IGNORECASE uses
//! simple case folding (checked against CPython on all Latin, Greek,
//! Cyrillic and special pairs such as `ſ`/`s`, `K`/Kelvin sign); `\w` is
//! `char::is_alphanumeric() || '_'`, which also accepts about 1300
//! combining marks with the Other_Alphabetic property (e.g. U+0345, U+093E),
//! 130 symbols such as circled letters (U+24B6..) and characters assigned
//! after Unicode 14 that CPython 3.11's `\w` rejects; it never rejects a
//! character CPython accepts. With [`ASCII`], or for a `bytes` pattern
//! ([`Regex::compile_bytes`]), classes and case are ASCII-only.
//!
//! # Syntax
//! Supported: literals, `.`, `[...]` (ranges, `[^...]`, `]` first, `-` first
//! or last, escapes and `\d\D\s\S\w\W` inside), `^`, `$`, `*`, `+`, `?`,
//! their lazy forms `*?`, `+?`, `??`, counted repeats `{m}`, `{m,}`, `{,n}`,
//! `{m,n}` and lazy forms (a `{` that does not start one is a literal, as in
//! CPython; counts up to [`MAX_REPEAT`]), `|`, `(...)`, `(?:...)`,
//! `(?#...)`, leading global flags `(?aimsu)`, `\d\D\s\S\w\W`, escaped
//! punctuation, `\a\f\n\r\t\v`, `\xhh`, `\uhhhh`, `\Uhhhhhhhh` (str only),
//! octal `\0`, `\0oo`, `\ooo`. The spec documents only part of this; the
//! rest costs nothing and behaves as CPython.
//!
//! Rejected with [`ErrorKind::Unsupported`] (the spec lists them as not
//! supported; messages name the construct): named groups `(?P<..>)` and
//! `(?P=..)`, lookahead/lookbehind, atomic groups, conditionals,
//! backreferences `\1`, the assertions `\A \Z \b \B`, possessive quantifiers
//! `*+ ++ ?+ {m,n}+`, scoped flags `(?i:...)`, VERBOSE and LOCALE, `\N{...}`.
//! Malformed patterns give [`ErrorKind::Syntax`] with CPython's message and
//! position (`"nothing to repeat"`, `"missing ), unterminated subpattern"`,
//! `"bad escape \q"`, ...). Suggested mapping in `ure`: both raise
//! `ValueError("Error in regex")` as Pycopy does (or `re.error` with
//! [`RegexError`]'s `Display`, CPython's text); `TooComplex` ->
//! `RuntimeError`, `NoMemory` -> `MemoryError`, `UnknownGroupName` ->
//! `IndexError`.
//!
//! # Complexity
//! Nothing recurses on the Rust stack (the parser and compiler use explicit
//! stacks; a test compiles and matches the deepest accepted pattern on a
//! 16 KiB stack). Group nesting is capped at [`MAX_NESTING`] and programs at
//! [`MAX_INSTS`] instructions (counted repeats are unrolled), else
//! `TooComplex`. Matching is a backtracking VM; once a run takes more than
//! `8 * len + 4096` steps it switches on a memo of failed states (one bit
//! per (split, position, loop-depth)), which makes every match and search
//! polynomial: O(len * splits * nesting) states. The memo is limited to
//! 1 MiB and allocated fallibly; without it a budget of 20 million steps
//! applies and exhausting it gives `TooComplex`. Working memory (the
//! backtrack stack; one entry per run of a one-character loop like `.*`) is
//! allocated fallibly too (`NoMemory`).

//! # Building the module on top
//! ```text
//! sub(repl, s, count):   t = regex.template(repl)?   // errors before matching, as CPython
//!     for m in regex.find_iter(s, 0) (stop after count): out += s[last..m.start()];
//!         t.expand_str(&m, s, &mut out) (or call the function); last = m.end()
//!     out += s[last..]
//! split(s, maxsplit):    same loop: push s[last..m.start()], then m.group(s, g) for
//!     g in 1..m.len() (None -> Python None), last = m.end(); finally s[last..]
//! findall / finditer:    find_iter; spans -> char indices with byte_to_char
//! match/search/fullmatch(s, pos, endpos): regex.match_at(&s[..endpos_b], pos_b, mode)
//! ```

mod classes;
mod compile;
mod exec;
mod parse;
mod template;
#[cfg(test)]
mod tests;
#[cfg(test)]
#[rustfmt::skip]
#[allow(clippy::type_complexity)]
mod vectors;
#[cfg(test)]
#[rustfmt::skip]
#[allow(clippy::type_complexity)]
mod fuzz_vectors;

use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;

pub use compile::MAX_INSTS;
pub use exec::Haystack;
pub use parse::{MAX_NESTING, MAX_REPEAT};
pub use template::Template;

/// `re.IGNORECASE`: case-insensitive matching.
pub const IGNORECASE: u32 = 2;
/// `re.MULTILINE`: `^`/`$` also match at line boundaries.
pub const MULTILINE: u32 = 8;
/// `re.DOTALL`: `.` also matches `\n`.
pub const DOTALL: u32 = 16;
/// `re.UNICODE`: accepted for compatibility (the default for str patterns).
pub const UNICODE: u32 = 32;
/// `re.DEBUG`: the module should print [`Regex::debug_dump`].
pub const DEBUG: u32 = 128;
/// MicroPython/Pycopy's value of `ure.DEBUG`, accepted as a synonym.
pub const DEBUG_PYCOPY: u32 = 0x1000;
/// `re.ASCII`: `\d`, `\s`, `\w` and IGNORECASE are ASCII-only.
pub const ASCII: u32 = 256;

const KNOWN_FLAGS: u32 = IGNORECASE | MULTILINE | DOTALL | UNICODE | DEBUG | DEBUG_PYCOPY | ASCII;

/// What went wrong; the module maps each kind to a Python exception.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// Malformed pattern or template (CPython: `re.error`; Pycopy's `ure`
    /// raises `ValueError("Error in regex")`).
    Syntax,
    /// Valid CPython syntax that this `ure` rejects (named groups,
    /// lookaround, backreferences, `\b`, ...); same exception as `Syntax`.
    Unsupported,
    /// The pattern is too large or too deeply nested, or matching exceeded
    /// the step budget (suggested: `RuntimeError`).
    TooComplex,
    /// The matcher could not allocate its working memory (`MemoryError`).
    NoMemory,
    /// `\g<name>` in a template with a non-numeric name (CPython raises
    /// `IndexError("unknown group name 'x'")`).
    UnknownGroupName,
}

/// A compile, template or matching error: a kind, a message in CPython's
/// words (without the position), and the position in the pattern or
/// template, in code points, when there is one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RegexError {
    pub kind: ErrorKind,
    pub msg: String,
    pub pos: Option<usize>,
}

impl RegexError {
    pub(crate) fn new(kind: ErrorKind, msg: impl Into<String>, pos: Option<usize>) -> Self {
        RegexError {
            kind,
            msg: msg.into(),
            pos,
        }
    }

    pub(crate) fn syntax(msg: impl Into<String>, pos: usize) -> Self {
        Self::new(ErrorKind::Syntax, msg, Some(pos))
    }

    pub(crate) fn unsupported(msg: impl Into<String>, pos: usize) -> Self {
        Self::new(ErrorKind::Unsupported, msg, Some(pos))
    }
}

impl fmt::Display for RegexError {
    /// CPython's format: `"<msg> at position <n>"`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.pos {
            Some(p) => write!(f, "{} at position {}", self.msg, p),
            None => f.write_str(&self.msg),
        }
    }
}

/// How [`Regex::exec`] anchors the match.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// `match()`: the match must start at the given position.
    Match,
    /// `search()`: the first match starting at or after the position.
    Search,
    /// `fullmatch()`: starts at the position and ends at the subject's end.
    FullMatch,
}

/// The spans of one match: group 0 is the whole match; an unmatched group
/// is `None`. Positions are byte offsets (see the module docs).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Captures {
    // Start/end pairs; `exec::NONE` marks an unset bound.
    slots: Vec<usize>,
}

impl Captures {
    /// Number of groups including group 0 (`group_count() + 1`).
    pub fn len(&self) -> usize {
        self.slots.len() / 2
    }

    /// Never true: group 0 always exists.
    pub fn is_empty(&self) -> bool {
        self.slots.is_empty()
    }

    /// Span of group `i`, `None` if the group did not take part in the
    /// match or `i` is out of range.
    pub fn get(&self, i: usize) -> Option<(usize, usize)> {
        let s = *self.slots.get(2 * i)?;
        let e = *self.slots.get(2 * i + 1)?;
        if s == exec::NONE || e == exec::NONE {
            None
        } else {
            Some((s, e))
        }
    }

    /// Span of the whole match.
    pub fn span(&self) -> (usize, usize) {
        self.get(0).unwrap_or((0, 0))
    }

    pub fn start(&self) -> usize {
        self.span().0
    }

    pub fn end(&self) -> usize {
        self.span().1
    }

    /// The text of group `i` in `subject` (the one that was matched).
    pub fn group<'h, H: Haystack + ?Sized>(&self, subject: &'h H, i: usize) -> Option<&'h H> {
        let (s, e) = self.get(i)?;
        subject.slice(s, e)
    }
}

/// A compiled pattern.
#[derive(Clone, Debug)]
pub struct Regex {
    prog: compile::Prog,
    flags: u32,
    is_bytes: bool,
}

impl Regex {
    /// Compile a `str` pattern. `flags` is a combination of the constants of
    /// this module (CPython's values); other bits are rejected.
    pub fn compile(pattern: &str, flags: u32) -> Result<Regex, RegexError> {
        let units: Vec<u32> = pattern.chars().map(u32::from).collect();
        Self::build(&units, flags, false)
    }

    /// Compile a `bytes` pattern (ASCII semantics for classes and case).
    pub fn compile_bytes(pattern: &[u8], flags: u32) -> Result<Regex, RegexError> {
        let units: Vec<u32> = pattern.iter().map(|&b| u32::from(b)).collect();
        Self::build(&units, flags, true)
    }

    fn build(units: &[u32], flags: u32, is_bytes: bool) -> Result<Regex, RegexError> {
        if flags & !KNOWN_FLAGS != 0 {
            return Err(RegexError::new(
                ErrorKind::Unsupported,
                "unsupported regex flags",
                None,
            ));
        }
        if is_bytes && flags & UNICODE != 0 {
            return Err(RegexError::new(
                ErrorKind::Syntax,
                "cannot use UNICODE flag with a bytes pattern",
                None,
            ));
        }
        let ast = parse::parse(units, is_bytes)?;
        let unicode = !is_bytes && flags & ASCII == 0;
        let prog = compile::compile(&ast, flags, unicode)?;
        Ok(Regex {
            prog,
            flags,
            is_bytes,
        })
    }

    /// Number of capturing groups (not counting group 0).
    pub fn group_count(&self) -> usize {
        self.prog.groups
    }

    /// The flags the pattern was compiled with.
    pub fn flags(&self) -> u32 {
        self.flags
    }

    /// True for a pattern from [`Regex::compile_bytes`]. CPython refuses to
    /// apply a str pattern to bytes and vice versa; the module should check.
    pub fn is_bytes(&self) -> bool {
        self.is_bytes
    }

    /// Match at `pos` (a byte offset; an offset past the end or inside a
    /// UTF-8 sequence never matches). `endpos` is done by slicing the
    /// subject: `$` then matches at the slice's end, as in CPython.
    pub fn match_at<H: Haystack + ?Sized>(
        &self,
        subject: &H,
        pos: usize,
        mode: Mode,
    ) -> Result<Option<Captures>, RegexError> {
        self.exec(subject, pos, mode, false)
    }

    /// The general entry point: like [`Regex::match_at`], and when
    /// `must_advance` is set an empty match at `pos` itself is refused (the
    /// engine backtracks or moves on), which is how CPython continues after
    /// an empty match in `sub`, `split`, `findall` and `finditer`.
    pub fn exec<H: Haystack + ?Sized>(
        &self,
        subject: &H,
        pos: usize,
        mode: Mode,
        must_advance: bool,
    ) -> Result<Option<Captures>, RegexError> {
        exec::exec(&self.prog, subject, pos, mode, must_advance)
    }

    /// Successive non-overlapping matches from `pos`, with CPython 3.7+
    /// empty-match rules (an empty match may touch the previous match; after
    /// an empty match the next one must not be empty at the same place).
    pub fn find_iter<'r, 'h, H: Haystack + ?Sized>(
        &'r self,
        subject: &'h H,
        pos: usize,
    ) -> Matches<'r, 'h, H> {
        Matches {
            regex: self,
            subject,
            pos,
            must_advance: false,
            done: false,
        }
    }

    /// Parse a replacement template for `sub` against this pattern.
    pub fn template(&self, repl: &str) -> Result<Template, RegexError> {
        let units: Vec<u32> = repl.chars().map(u32::from).collect();
        Template::parse(&units, self.group_count())
    }

    /// Parse a bytes replacement template.
    pub fn template_bytes(&self, repl: &[u8]) -> Result<Template, RegexError> {
        let units: Vec<u32> = repl.iter().map(|&b| u32::from(b)).collect();
        Template::parse(&units, self.group_count())
    }

    /// A listing of the compiled program, for the `DEBUG` flag.
    pub fn debug_dump(&self) -> String {
        self.prog.dump()
    }
}

/// Iterator returned by [`Regex::find_iter`]. Yields at most one error, then
/// stops.
pub struct Matches<'r, 'h, H: Haystack + ?Sized> {
    regex: &'r Regex,
    subject: &'h H,
    pos: usize,
    must_advance: bool,
    done: bool,
}

impl<H: Haystack + ?Sized> Iterator for Matches<'_, '_, H> {
    type Item = Result<Captures, RegexError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done || self.pos > self.subject.len() {
            return None;
        }
        match self
            .regex
            .exec(self.subject, self.pos, Mode::Search, self.must_advance)
        {
            Ok(Some(caps)) => {
                let (s, e) = caps.span();
                self.must_advance = s == e;
                self.pos = e;
                Some(Ok(caps))
            }
            Ok(None) => {
                self.done = true;
                None
            }
            Err(err) => {
                self.done = true;
                Some(Err(err))
            }
        }
    }
}

/// Code-point index of byte offset `byte` in `s` (clamped to the length).
pub fn byte_to_char(s: &str, byte: usize) -> usize {
    let byte = byte.min(s.len());
    s.as_bytes()
        .get(..byte)
        .map_or(0, |b| b.iter().filter(|&&c| c & 0xC0 != 0x80).count())
}

/// Byte offset of code-point index `ch` in `s` (clamped to the length).
pub fn char_to_byte(s: &str, ch: usize) -> usize {
    s.char_indices().nth(ch).map_or(s.len(), |(i, _)| i)
}
