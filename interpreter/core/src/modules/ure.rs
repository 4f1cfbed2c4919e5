//! ure (`re`): regular expressions on the engine in `crate::regex`.
//!
//! The syntax is the subset the spec documents: `.`, `[...]`, `^`, `$`,
//! `?`, `*`, `+` and their non-greedy forms, `|`, `(...)`, `(?:...)`,
//! `\d \D \s \S \w \W` (ASCII classes, as the spec defines them) and `\`
//! before a special character. The engine knows more (counted repeats,
//! `\n`-style escapes, flags, comments); `check_syntax` rejects those with
//! ValueError, as the spec lists them as unsupported. Errors in a pattern
//! are ValueError (Pycopy's type; CPython raises re.error) with CPython's
//! message.
//!
//! Positions: the engine works in byte offsets; match objects keep them
//! and convert to character indices only when asked (start/end/span).

use super::{add_functions, bind_args, native_get, native_ref, new_native_type};
use crate::heap::ObjRef;
use crate::objects::native::{KwArgs, NativeFunc};
use crate::objects::type_::BaseKind;
use crate::objects::{NativeObject, Object};
use crate::regex::{self, Captures, ErrorKind, Mode, Regex, RegexError, Template};
use crate::value::Value;
use crate::vm::{ExcKind, PyErr, PyResult, Vm};
use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

const PATTERN: &str = "ure.Pattern";
const MATCH: &str = "ure.Match";

/// `ure.DEBUG` (Pycopy's value; the engine also accepts CPython's 128).
const DEBUG: i64 = regex::DEBUG_PYCOPY as i64;

pub struct PatternObj {
    ty: ObjRef,
    regex: Regex,
    /// The pattern as given (str or bytes), for repr.
    source: Value,
}

impl NativeObject for PatternObj {
    fn type_ref(&self) -> ObjRef {
        self.ty
    }
    fn trace(&self, visit: &mut dyn FnMut(Value)) {
        visit(self.source);
    }
    fn heap_bytes(&self) -> usize {
        // The compiled program's size isn't exposed; count a nominal amount
        // per group so the budget sees something.
        64 + 16 * self.regex.group_count()
    }
    crate::native_any!();
}

pub struct MatchObj {
    ty: ObjRef,
    /// The subject (str or bytes) the spans refer to.
    subject: Value,
    caps: Captures,
}

impl NativeObject for MatchObj {
    fn type_ref(&self) -> ObjRef {
        self.ty
    }
    fn trace(&self, visit: &mut dyn FnMut(Value)) {
        visit(self.subject);
    }
    fn heap_bytes(&self) -> usize {
        self.caps.len() * 2 * core::mem::size_of::<usize>()
    }
    crate::native_any!();
}

// ----- errors -----

fn regex_error(vm: &mut Vm, e: &RegexError) -> PyErr {
    match e.kind {
        ErrorKind::Syntax | ErrorKind::Unsupported => vm.value_error(format!("{}", e)),
        ErrorKind::TooComplex => vm.new_error(ExcKind::RuntimeError, format!("{}", e)),
        ErrorKind::NoMemory => PyErr(vm.memory_error),
        ErrorKind::UnknownGroupName => vm.index_error(format!("{}", e)),
    }
}

fn unsupported(vm: &mut Vm, what: &str, pos: usize) -> PyErr {
    vm.value_error(format!("{} not supported at position {}", what, pos))
}

/// Reject what the engine accepts but the spec lists as unsupported:
/// escapes other than of special characters and the class escapes,
/// counted repetitions `{m,n}`, and `(?` groups other than `(?:`.
fn check_syntax(vm: &mut Vm, units: &[u32]) -> PyResult<()> {
    const SPECIAL: &str = ".*+?[](){}|^$\\";
    const CLASSES: &str = "dDsSwW";
    let is = |set: &str, c: u32| char::from_u32(c).is_some_and(|c| set.contains(c));
    let ch = |i: usize| units.get(i).copied();
    let digit = |c: Option<u32>| c.is_some_and(|c| (0x30..=0x39).contains(&c));
    let mut i = 0;
    let mut in_class = false;
    while let Some(c) = ch(i) {
        match char::from_u32(c).unwrap_or('\0') {
            '\\' => match ch(i + 1) {
                Some(e) if is(SPECIAL, e) || is(CLASSES, e) || (in_class && e == '-' as u32) => {
                    i += 2;
                    continue;
                }
                // A lone trailing backslash: the engine reports it.
                None => return Ok(()),
                Some(e) => {
                    let esc = char::from_u32(e).unwrap_or('?');
                    return Err(unsupported(vm, &format!("escape \\{}", esc), i));
                }
            },
            '[' if !in_class => {
                in_class = true;
                i += 1;
                // A leading ^ and then a leading ] are part of the set.
                if ch(i) == Some('^' as u32) {
                    i += 1;
                }
                if ch(i) == Some(']' as u32) {
                    i += 1;
                }
                continue;
            }
            ']' if in_class => in_class = false,
            '(' if !in_class && ch(i + 1) == Some('?' as u32) && ch(i + 2) != Some(':' as u32) => {
                return Err(unsupported(vm, "group extension (?", i));
            }
            '{' if !in_class => {
                // CPython's rule for what makes a counted repeat.
                let mut j = i + 1;
                if ch(j) != Some('}' as u32) {
                    while digit(ch(j)) {
                        j += 1;
                    }
                    if ch(j) == Some(',' as u32) {
                        j += 1;
                        while digit(ch(j)) {
                            j += 1;
                        }
                    }
                    if ch(j) == Some('}' as u32) {
                        return Err(unsupported(vm, "counted repetition", i));
                    }
                }
            }
            _ => {}
        }
        i += 1;
    }
    Ok(())
}

// ----- compiling -----

/// Compile `pattern` (str or bytes) with `flags` (0 or DEBUG).
fn compile_value(vm: &mut Vm, pattern: Value, flags: Option<&Value>) -> PyResult<Value> {
    if native_ref::<PatternObj>(vm, pattern).is_some() {
        return Ok(pattern);
    }
    let flags = match flags {
        Some(f) => vm.to_index(*f)?,
        None => 0,
    };
    if flags & !(DEBUG | regex::DEBUG as i64) != 0 {
        return Err(vm.value_error(format!("unsupported regex flags {:#x}", flags)));
    }
    let (units, is_bytes): (Vec<u32>, bool) = if let Some(s) = vm.str_of(pattern) {
        (s.chars().map(u32::from).collect(), false)
    } else if let Some(Object::Bytes(b)) = vm.obj(pattern) {
        (b.data.iter().map(|&b| u32::from(b)).collect(), true)
    } else {
        let t = vm.type_name(pattern);
        return Err(vm.type_error(format!(
            "first argument must be string or compiled pattern, not {}",
            t
        )));
    };
    check_syntax(vm, &units)?;
    // ASCII: \d, \s, \w are the ASCII classes the spec defines.
    let compiled = if is_bytes {
        let bytes: Vec<u8> = units.iter().map(|&u| u as u8).collect();
        Regex::compile_bytes(&bytes, 0)
    } else {
        let s: String = units.iter().filter_map(|&u| char::from_u32(u)).collect();
        Regex::compile(&s, regex::ASCII)
    };
    let regex = match compiled {
        Ok(r) => r,
        Err(e) => return Err(regex_error(vm, &e)),
    };
    if flags != 0 {
        let dump = regex.debug_dump();
        vm.print_to_stdout(&dump)?;
    }
    let ty = vm.native_type_or_err(PATTERN)?;
    let r = vm.alloc(Object::Native(Box::new(PatternObj {
        ty,
        regex,
        source: pattern,
    })))?;
    Ok(Value::obj(r))
}

fn pattern_of(vm: &mut Vm, v: Value) -> PyResult<ObjRef> {
    match native_ref::<PatternObj>(vm, v) {
        Some(r) => Ok(r),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!(
                "descriptor requires a 're.Pattern' object but received a '{}'",
                t
            )))
        }
    }
}

fn regex_of(vm: &Vm, r: ObjRef) -> Option<Regex> {
    native_get::<PatternObj>(vm, r).map(|p| p.regex.clone())
}

/// The subject's code units as the engine wants them, checking that its
/// kind (str/bytes) matches the pattern's.
enum Subject {
    Str(String),
    Bytes(Vec<u8>),
}

fn subject_of(vm: &mut Vm, regex: &Regex, v: Value) -> PyResult<Subject> {
    if let Some(s) = vm.str_of(v) {
        if regex.is_bytes() {
            return Err(vm.type_error("cannot use a bytes pattern on a string-like object"));
        }
        return Ok(Subject::Str(String::from(s)));
    }
    if let Some(b) = vm.bytes_of(v) {
        if !regex.is_bytes() {
            return Err(vm.type_error("cannot use a string pattern on a bytes-like object"));
        }
        return Ok(Subject::Bytes(b.to_vec()));
    }
    let t = vm.type_name(v);
    Err(vm.type_error(format!("expected string or bytes-like object, got '{}'", t)))
}

impl Subject {
    fn len(&self) -> usize {
        match self {
            Subject::Str(s) => s.len(),
            Subject::Bytes(b) => b.len(),
        }
    }

    /// Character index -> code-unit offset (clamped like CPython's pos).
    fn offset(&self, i: i64) -> usize {
        let i = i.max(0) as usize;
        match self {
            Subject::Str(s) => regex::char_to_byte(s, i),
            Subject::Bytes(b) => i.min(b.len()),
        }
    }

    fn exec(
        &self,
        regex: &Regex,
        pos: usize,
        mode: Mode,
        adv: bool,
    ) -> Result<Option<Captures>, RegexError> {
        match self {
            Subject::Str(s) => regex.exec(s.as_str(), pos, mode, adv),
            Subject::Bytes(b) => regex.exec(b.as_slice(), pos, mode, adv),
        }
    }

    /// The subject cut at `end` (for endpos).
    fn truncated(self, end: usize) -> Subject {
        match self {
            Subject::Str(mut s) => {
                s.truncate(end);
                Subject::Str(s)
            }
            Subject::Bytes(mut b) => {
                b.truncate(end);
                Subject::Bytes(b)
            }
        }
    }
}

fn new_match(vm: &mut Vm, subject: Value, caps: Captures) -> PyResult<Value> {
    let ty = vm.native_type_or_err(MATCH)?;
    let r = vm.alloc(Object::Native(Box::new(MatchObj { ty, subject, caps })))?;
    Ok(Value::obj(r))
}

/// match/search with optional pos and endpos (character indices).
fn run(vm: &mut Vm, pat: Value, args: &[Value], mode: Mode) -> PyResult<Value> {
    let r = pattern_of(vm, pat)?;
    let Some(regex) = regex_of(vm, r) else {
        return Ok(Value::NONE);
    };
    let subject_v = args[0];
    let mut subject = subject_of(vm, &regex, subject_v)?;
    let pos = match args.get(1) {
        Some(p) => vm.to_index(*p)?,
        None => 0,
    };
    if let Some(e) = args.get(2) {
        let e = vm.to_index(*e)?;
        let end = subject.offset(e);
        subject = subject.truncated(end);
    }
    let pos = subject.offset(pos).min(subject.len());
    match subject.exec(&regex, pos, mode, false) {
        Ok(Some(caps)) => new_match(vm, subject_v, caps),
        Ok(None) => Ok(Value::NONE),
        Err(e) => Err(regex_error(vm, &e)),
    }
}

fn pattern_match(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    run(vm, args[0], &args[1..], Mode::Match)
}

fn pattern_search(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    run(vm, args[0], &args[1..], Mode::Search)
}

/// How sub() replaces: a parsed template or a function of the match.
enum Repl {
    Template(Template),
    Call(Value),
}

fn pattern_sub_impl(
    vm: &mut Vm,
    pat: Value,
    repl: Value,
    subject_v: Value,
    count: Option<&Value>,
) -> PyResult<Value> {
    let r = pattern_of(vm, pat)?;
    let Some(regex) = regex_of(vm, r) else {
        return Ok(subject_v);
    };
    let count = match count {
        Some(c) => vm.to_index(*c)?.max(0) as usize,
        None => 0,
    };
    let repl = if let Some(s) = vm.str_of(repl).map(String::from) {
        if regex.is_bytes() {
            return Err(vm.type_error("expected a bytes-like object, str found"));
        }
        match regex.template(&s) {
            Ok(t) => Repl::Template(t),
            Err(e) => return Err(regex_error(vm, &e)),
        }
    } else if let Some(Object::Bytes(b)) = vm.obj(repl) {
        let b = b.data.to_vec();
        if !regex.is_bytes() {
            return Err(vm.type_error("expected str instance, bytes found"));
        }
        match regex.template_bytes(&b) {
            Ok(t) => Repl::Template(t),
            Err(e) => return Err(regex_error(vm, &e)),
        }
    } else {
        Repl::Call(repl)
    };
    let subject = subject_of(vm, &regex, subject_v)?;
    // Collect the spans first (no Python code runs while matching).
    let mut found: Vec<Captures> = Vec::new();
    let mut pos = 0;
    let mut adv = false;
    while pos <= subject.len() && (count == 0 || found.len() < count) {
        match subject.exec(&regex, pos, Mode::Search, adv) {
            Ok(Some(c)) => {
                let (s, e) = c.span();
                adv = s == e;
                pos = e;
                found.push(c);
            }
            Ok(None) => break,
            Err(e) => return Err(regex_error(vm, &e)),
        }
    }
    let mut out_s = String::new();
    let mut out_b = Vec::new();
    let mut last = 0;
    for caps in found {
        let (s, e) = caps.span();
        match &subject {
            Subject::Str(t) => out_s.push_str(t.get(last..s).unwrap_or("")),
            Subject::Bytes(b) => out_b.extend_from_slice(b.get(last..s).unwrap_or(&[])),
        }
        match (&repl, &subject) {
            (Repl::Template(t), Subject::Str(text)) => t.expand_str(&caps, text, &mut out_s),
            (Repl::Template(t), Subject::Bytes(b)) => t.expand_bytes(&caps, b, &mut out_b),
            (Repl::Call(f), _) => {
                let m = new_match(vm, subject_v, caps)?;
                let res = vm.call(*f, &[m], &[])?;
                match &subject {
                    // None replaces with nothing, as in CPython.
                    _ if res.is_none() => {}
                    Subject::Str(_) => match vm.str_of(res) {
                        Some(x) => out_s.push_str(x),
                        None => {
                            let t = vm.type_name(res);
                            return Err(
                                vm.type_error(format!("expected str instance, {} found", t))
                            );
                        }
                    },
                    Subject::Bytes(_) => match vm.bytes_of(res) {
                        Some(x) => out_b.extend_from_slice(x),
                        None => {
                            let t = vm.type_name(res);
                            return Err(
                                vm.type_error(format!("expected a bytes-like object, {} found", t))
                            );
                        }
                    },
                }
            }
        }
        last = e;
    }
    match subject {
        Subject::Str(t) => {
            out_s.push_str(t.get(last..).unwrap_or(""));
            vm.reserve(out_s.len())?;
            vm.new_string(out_s)
        }
        Subject::Bytes(b) => {
            out_b.extend_from_slice(b.get(last..).unwrap_or(&[]));
            vm.new_bytes(out_b)
        }
    }
}

fn pattern_sub(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let names = ["repl", "string", "count"];
    let [repl, s, count] = bind_args(vm, "sub", names, &args[1..], kwargs)?;
    let (Some(repl), Some(s)) = (repl, s) else {
        return Err(vm.type_error("sub() missing required argument"));
    };
    pattern_sub_impl(vm, args[0], repl, s, count.as_ref())
}

fn pattern_split(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = pattern_of(vm, args[0])?;
    let Some(regex) = regex_of(vm, r) else {
        return Ok(Value::NONE);
    };
    // As documented for ure: max_split < 0 (the default) or 0 means no
    // limit.
    let maxsplit = match args.get(2) {
        Some(m) => vm.to_index(*m)?,
        None => -1,
    };
    let limit = if maxsplit > 0 { maxsplit as usize } else { 0 };
    let subject = subject_of(vm, &regex, args[1])?;
    let piece = |vm: &mut Vm, s: usize, e: usize| -> PyResult<Value> {
        match &subject {
            Subject::Str(t) => vm.new_str(t.get(s..e).unwrap_or("")),
            Subject::Bytes(b) => vm.new_bytes(b.get(s..e).unwrap_or(&[]).to_vec()),
        }
    };
    let mut out = Vec::new();
    let mut last = 0;
    let mut pos = 0;
    let mut adv = false;
    let mut splits = 0;
    while pos <= subject.len() && (limit == 0 || splits < limit) {
        let caps = match subject.exec(&regex, pos, Mode::Search, adv) {
            Ok(Some(c)) => c,
            Ok(None) => break,
            Err(e) => return Err(regex_error(vm, &e)),
        };
        let (s, e) = caps.span();
        out.push(piece(vm, last, s)?);
        // Captured groups go into the result, as in CPython.
        for g in 1..caps.len() {
            let v = match caps.get(g) {
                Some((gs, ge)) => piece(vm, gs, ge)?,
                None => Value::NONE,
            };
            out.push(v);
        }
        adv = s == e;
        pos = e;
        last = e;
        splits += 1;
    }
    out.push(piece(vm, last, subject.len())?);
    vm.new_list(out)
}

fn pattern_repr(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = pattern_of(vm, args[0])?;
    let src = native_get::<PatternObj>(vm, r).map_or(Value::NONE, |p| p.source);
    let mut out = String::from("re.compile(");
    vm.write_repr(src, &mut out)?;
    out.push(')');
    vm.new_string(out)
}

fn pattern_groups(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = pattern_of(vm, args[0])?;
    let n = native_get::<PatternObj>(vm, r).map_or(0, |p| p.regex.group_count());
    Ok(Value::int(n as i64))
}

fn pattern_pattern(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = pattern_of(vm, args[0])?;
    Ok(native_get::<PatternObj>(vm, r).map_or(Value::NONE, |p| p.source))
}

// ----- match objects -----

fn match_of(vm: &mut Vm, v: Value) -> PyResult<ObjRef> {
    match native_ref::<MatchObj>(vm, v) {
        Some(r) => Ok(r),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!(
                "descriptor requires a 're.Match' object but received a '{}'",
                t
            )))
        }
    }
}

/// The group number `v` names (ints only; IndexError otherwise).
fn group_index(vm: &mut Vm, r: ObjRef, v: Option<&Value>) -> PyResult<usize> {
    let n = native_get::<MatchObj>(vm, r).map_or(0, |m| m.caps.len());
    let i = match v {
        None => Some(0),
        Some(v) => v.as_int(),
    };
    match i {
        Some(i) if i >= 0 && (i as usize) < n => Ok(i as usize),
        _ => Err(vm.index_error("no such group")),
    }
}

/// Group `g`'s text as a str/bytes value, or `default` when unmatched.
fn group_value(vm: &mut Vm, r: ObjRef, g: usize, default: Value) -> PyResult<Value> {
    let Some((subject, span)) = native_get::<MatchObj>(vm, r).map(|m| (m.subject, m.caps.get(g)))
    else {
        return Ok(default);
    };
    let Some((s, e)) = span else {
        return Ok(default);
    };
    if let Some(text) = vm.str_of(subject) {
        let t = String::from(text.get(s..e).unwrap_or(""));
        return vm.new_string(t);
    }
    let b = vm
        .bytes_of(subject)
        .and_then(|b| b.get(s..e))
        .map(<[u8]>::to_vec);
    vm.new_bytes(b.unwrap_or_default())
}

fn match_group(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = match_of(vm, args[0])?;
    if args.len() <= 2 {
        let g = group_index(vm, r, args.get(1))?;
        return group_value(vm, r, g, Value::NONE);
    }
    let mut items = Vec::with_capacity(args.len() - 1);
    for a in &args[1..] {
        let g = group_index(vm, r, Some(a))?;
        items.push(group_value(vm, r, g, Value::NONE)?);
    }
    vm.new_tuple(items)
}

fn match_groups(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let r = match_of(vm, args[0])?;
    let [default] = bind_args(vm, "groups", ["default"], &args[1..], kwargs)?;
    let default = default.unwrap_or(Value::NONE);
    let n = native_get::<MatchObj>(vm, r).map_or(0, |m| m.caps.len());
    let mut items = Vec::with_capacity(n.saturating_sub(1));
    for g in 1..n {
        items.push(group_value(vm, r, g, default)?);
    }
    vm.new_tuple(items)
}

/// Group `g`'s span in character indices ((-1, -1) when unmatched).
fn span_of(vm: &Vm, r: ObjRef, g: usize) -> (i64, i64) {
    let Some(m) = native_get::<MatchObj>(vm, r) else {
        return (-1, -1);
    };
    let Some((s, e)) = m.caps.get(g) else {
        return (-1, -1);
    };
    match vm.str_of(m.subject) {
        Some(text) => (
            regex::byte_to_char(text, s) as i64,
            regex::byte_to_char(text, e) as i64,
        ),
        None => (s as i64, e as i64),
    }
}

fn match_start(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = match_of(vm, args[0])?;
    let g = group_index(vm, r, args.get(1))?;
    Ok(Value::int(span_of(vm, r, g).0))
}

fn match_end(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = match_of(vm, args[0])?;
    let g = group_index(vm, r, args.get(1))?;
    Ok(Value::int(span_of(vm, r, g).1))
}

fn match_span(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = match_of(vm, args[0])?;
    let g = group_index(vm, r, args.get(1))?;
    let (s, e) = span_of(vm, r, g);
    vm.new_tuple(alloc::vec![Value::int(s), Value::int(e)])
}

fn match_repr(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = match_of(vm, args[0])?;
    let (s, e) = span_of(vm, r, 0);
    let text = group_value(vm, r, 0, Value::NONE)?;
    let mut out = format!("<re.Match object; span=({}, {}), match=", s, e);
    vm.write_repr(text, &mut out)?;
    out.push('>');
    vm.new_string(out)
}

fn match_string(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = match_of(vm, args[0])?;
    Ok(native_get::<MatchObj>(vm, r).map_or(Value::NONE, |m| m.subject))
}

// ----- module functions -----

fn re_compile(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    compile_value(vm, args[0], args.get(1))
}

fn re_match(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let p = compile_value(vm, args[0], args.get(2))?;
    run(vm, p, &args[1..2], Mode::Match)
}

fn re_search(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let p = compile_value(vm, args[0], args.get(2))?;
    run(vm, p, &args[1..2], Mode::Search)
}

fn re_sub(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let names = ["pattern", "repl", "string", "count", "flags"];
    let [p, repl, s, count, flags] = bind_args(vm, "sub", names, args, kwargs)?;
    let (Some(p), Some(repl), Some(s)) = (p, repl, s) else {
        return Err(vm.type_error("sub() missing required argument"));
    };
    let p = compile_value(vm, p, flags.as_ref())?;
    pattern_sub_impl(vm, p, repl, s, count.as_ref())
}

static PATTERN_METHODS: &[NativeFunc] = &[
    NativeFunc::method("match", 2, 4, pattern_match),
    NativeFunc::method("search", 2, 4, pattern_search),
    NativeFunc::method_kw("sub", 1, 4, pattern_sub),
    NativeFunc::method("split", 2, 3, pattern_split),
    NativeFunc::method("__repr__", 1, 1, pattern_repr),
];

static PATTERN_GETTERS: &[NativeFunc] = &[
    NativeFunc::method("groups", 1, 1, pattern_groups),
    NativeFunc::method("pattern", 1, 1, pattern_pattern),
];

static MATCH_METHODS: &[NativeFunc] = &[
    NativeFunc::method("group", 1, crate::objects::native::VARARGS, match_group),
    NativeFunc::method_kw("groups", 1, 2, match_groups),
    NativeFunc::method("start", 1, 2, match_start),
    NativeFunc::method("end", 1, 2, match_end),
    NativeFunc::method("span", 1, 2, match_span),
    NativeFunc::method("__repr__", 1, 1, match_repr),
];

static MATCH_GETTERS: &[NativeFunc] = &[NativeFunc::method("string", 1, 1, match_string)];

static FUNCTIONS: &[NativeFunc] = &[
    NativeFunc::function("compile", 1, 2, re_compile),
    NativeFunc::function("match", 2, 3, re_match),
    NativeFunc::function("search", 2, 3, re_search),
    NativeFunc::function_kw("sub", 0, 5, re_sub),
];

pub fn init(vm: &mut Vm, d: ObjRef) -> PyResult<()> {
    add_functions(vm, d, FUNCTIONS)?;
    new_native_type(
        vm,
        PATTERN,
        "Pattern",
        PATTERN_METHODS,
        PATTERN_GETTERS,
        BaseKind::NotSubclassable,
    )?;
    new_native_type(
        vm,
        MATCH,
        "Match",
        MATCH_METHODS,
        MATCH_GETTERS,
        BaseKind::NotSubclassable,
    )?;
    let q = vm.intern("DEBUG");
    vm.dict_set_q(d, q, Value::int(DEBUG))
}
