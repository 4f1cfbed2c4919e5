//! Pattern text -> AST.
//!
//! The AST is a flat arena (children are indices of earlier nodes), and both
//! the parser (an explicit stack of open groups) and the compiler are
//! iterative, so no pattern can overflow a small Rust stack. The nesting
//! depth is still capped to bound the compiler's bookkeeping.
//!
//! Error messages follow CPython's `re` wording; constructs that CPython
//! accepts but `ure` does not are `ErrorKind::Unsupported`.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::classes::{Class, Set, SetItem};
use super::{ErrorKind, RegexError, ASCII, DOTALL, IGNORECASE, MULTILINE, UNICODE};

/// Deepest group nesting accepted.
pub const MAX_NESTING: usize = 100;
/// Largest repeat count accepted in `{m,n}` (CPython allows up to 2**32-2;
/// counted repeats are unrolled here, so they are capped).
pub const MAX_REPEAT: u32 = 65535;

/// Index of a node in `Ast::nodes`; children always precede their parent.
pub(crate) type NodeId = usize;

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Node {
    Empty,
    Lit(u32),
    /// `.`; DOTALL is applied by the compiler.
    Any,
    Set(Set),
    /// `^` (start) or `$` (end); MULTILINE is applied by the compiler.
    Look(Look),
    Concat(Vec<NodeId>),
    Alt(Vec<NodeId>),
    /// A group; `Some(i)` captures into group `i` (1-based).
    Group(Option<usize>, NodeId),
    Repeat {
        node: NodeId,
        min: u32,
        max: Option<u32>,
        greedy: bool,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Look {
    Start,
    End,
}

pub(crate) struct Ast {
    pub nodes: Vec<Node>,
    pub root: NodeId,
    pub groups: usize,
    /// Flags from a leading `(?imsax)`, to be or-ed into the caller's.
    pub flags: u32,
}

fn add(nodes: &mut Vec<Node>, node: Node) -> NodeId {
    nodes.push(node);
    nodes.len() - 1
}

/// An open group while parsing.
struct Frame {
    capture: Option<usize>,
    alts: Vec<NodeId>,
    seq: Vec<NodeId>,
    open_pos: usize,
}

impl Frame {
    fn new(capture: Option<usize>, open_pos: usize) -> Self {
        Frame {
            capture,
            alts: Vec::new(),
            seq: Vec::new(),
            open_pos,
        }
    }

    /// The node for everything parsed in this frame.
    fn finish(mut self, nodes: &mut Vec<Node>) -> NodeId {
        let last = concat(nodes, core::mem::take(&mut self.seq));
        if self.alts.is_empty() {
            last
        } else {
            self.alts.push(last);
            add(nodes, Node::Alt(self.alts))
        }
    }
}

fn concat(nodes: &mut Vec<Node>, seq: Vec<NodeId>) -> NodeId {
    match seq.as_slice() {
        [] => add(nodes, Node::Empty),
        [one] => *one,
        _ => add(nodes, Node::Concat(seq)),
    }
}

struct Parser<'a> {
    src: &'a [u32],
    pos: usize,
    is_bytes: bool,
}

fn is_digit(c: u32) -> bool {
    (u32::from(b'0')..=u32::from(b'9')).contains(&c)
}

fn is_octal(c: u32) -> bool {
    (u32::from(b'0')..=u32::from(b'7')).contains(&c)
}

fn is_ascii_letter(c: u32) -> bool {
    c < 128 && (c as u8).is_ascii_alphabetic()
}

fn ch(c: char) -> u32 {
    u32::from(c)
}

/// Render pattern code units back as text for error messages.
fn text(units: &[u32]) -> String {
    units
        .iter()
        .map(|&u| char::from_u32(u).unwrap_or('\u{FFFD}'))
        .collect()
}

/// One item of a set or one escape: a single character or a class.
enum Atom {
    Char(u32),
    Class(Class),
}

impl Parser<'_> {
    fn peek(&self) -> Option<u32> {
        self.src.get(self.pos).copied()
    }

    fn peek_at(&self, off: usize) -> Option<u32> {
        self.src.get(self.pos + off).copied()
    }

    fn next(&mut self) -> Option<u32> {
        let c = self.peek()?;
        self.pos += 1;
        Some(c)
    }

    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(ch(c)) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    /// Consume one CPython token (a character, or `\` and the next one)
    /// and return its text.
    fn token(&mut self) -> String {
        let start = self.pos;
        if self.next() == Some(ch('\\')) {
            self.next();
        }
        text(self.src.get(start..self.pos).unwrap_or(&[]))
    }

    fn bad_escape(&self, start: usize) -> RegexError {
        let end = (start + 2).min(self.src.len());
        let esc = self.src.get(start..end).unwrap_or(&[]);
        RegexError::syntax(format!("bad escape {}", text(esc)), start)
    }

    /// `count` hex digits after `\x`, `\u` or `\U` (the escape starts at
    /// `start`).
    fn hex_escape(&mut self, start: usize, count: usize) -> Result<u32, RegexError> {
        let mut v: u32 = 0;
        for _ in 0..count {
            let digit = self
                .peek()
                .and_then(char::from_u32)
                .and_then(|c| c.to_digit(16));
            match digit {
                Some(d) => {
                    v = v.wrapping_mul(16).wrapping_add(d);
                    self.pos += 1;
                }
                None => {
                    let esc = self.src.get(start..self.pos).unwrap_or(&[]);
                    return Err(RegexError::syntax(
                        format!("incomplete escape {}", text(esc)),
                        start,
                    ));
                }
            }
        }
        if count == 8 && v > 0x10FFFF {
            let esc = self.src.get(start..self.pos).unwrap_or(&[]);
            return Err(RegexError::syntax(
                format!("bad escape {}", text(esc)),
                start,
            ));
        }
        Ok(v)
    }

    /// Up to `max` further octal digits after an initial value.
    fn octal_more(&mut self, mut v: u32, max: usize) -> u32 {
        for _ in 0..max {
            match self.peek() {
                Some(c) if is_octal(c) => {
                    v = v * 8 + (c - ch('0'));
                    self.pos += 1;
                }
                _ => break,
            }
        }
        v
    }

    fn octal_range_check(&self, v: u32, start: usize) -> Result<u32, RegexError> {
        if v > 0o377 {
            let esc = self.src.get(start..self.pos).unwrap_or(&[]);
            Err(RegexError::syntax(
                format!("octal escape value {} outside of range 0-0o377", text(esc)),
                start,
            ))
        } else {
            Ok(v)
        }
    }

    /// Escapes shared by sets and the top level; `None` if `c` is not one.
    fn common_escape(&mut self, c: u32, start: usize) -> Result<Option<Atom>, RegexError> {
        let Some(cc) = char::from_u32(c) else {
            return Ok(None);
        };
        let atom = match cc {
            'd' => Atom::Class(Class::Digit),
            'D' => Atom::Class(Class::NotDigit),
            's' => Atom::Class(Class::Space),
            'S' => Atom::Class(Class::NotSpace),
            'w' => Atom::Class(Class::Word),
            'W' => Atom::Class(Class::NotWord),
            'a' => Atom::Char(7),
            'f' => Atom::Char(12),
            'n' => Atom::Char(10),
            'r' => Atom::Char(13),
            't' => Atom::Char(9),
            'v' => Atom::Char(11),
            'x' => Atom::Char(self.hex_escape(start, 2)?),
            'u' if !self.is_bytes => Atom::Char(self.hex_escape(start, 4)?),
            'U' if !self.is_bytes => Atom::Char(self.hex_escape(start, 8)?),
            'N' if !self.is_bytes => {
                return Err(RegexError::unsupported(
                    "named Unicode escapes \\N{...} are not supported",
                    start,
                ))
            }
            _ => return Ok(None),
        };
        Ok(Some(atom))
    }

    /// An escape outside a set; the backslash is at `self.pos - 1`.
    fn escape(&mut self) -> Result<Atom, RegexError> {
        let start = self.pos - 1;
        let Some(c) = self.next() else {
            return Err(RegexError::syntax("bad escape (end of pattern)", start));
        };
        if let Some(atom) = self.common_escape(c, start)? {
            return Ok(atom);
        }
        if c == ch('0') {
            let v = self.octal_more(0, 2);
            return Ok(Atom::Char(v));
        }
        if is_digit(c) {
            // Three octal digits are an octal escape; anything else is a
            // backreference, which `ure` does not support.
            if is_octal(c)
                && self.peek().is_some_and(is_octal)
                && self.peek_at(1).is_some_and(is_octal)
            {
                let v = self.octal_more(c - ch('0'), 2);
                return Ok(Atom::Char(self.octal_range_check(v, start)?));
            }
            return Err(RegexError::unsupported(
                "backreferences are not supported",
                start,
            ));
        }
        if [ch('A'), ch('Z'), ch('b'), ch('B')].contains(&c) {
            let esc = self.src.get(start..self.pos).unwrap_or(&[]);
            return Err(RegexError::unsupported(
                format!(
                    "{} is not supported (no \\A, \\Z, \\b, \\B assertions)",
                    text(esc)
                ),
                start,
            ));
        }
        if is_ascii_letter(c) {
            return Err(self.bad_escape(start));
        }
        Ok(Atom::Char(c))
    }

    /// An escape inside a set; the backslash is at `self.pos - 1`.
    fn set_escape(&mut self) -> Result<Atom, RegexError> {
        let start = self.pos - 1;
        let Some(c) = self.next() else {
            return Err(RegexError::syntax("bad escape (end of pattern)", start));
        };
        if let Some(atom) = self.common_escape(c, start)? {
            return Ok(atom);
        }
        if c == ch('b') {
            return Ok(Atom::Char(8));
        }
        if is_octal(c) {
            let v = self.octal_more(c - ch('0'), 2);
            return Ok(Atom::Char(self.octal_range_check(v, start)?));
        }
        if is_digit(c) || is_ascii_letter(c) {
            return Err(self.bad_escape(start));
        }
        Ok(Atom::Char(c))
    }

    /// A `[...]` set; the `[` is at `self.pos - 1`.
    fn set(&mut self) -> Result<Set, RegexError> {
        let open = self.pos - 1;
        let negated = self.eat('^');
        let mut items: Vec<SetItem> = Vec::new();
        let unterminated = || RegexError::syntax("unterminated character set", open);
        loop {
            let start = self.pos;
            let this = self.next().ok_or_else(unterminated)?;
            if this == ch(']') && !items.is_empty() {
                break;
            }
            // `]` first in the set is a literal, as in CPython.
            let first = if this == ch('\\') {
                self.set_escape()?
            } else {
                Atom::Char(this)
            };
            if self.peek() == Some(ch('-')) {
                self.pos += 1;
                let that_start = self.pos;
                let that = self.next().ok_or_else(unterminated)?;
                if that == ch(']') {
                    items.push(atom_item(first));
                    items.push(SetItem::Range(ch('-'), ch('-')));
                    break;
                }
                let second = if that == ch('\\') {
                    self.set_escape()?
                } else {
                    Atom::Char(that)
                };
                // CPython names the two tokens (an escape token is `\` and
                // one character) and computes the position from their
                // lengths, even when an escape read more characters.
                let bad = |p: &Parser| {
                    let tok = |at: usize| {
                        let len = if p.src.get(at) == Some(&ch('\\')) {
                            2
                        } else {
                            1
                        };
                        p.src.get(at..at + len).unwrap_or(&[])
                    };
                    let (lo, hi) = (tok(start), tok(that_start));
                    RegexError::syntax(
                        format!("bad character range {}-{}", text(lo), text(hi)),
                        p.pos.saturating_sub(lo.len() + 1 + hi.len()),
                    )
                };
                match (first, second) {
                    (Atom::Char(lo), Atom::Char(hi)) if lo <= hi => {
                        items.push(SetItem::Range(lo, hi));
                    }
                    _ => return Err(bad(self)),
                }
            } else {
                items.push(atom_item(first));
            }
        }
        Ok(Set::new(items, negated))
    }

    /// Parse `{m}`, `{m,}`, `{,n}`, `{m,n}` after the `{` (at `self.pos -
    /// 1`). `None` if the brace is not a repeat (then it is a literal and the
    /// position is unchanged).
    fn braces(&mut self) -> Result<Option<(u32, Option<u32>)>, RegexError> {
        let brace = self.pos - 1;
        if self.peek() == Some(ch('}')) {
            return Ok(None);
        }
        let lo = self.digits();
        let hi = if self.eat(',') { self.digits() } else { lo };
        if !self.eat('}') {
            self.pos = brace + 1;
            return Ok(None);
        }
        let too_large = |_| {
            RegexError::new(
                ErrorKind::TooComplex,
                "the repetition number is too large",
                Some(brace + 1),
            )
        };
        let min = match lo {
            Some(v) => v.map_err(too_large)?,
            None => 0,
        };
        let max = match hi {
            Some(v) => Some(v.map_err(too_large)?),
            None => None,
        };
        if max.is_some_and(|m| m < min) {
            return Err(RegexError::syntax(
                "min repeat greater than max repeat",
                brace + 1,
            ));
        }
        Ok(Some((min, max)))
    }

    /// A run of decimal digits: `None` if empty, `Some(Err(()))` if larger
    /// than [`MAX_REPEAT`].
    fn digits(&mut self) -> Option<Result<u32, ()>> {
        let start = self.pos;
        let mut v: u32 = 0;
        let mut over = false;
        while let Some(c) = self.peek().filter(|&c| is_digit(c)) {
            v = v.saturating_mul(10).saturating_add(c - ch('0'));
            over |= v > MAX_REPEAT;
            self.pos += 1;
        }
        if self.pos == start {
            None
        } else if over {
            Some(Err(()))
        } else {
            Some(Ok(v))
        }
    }

    /// After `(?`: returns `Ok(Some(None))` for a non-capturing group,
    /// `Ok(None)` when the construct was a comment or leading flags that
    /// produce no group, or an error.
    fn extension(
        &mut self,
        open: usize,
        at_start: bool,
        flags: &mut u32,
    ) -> Result<Option<()>, RegexError> {
        let Some(c) = self.next() else {
            return Err(RegexError::syntax("unexpected end of pattern", self.pos));
        };
        let cc = char::from_u32(c).unwrap_or('\u{FFFD}');
        let unsupported = |what: &str| {
            Err(RegexError::unsupported(
                format!("{} are not supported", what),
                open,
            ))
        };
        match cc {
            ':' => Ok(Some(())),
            'P' => match self.peek().and_then(char::from_u32) {
                Some('<') => unsupported("named groups (?P<name>...)"),
                Some('=') => unsupported("named backreferences (?P=name)"),
                Some(_) => {
                    let tok = self.token();
                    Err(RegexError::syntax(
                        format!("unknown extension ?P{}", tok),
                        open + 1,
                    ))
                }
                None => Err(RegexError::syntax("unexpected end of pattern", self.pos)),
            },
            '=' | '!' => unsupported("lookahead assertions"),
            '<' => match self.peek().and_then(char::from_u32) {
                Some('=') | Some('!') => unsupported("lookbehind assertions"),
                Some(_) => {
                    let tok = self.token();
                    Err(RegexError::syntax(
                        format!("unknown extension ?<{}", tok),
                        open + 1,
                    ))
                }
                None => Err(RegexError::syntax("unexpected end of pattern", self.pos)),
            },
            '>' => unsupported("atomic groups (?>...)"),
            '(' => unsupported("conditional groups (?(id)...)"),
            '#' => {
                while let Some(c) = self.next() {
                    if c == ch(')') {
                        return Ok(None);
                    }
                }
                Err(RegexError::syntax("missing ), unterminated comment", open))
            }
            'a' | 'i' | 'L' | 'm' | 's' | 'u' | 'x' | '-' => {
                self.pos -= 1;
                self.inline_flags(open, at_start, flags)?;
                Ok(None)
            }
            '\\' => {
                // CPython names the whole escape token.
                self.pos -= 1;
                let tok = self.token();
                Err(RegexError::syntax(
                    format!("unknown extension ?{}", tok),
                    open + 1,
                ))
            }
            _ => Err(RegexError::syntax(
                format!("unknown extension ?{}", cc),
                open + 1,
            )),
        }
    }

    /// `(?flags)` at the start of the pattern (`at_start`) sets global
    /// flags; scoped flags `(?i:...)` are rejected.
    fn inline_flags(
        &mut self,
        open: usize,
        at_start: bool,
        flags: &mut u32,
    ) -> Result<(), RegexError> {
        let mut add = 0;
        loop {
            let Some(c) = self.next() else {
                return Err(RegexError::syntax("missing -, : or )", self.pos));
            };
            let bit = match char::from_u32(c) {
                Some('a') => ASCII,
                Some('i') => IGNORECASE,
                Some('m') => MULTILINE,
                Some('s') => DOTALL,
                Some('u') => UNICODE,
                Some('L') => {
                    return Err(RegexError::unsupported(
                        "the LOCALE flag is not supported",
                        open,
                    ))
                }
                Some('x') => {
                    return Err(RegexError::unsupported(
                        "the VERBOSE flag is not supported",
                        open,
                    ))
                }
                Some(')') => break,
                Some('-') | Some(':') => {
                    return Err(RegexError::unsupported(
                        "scoped inline flags (?flags:...) are not supported",
                        open,
                    ))
                }
                other => {
                    let msg = if other.is_some_and(char::is_alphabetic) {
                        "unknown flag"
                    } else {
                        "missing -, : or )"
                    };
                    return Err(RegexError::syntax(msg, self.pos - 1));
                }
            };
            add |= bit;
        }
        if !at_start {
            return Err(RegexError::syntax(
                "global flags not at the start of the expression",
                open,
            ));
        }
        if add & UNICODE != 0 && (self.is_bytes || add & ASCII != 0) {
            return Err(RegexError::syntax(
                "bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                open,
            ));
        }
        *flags |= add;
        Ok(())
    }
}

fn atom_item(a: Atom) -> SetItem {
    match a {
        Atom::Char(c) => SetItem::Range(c, c),
        Atom::Class(k) => SetItem::Class(k),
    }
}

fn atom_node(a: Atom) -> Node {
    match a {
        Atom::Char(c) => Node::Lit(c),
        Atom::Class(k) => Node::Set(Set::new(alloc::vec![SetItem::Class(k)], false)),
    }
}

pub(crate) fn parse(src: &[u32], is_bytes: bool) -> Result<Ast, RegexError> {
    let mut p = Parser {
        src,
        pos: 0,
        is_bytes,
    };
    // CPython's tokenizer reads one token ahead, so a lone trailing
    // backslash is reported as soon as the token before it is read,
    // pre-empting that token's own error.
    let run = src.iter().rev().take_while(|&&u| u == ch('\\')).count();
    let trailing = (run % 2 == 1).then(|| src.len() - 1);
    match parse_tokens(&mut p) {
        Err(_) if trailing.is_some_and(|t| p.pos >= t) => Err(RegexError::syntax(
            "bad escape (end of pattern)",
            trailing.unwrap_or(0),
        )),
        r => r,
    }
}

fn parse_tokens(p: &mut Parser) -> Result<Ast, RegexError> {
    let mut extra_flags = 0;
    let mut groups = 0usize;
    let mut nodes: Vec<Node> = Vec::new();
    let mut stack: Vec<Frame> = alloc::vec![Frame::new(None, 0)];

    while let Some(c) = p.next() {
        let at = p.pos - 1;
        let top = stack.len() - 1;
        let Some(frame) = stack.get_mut(top) else {
            break;
        };
        let cc = char::from_u32(c).unwrap_or('\u{FFFD}');
        let node = match cc {
            '(' => {
                // Global flags must come before anything else (CPython).
                let at_start = top == 0 && frame.seq.is_empty() && frame.alts.is_empty();
                let capture = if p.eat('?') {
                    match p.extension(at, at_start, &mut extra_flags)? {
                        Some(()) => None,
                        None => continue,
                    }
                } else {
                    groups += 1;
                    Some(groups)
                };
                if stack.len() > MAX_NESTING {
                    return Err(RegexError::new(
                        ErrorKind::TooComplex,
                        "too many nested groups",
                        Some(at),
                    ));
                }
                stack.push(Frame::new(capture, at));
                continue;
            }
            ')' => {
                if stack.len() < 2 {
                    // CPython sees this `)` without consuming it.
                    p.pos = at;
                    return Err(RegexError::syntax("unbalanced parenthesis", at));
                }
                let Some(done) = stack.pop() else { break };
                let capture = done.capture;
                let inner = done.finish(&mut nodes);
                let id = add(&mut nodes, Node::Group(capture, inner));
                if let Some(parent) = stack.last_mut() {
                    parent.seq.push(id);
                }
                continue;
            }
            '|' => {
                let seq = core::mem::take(&mut frame.seq);
                let id = concat(&mut nodes, seq);
                frame.alts.push(id);
                continue;
            }
            '*' | '+' | '?' | '{' => {
                let (min, max) = match cc {
                    '*' => (0, None),
                    '+' => (1, None),
                    '?' => (0, Some(1)),
                    _ => match p.braces()? {
                        Some(r) => r,
                        None => {
                            let id = add(&mut nodes, Node::Lit(c));
                            frame.seq.push(id);
                            continue;
                        }
                    },
                };
                // CPython checks the item before reading a lazy `?`.
                let item = frame.seq.pop();
                match item.and_then(|id| nodes.get(id)) {
                    None | Some(Node::Look(_)) => {
                        return Err(RegexError::syntax("nothing to repeat", at));
                    }
                    Some(Node::Repeat { .. }) => {
                        return Err(RegexError::syntax("multiple repeat", at));
                    }
                    Some(_) => {}
                }
                let greedy = !p.eat('?');
                if greedy && p.peek() == Some(ch('+')) {
                    return Err(RegexError::unsupported(
                        "possessive quantifiers are not supported",
                        p.pos,
                    ));
                }
                Node::Repeat {
                    node: item.unwrap_or(0),
                    min,
                    max,
                    greedy,
                }
            }
            '.' => Node::Any,
            '^' => Node::Look(Look::Start),
            '$' => Node::Look(Look::End),
            '[' => Node::Set(p.set()?),
            '\\' => atom_node(p.escape()?),
            _ => Node::Lit(c),
        };
        let id = add(&mut nodes, node);
        if let Some(frame) = stack.last_mut() {
            frame.seq.push(id);
        }
    }

    if stack.len() > 1 {
        let open = stack.last().map_or(0, |f| f.open_pos);
        return Err(RegexError::syntax(
            "missing ), unterminated subpattern",
            open,
        ));
    }
    let root = match stack.pop() {
        Some(frame) => frame.finish(&mut nodes),
        None => add(&mut nodes, Node::Empty),
    };
    Ok(Ast {
        root,
        nodes,
        groups,
        flags: extra_flags,
    })
}
