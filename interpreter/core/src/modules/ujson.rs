//! ujson (`json`): dump, dumps, load, loads.
//!
//! Output is CPython's default format (`", "` and `": "` separators, ASCII
//! only with `\uXXXX` escapes, `NaN`/`Infinity`); errors carry CPython's
//! messages with line, column and character positions. Both directions
//! use explicit stacks instead of recursion, so deeply nested data cannot
//! overflow the Rust stack (it is bounded by the heap instead).

use super::{add_functions, bind_args};
use crate::heap::ObjRef;
use crate::objects::native::{KwArgs, NativeFunc};
use crate::objects::Object;
use crate::qstr;
use crate::value::{Unpacked, Value};
use crate::vm::{ExcKind, PyResult, Vm};
use alloc::collections::BTreeSet;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::Write;

/// Bytes a push onto `v` would allocate (0 while it has room).
fn growth<T>(v: &Vec<T>) -> usize {
    if v.len() < v.capacity() {
        0
    } else {
        v.capacity().max(4) * 2 * core::mem::size_of::<T>()
    }
}

/// Makes room for one more item in `v`: MemoryError, not a failed Rust
/// allocation, when the board's RAM (`Port::mem_free`) is short. The
/// stacks and item vectors here live outside the interpreter's heap, so a
/// deeply nested document could otherwise exhaust the RAM of a small port.
fn make_room<T>(vm: &mut Vm, v: &mut Vec<T>) -> PyResult<()> {
    let bytes = growth(v);
    if bytes == 0 {
        return Ok(());
    }
    vm.check_ram(bytes)?;
    v.try_reserve(1).map_err(|_| vm.out_of_memory())
}

// ----- encoding -----

/// A container being written: its remaining items.
enum Open {
    Seq {
        items: Vec<Value>,
        next: usize,
    },
    Map {
        items: Vec<(Value, Value)>,
        next: usize,
    },
}

struct Encoder<'a> {
    item_sep: &'a str,
    key_sep: &'a str,
    out: String,
}

/// Append `s` as a JSON string literal, escaping everything outside
/// printable ASCII (CPython's ensure_ascii default).
fn write_json_str(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            ' '..='~' => out.push(c),
            _ => {
                let mut units = [0u16; 2];
                for u in c.encode_utf16(&mut units) {
                    let _ = write!(out, "\\u{:04x}", u);
                }
            }
        }
    }
    out.push('"');
}

fn float_text(f: f64) -> String {
    if f.is_nan() {
        String::from("NaN")
    } else if f.is_infinite() {
        String::from(if f > 0.0 { "Infinity" } else { "-Infinity" })
    } else {
        crate::objects::float::repr(f)
    }
}

/// The text of a scalar (None, bool, int, float, str), or None for other
/// values. Instances of subclasses of int/float/str count as their base.
fn scalar_text(vm: &Vm, v: Value, out: &mut String) -> bool {
    let v = vm.native_of(v);
    match v.unpack() {
        Unpacked::None => out.push_str("null"),
        Unpacked::Bool(b) => out.push_str(if b { "true" } else { "false" }),
        Unpacked::Int(i) => {
            let _ = write!(out, "{}", i);
        }
        Unpacked::Float(f) => out.push_str(&float_text(f)),
        Unpacked::Str(q) => write_json_str(out, vm.qstr_str(q)),
        Unpacked::Obj(r) => match vm.heap.get(r) {
            Object::Str(s) => write_json_str(out, s.as_str()),
            Object::BigInt(b) => {
                let _ = write!(out, "{}", b);
            }
            _ => return false,
        },
        _ => return false,
    }
    true
}

/// A dict key as the string CPython writes (keys may be str, int, float,
/// bool or None).
fn key_text(vm: &mut Vm, k: Value) -> PyResult<String> {
    let n = vm.native_of(k);
    if let Some(s) = vm.str_of(n) {
        return Ok(String::from(s));
    }
    let mut out = String::new();
    let simple = matches!(
        n.unpack(),
        Unpacked::None | Unpacked::Bool(_) | Unpacked::Int(_) | Unpacked::Float(_)
    ) || matches!(vm.obj(n), Some(Object::BigInt(_)));
    if simple && scalar_text(vm, n, &mut out) {
        return Ok(out);
    }
    let t = vm.type_name(k);
    Err(vm.type_error(format!(
        "keys must be str, int, float, bool or None, not {}",
        t
    )))
}

impl Encoder<'_> {
    /// Serialise `root`: an explicit stack of open containers (with the
    /// objects on it, for the circular-reference check).
    fn encode(&mut self, vm: &mut Vm, root: Value) -> PyResult<()> {
        let mut stack: Vec<(Open, ObjRef)> = Vec::new();
        let mut open_set = BTreeSet::new();
        let mut pending = Some(root);
        loop {
            if self.out.len() + 64 > self.out.capacity() {
                // The output may double: check the RAM, and grow it here,
                // where failing is MemoryError (fragmented RAM may lack a
                // block that large even when enough bytes are free).
                vm.check_ram(self.out.capacity().max(64))?;
                if self.out.try_reserve(64).is_err() {
                    return Err(vm.out_of_memory());
                }
            }
            if let Some(v) = pending.take() {
                self.value(vm, v, &mut stack, &mut open_set)?;
            }
            let Some((open, r)) = stack.last_mut() else {
                return Ok(());
            };
            let r = *r;
            match open {
                Open::Seq { items, next } => {
                    if *next < items.len() {
                        if *next > 0 {
                            self.out.push_str(self.item_sep);
                        }
                        pending = Some(items[*next]);
                        *next += 1;
                    } else {
                        self.out.push(']');
                        stack.pop();
                        open_set.remove(&r);
                    }
                }
                Open::Map { items, next } => {
                    if *next < items.len() {
                        if *next > 0 {
                            self.out.push_str(self.item_sep);
                        }
                        let (k, v) = items[*next];
                        *next += 1;
                        let k = key_text(vm, k)?;
                        write_json_str(&mut self.out, &k);
                        self.out.push_str(self.key_sep);
                        pending = Some(v);
                    } else {
                        self.out.push('}');
                        stack.pop();
                        open_set.remove(&r);
                    }
                }
            }
        }
    }

    /// Write a scalar, or open a container (pushed on `stack`).
    fn value(
        &mut self,
        vm: &mut Vm,
        v: Value,
        stack: &mut Vec<(Open, ObjRef)>,
        open_set: &mut BTreeSet<ObjRef>,
    ) -> PyResult<()> {
        if scalar_text(vm, v, &mut self.out) {
            return Ok(());
        }
        let n = vm.native_of(v);
        let Some(r) = n.as_obj() else {
            return Err(not_serializable(vm, v));
        };
        let open = match vm.heap.get(r) {
            Object::List(l) => Open::Seq {
                items: l.clone(),
                next: 0,
            },
            Object::Tuple(t) => Open::Seq {
                items: t.to_vec(),
                next: 0,
            },
            Object::Dict(_) => Open::Map {
                items: crate::objects::dict::entries(vm, r),
                next: 0,
            },
            _ => return Err(not_serializable(vm, v)),
        };
        if open_set.contains(&r) {
            return Err(vm.value_error("Circular reference detected"));
        }
        let items = match &open {
            Open::Seq { items, .. } => items.len() * core::mem::size_of::<Value>(),
            Open::Map { items, .. } => items.len() * core::mem::size_of::<(Value, Value)>(),
        };
        // The copy of the items, a set node, and the output doubling.
        vm.check_ram(items + 64 + self.out.len())?;
        make_room(vm, stack)?;
        open_set.insert(r);
        self.out.push(match open {
            Open::Seq { .. } => '[',
            Open::Map { .. } => '{',
        });
        stack.push((open, r));
        Ok(())
    }
}

fn not_serializable(vm: &mut Vm, v: Value) -> crate::vm::PyErr {
    let t = vm.type_name(v);
    vm.type_error(format!("Object of type {} is not JSON serializable", t))
}

/// The `separators` argument: (item separator, key separator).
fn separators(vm: &mut Vm, v: Option<Value>) -> PyResult<(String, String)> {
    let Some(v) = v.filter(|v| !v.is_none()) else {
        return Ok((String::from(", "), String::from(": ")));
    };
    let items = vm.collect_iterable(v)?;
    match items.as_slice() {
        [a, b] => match (vm.str_of(*a), vm.str_of(*b)) {
            (Some(a), Some(b)) => Ok((String::from(a), String::from(b))),
            _ => Err(vm.type_error("separators must be a pair of strings")),
        },
        _ => Err(vm.value_error(format!(
            "too many values to unpack (expected 2, got {})",
            items.len()
        ))),
    }
}

fn to_json(vm: &mut Vm, obj: Value, seps: Option<Value>) -> PyResult<Value> {
    let (item_sep, key_sep) = separators(vm, seps)?;
    let mut enc = Encoder {
        item_sep: &item_sep,
        key_sep: &key_sep,
        out: String::new(),
    };
    enc.encode(vm, obj)?;
    vm.reserve(enc.out.len())?;
    vm.new_string(enc.out)
}

fn json_dumps(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let [obj, seps] = bind_args(vm, "dumps", ["obj", "separators"], args, kwargs)?;
    let Some(obj) = obj else {
        return Err(vm.type_error("dumps() missing required argument 'obj' (pos 1)"));
    };
    to_json(vm, obj, seps)
}

fn json_dump(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let [obj, stream, seps] = bind_args(vm, "dump", ["obj", "fp", "separators"], args, kwargs)?;
    let (Some(obj), Some(stream)) = (obj, stream) else {
        return Err(vm.type_error("dump() missing required argument 'fp' (pos 2)"));
    };
    let s = to_json(vm, obj, seps)?;
    vm.call_method(stream, qstr::WRITE, &[s])?;
    Ok(Value::NONE)
}

// ----- decoding -----

/// A container being parsed.
enum Building {
    List(Vec<Value>),
    /// The dict, and the key whose value is being parsed.
    Dict(ObjRef, Value),
}

struct Parser<'a> {
    text: &'a str,
    pos: usize,
}

/// Why parsing stopped: a message and the byte offset it refers to.
type Fail = (&'static str, usize);

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    fn starts_with(&self, lit: &str) -> bool {
        self.text
            .as_bytes()
            .get(self.pos..)
            .is_some_and(|rest| rest.starts_with(lit.as_bytes()))
    }

    /// A JSON number at `pos` (CPython's grammar: the fraction and exponent
    /// are taken only when complete), or None.
    fn number(&mut self, vm: &mut Vm) -> Result<Option<PyResult<Value>>, Fail> {
        let b = self.text.as_bytes();
        let start = self.pos;
        let mut i = start;
        if b.get(i) == Some(&b'-') {
            i += 1;
        }
        match b.get(i) {
            Some(b'0') => i += 1,
            Some(b'1'..=b'9') => {
                while matches!(b.get(i), Some(b'0'..=b'9')) {
                    i += 1;
                }
            }
            _ => return Ok(None),
        }
        let mut is_float = false;
        if b.get(i) == Some(&b'.') && matches!(b.get(i + 1), Some(b'0'..=b'9')) {
            i += 2;
            while matches!(b.get(i), Some(b'0'..=b'9')) {
                i += 1;
            }
            is_float = true;
        }
        if matches!(b.get(i), Some(b'e' | b'E')) {
            let mut j = i + 1;
            if matches!(b.get(j), Some(b'+' | b'-')) {
                j += 1;
            }
            if matches!(b.get(j), Some(b'0'..=b'9')) {
                while matches!(b.get(j), Some(b'0'..=b'9')) {
                    j += 1;
                }
                i = j;
                is_float = true;
            }
        }
        self.pos = i;
        let s = &self.text[start..i];
        if is_float {
            let f = crate::format::float_parse::parse_float(s).unwrap_or(f64::NAN);
            return Ok(Some(Ok(Value::float(f))));
        }
        Ok(Some(match crate::format::int_parse::parse_int(s, 10) {
            Ok(p) => crate::objects::int::parsed_int_value(vm, p),
            Err(_) => Err(vm.value_error("invalid literal for int()")),
        }))
    }

    /// A string whose opening quote is at `pos`.
    fn string(&mut self) -> Result<String, Fail> {
        let start = self.pos;
        let b = self.text.as_bytes();
        let mut i = start + 1;
        let mut out = String::new();
        loop {
            // A run of plain characters.
            let run = i;
            while let Some(&c) = b.get(i) {
                if c == b'"' || c == b'\\' || c < 0x20 {
                    break;
                }
                i += 1;
            }
            out.push_str(&self.text[run..i]);
            match b.get(i) {
                None => return Err(("Unterminated string starting at", start)),
                Some(b'"') => {
                    self.pos = i + 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    let esc = i;
                    let c = match b.get(i + 1) {
                        None => return Err(("Unterminated string starting at", start)),
                        Some(c) => *c,
                    };
                    i += 2;
                    match c {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => {
                            let hi = hex4(b, i).ok_or(("Invalid \\uXXXX escape", esc + 1))?;
                            i += 4;
                            let mut code = hi;
                            if (0xd800..0xdc00).contains(&hi)
                                && b.get(i) == Some(&b'\\')
                                && b.get(i + 1) == Some(&b'u')
                            {
                                let lo = hex4(b, i + 2).ok_or(("Invalid \\uXXXX escape", i + 1))?;
                                if (0xdc00..0xe000).contains(&lo) {
                                    code = 0x10000 + ((hi - 0xd800) << 10) + (lo - 0xdc00);
                                    i += 6;
                                }
                            }
                            match char::from_u32(code) {
                                Some(ch) => out.push(ch),
                                // str holds no lone surrogates here.
                                None => {
                                    return Err(("surrogate code points are not supported", esc))
                                }
                            }
                        }
                        _ => return Err(("Invalid \\escape", esc)),
                    }
                }
                Some(_) => return Err(("Invalid control character at", i)),
            }
        }
    }
}

/// Four hex digits at `i`.
fn hex4(b: &[u8], i: usize) -> Option<u32> {
    let digits = b.get(i..i + 4)?;
    let mut v = 0;
    for d in digits {
        v = v * 16 + (*d as char).to_digit(16)?;
    }
    Some(v)
}

/// CPython's JSONDecodeError text: "msg: line L column C (char N)", with
/// positions counted in characters.
fn decode_error(vm: &mut Vm, text: &str, (msg, pos): Fail) -> crate::vm::PyErr {
    let before = text.get(..pos).unwrap_or(text);
    let char_pos = before.chars().count();
    let line = before.matches('\n').count() + 1;
    let col = match before.rfind('\n') {
        Some(nl) => before[nl + 1..].chars().count() + 1,
        None => char_pos + 1,
    };
    vm.value_error(format!(
        "{}: line {} column {} (char {})",
        msg, line, col, char_pos
    ))
}

/// Parse a whole JSON document.
fn parse(vm: &mut Vm, text: &str) -> PyResult<Value> {
    let mut p = Parser { text, pos: 0 };
    match parse_value_tree(vm, &mut p) {
        Ok(Ok(v)) => {
            p.skip_ws();
            if p.pos < text.len() {
                return Err(decode_error(vm, text, ("Extra data", p.pos)));
            }
            Ok(v)
        }
        Ok(Err(e)) => Err(e),
        Err(f) => Err(decode_error(vm, text, f)),
    }
}

/// The parser proper: values go to the innermost open container; the
/// outer Result is a syntax error, the inner one a Python error (memory).
fn parse_value_tree(vm: &mut Vm, p: &mut Parser) -> Result<PyResult<Value>, Fail> {
    let mut stack: Vec<Building> = Vec::new();
    loop {
        // Parse one value (or open a container).
        p.skip_ws();
        let mut value = match p.peek() {
            Some(b'"') => {
                let s = p.string()?;
                match vm.new_string(s) {
                    Ok(v) => v,
                    Err(e) => return Ok(Err(e)),
                }
            }
            Some(b'[') => {
                p.pos += 1;
                p.skip_ws();
                if p.peek() == Some(b']') {
                    p.pos += 1;
                    match vm.new_list(Vec::new()) {
                        Ok(v) => v,
                        Err(e) => return Ok(Err(e)),
                    }
                } else {
                    if let Err(e) = make_room(vm, &mut stack) {
                        return Ok(Err(e));
                    }
                    stack.push(Building::List(Vec::new()));
                    continue;
                }
            }
            Some(b'{') => {
                p.pos += 1;
                p.skip_ws();
                match p.peek() {
                    Some(b'}') => {
                        p.pos += 1;
                        match vm.new_dict() {
                            Ok(d) => Value::obj(d),
                            Err(e) => return Ok(Err(e)),
                        }
                    }
                    Some(b'"') => {
                        let d = match vm.new_dict() {
                            Ok(d) => d,
                            Err(e) => return Ok(Err(e)),
                        };
                        let key = match dict_key(vm, p)? {
                            Ok(k) => k,
                            Err(e) => return Ok(Err(e)),
                        };
                        if let Err(e) = make_room(vm, &mut stack) {
                            return Ok(Err(e));
                        }
                        stack.push(Building::Dict(d, key));
                        continue;
                    }
                    _ => return Err(("Expecting property name enclosed in double quotes", p.pos)),
                }
            }
            _ => {
                if let Some(n) = p.number(vm)? {
                    match n {
                        Ok(v) => v,
                        Err(e) => return Ok(Err(e)),
                    }
                } else if p.starts_with("null") {
                    p.pos += 4;
                    Value::NONE
                } else if p.starts_with("true") {
                    p.pos += 4;
                    Value::TRUE
                } else if p.starts_with("false") {
                    p.pos += 5;
                    Value::FALSE
                } else if p.starts_with("NaN") {
                    p.pos += 3;
                    Value::float(f64::NAN)
                } else if p.starts_with("Infinity") {
                    p.pos += 8;
                    Value::float(f64::INFINITY)
                } else if p.starts_with("-Infinity") {
                    p.pos += 9;
                    Value::float(f64::NEG_INFINITY)
                } else {
                    return Err(("Expecting value", p.pos));
                }
            }
        };
        // Hand the value to the containers it completes.
        loop {
            let Some(top) = stack.last_mut() else {
                return Ok(Ok(value));
            };
            p.skip_ws();
            match top {
                Building::List(items) => {
                    if let Err(e) = make_room(vm, items) {
                        return Ok(Err(e));
                    }
                    items.push(value);
                    match p.peek() {
                        Some(b',') => {
                            p.pos += 1;
                            break;
                        }
                        Some(b']') => {
                            p.pos += 1;
                            let items = core::mem::take(items);
                            stack.pop();
                            value = match vm.new_list(items) {
                                Ok(v) => v,
                                Err(e) => return Ok(Err(e)),
                            };
                        }
                        _ => return Err(("Expecting ',' delimiter", p.pos)),
                    }
                }
                Building::Dict(d, key) => {
                    let (d, k) = (*d, *key);
                    if let Err(e) = vm.dict_set(d, k, value) {
                        return Ok(Err(e));
                    }
                    match p.peek() {
                        Some(b',') => {
                            p.pos += 1;
                            p.skip_ws();
                            if p.peek() != Some(b'"') {
                                return Err((
                                    "Expecting property name enclosed in double quotes",
                                    p.pos,
                                ));
                            }
                            match dict_key(vm, p)? {
                                Ok(k) => *key = k,
                                Err(e) => return Ok(Err(e)),
                            }
                            break;
                        }
                        Some(b'}') => {
                            p.pos += 1;
                            stack.pop();
                            value = Value::obj(d);
                        }
                        _ => return Err(("Expecting ',' delimiter", p.pos)),
                    }
                }
            }
        }
    }
}

/// A key string at `pos` and the ':' after it.
fn dict_key(vm: &mut Vm, p: &mut Parser) -> Result<PyResult<Value>, Fail> {
    let s = p.string()?;
    p.skip_ws();
    if p.peek() != Some(b':') {
        return Err(("Expecting ':' delimiter", p.pos));
    }
    p.pos += 1;
    Ok(vm.new_string(s))
}

/// The text of a JSON document given as str, bytes or bytearray.
fn document_text(vm: &mut Vm, v: Value) -> PyResult<String> {
    if let Some(s) = vm.str_of(v) {
        return Ok(String::from(s));
    }
    let is_bytes = matches!(
        vm.obj(vm.native_of(v)),
        Some(Object::Bytes(_)) | Some(Object::ByteArray(_))
    );
    if is_bytes {
        let d = vm.bytes_of(v).map(<[u8]>::to_vec).unwrap_or_default();
        return match String::from_utf8(d) {
            Ok(s) => Ok(s),
            Err(_) => Err(vm.new_error(
                ExcKind::UnicodeError,
                "'utf-8' codec can't decode bytes: invalid utf-8",
            )),
        };
    }
    let t = vm.type_name(v);
    Err(vm.type_error(format!(
        "the JSON object must be str, bytes or bytearray, not {}",
        t
    )))
}

fn json_loads(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let text = document_text(vm, args[0])?;
    parse(vm, &text)
}

fn json_load(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    // Read the stream to its end, then parse.
    let q = vm.intern("read");
    let data = vm.call_method(args[0], q, &[])?;
    vm.heap.temp_roots.push(data);
    let text = document_text(vm, data)?;
    parse(vm, &text)
}

static FUNCTIONS: &[NativeFunc] = &[
    NativeFunc::function_kw("dumps", 1, 2, json_dumps),
    NativeFunc::function_kw("dump", 2, 3, json_dump),
    NativeFunc::function("loads", 1, 1, json_loads),
    NativeFunc::function("load", 1, 1, json_load),
];

pub fn init(vm: &mut Vm, d: ObjRef) -> PyResult<()> {
    add_functions(vm, d, FUNCTIONS)
}
