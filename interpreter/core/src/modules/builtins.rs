//! The builtins module: built-in functions, types and exceptions.

use crate::bytecode::{BinOp, CmpOp};
use crate::compile::Mode;
use crate::heap::ObjRef;
use crate::objects::iterator::IterObj;
use crate::objects::native::{KwArgs, NativeFunc, VARARGS};
use crate::objects::Object;
use crate::qstr;
use crate::value::Value;
use crate::vm::ops::Num;
use crate::vm::{ExcKind, PyResult, Vm};
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

fn kwarg(vm: &Vm, kwargs: KwArgs, name: &str) -> Option<Value> {
    kwargs
        .iter()
        .find(|(k, _)| vm.str_of(*k) == Some(name))
        .map(|(_, v)| *v)
}

fn check_kwargs(vm: &mut Vm, kwargs: KwArgs, allowed: &[&str], fname: &str) -> PyResult<()> {
    for (k, _) in kwargs {
        let name = vm.str_of(*k).unwrap_or("");
        if !allowed.contains(&name) {
            let n = String::from(name);
            return Err(vm.type_error(format!(
                "{}() got an unexpected keyword argument '{}'",
                fname, n
            )));
        }
    }
    Ok(())
}

fn b_print(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    check_kwargs(vm, kwargs, &["sep", "end", "file", "flush"], "print")?;
    let text_arg = |vm: &mut Vm, name: &str, default: &str| -> PyResult<String> {
        match kwarg(vm, kwargs, name) {
            Some(s) if !s.is_none() => match vm.str_of(s) {
                Some(t) => Ok(String::from(t)),
                None => {
                    let t = vm.type_name(s);
                    Err(vm.type_error(format!("{} must be None or a string, not {}", name, t)))
                }
            },
            _ => Ok(String::from(default)),
        }
    };
    let sep = text_arg(vm, "sep", " ")?;
    let end = text_arg(vm, "end", "\n")?;
    match kwarg(vm, kwargs, "file") {
        Some(f) if !f.is_none() => {
            // A file gets one write() per piece, as CPython does.
            vm.heap.temp_roots.push(f);
            for (i, a) in args.iter().enumerate() {
                if i > 0 {
                    let s = vm.new_str(&sep)?;
                    vm.call_method(f, qstr::WRITE, &[s])?;
                }
                let s = vm.to_str(*a)?;
                vm.call_method(f, qstr::WRITE, &[s])?;
            }
            let s = vm.new_str(&end)?;
            vm.call_method(f, qstr::WRITE, &[s])?;
        }
        _ => {
            let mut out = String::new();
            for (i, a) in args.iter().enumerate() {
                if i > 0 {
                    out.push_str(&sep);
                }
                vm.write_str(*a, &mut out)?;
            }
            out.push_str(&end);
            vm.print_to_stdout(&out)?;
        }
    }
    Ok(Value::NONE)
}

fn b_len(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    vm.len(args[0]).map(|n| Value::int(n as i64))
}

fn b_repr(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    vm.repr(args[0])
}

fn b_ascii(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let r = vm.repr_string(args[0])?;
    let a = crate::objects::str::ascii_escape(&r);
    vm.new_string(a)
}

fn b_abs(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    abs_value(vm, args[0])
}

/// abs(v).
pub(crate) fn abs_value(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if let Some(m) = vm.user_special(v, qstr::ABS) {
        return vm.call_special(m, v, &[]);
    }
    match vm.as_number(v) {
        Some(Num::Int(i)) => match i.checked_abs() {
            Some(a) => Ok(Value::int(a)),
            None => vm.new_bigint(num_bigint::BigInt::from(i).magnitude().clone().into()),
        },
        Some(Num::Big(b)) => {
            let a: num_bigint::BigInt = b.magnitude().clone().into();
            vm.new_bigint(a)
        }
        Some(Num::Float(f)) => Ok(Value::float(libm::fabs(f))),
        Some(Num::Complex(re, im)) => Ok(Value::float(libm::hypot(re, im))),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("bad operand type for abs(): '{}'", t)))
        }
    }
}

fn iterate_all(vm: &mut Vm, v: Value, want: bool) -> PyResult<Value> {
    let it = vm.get_iter(v)?;
    vm.heap.temp_roots.push(it);
    while let Some(x) = vm.iter_next(it)? {
        if vm.is_true(x)? == want {
            return Ok(Value::bool(want));
        }
    }
    Ok(Value::bool(!want))
}

fn b_all(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    iterate_all(vm, args[0], false)
}

fn b_any(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    iterate_all(vm, args[0], true)
}

fn int_text(
    vm: &mut Vm,
    v: Value,
    f: fn(crate::format::int_text::IntRef) -> String,
) -> PyResult<Value> {
    use crate::format::int_text::IntRef;
    let v = if vm.as_int_num(v).is_none() {
        if let Some(m) = vm.user_special(v, qstr::INDEX) {
            vm.call_special(m, v, &[])?
        } else {
            v
        }
    } else {
        v
    };
    let s = match vm.as_int_num(v) {
        Some(Num::Int(i)) => f(IntRef::Small(i)),
        Some(Num::Big(b)) => f(IntRef::Big(&b)),
        _ => {
            let t = vm.type_name(v);
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                t
            )));
        }
    };
    vm.new_string(s)
}

fn b_bin(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    int_text(vm, args[0], crate::format::int_text::bin)
}
fn b_oct(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    int_text(vm, args[0], crate::format::int_text::oct)
}
fn b_hex(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    int_text(vm, args[0], crate::format::int_text::hex)
}

fn b_callable(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    Ok(Value::bool(is_callable(vm, args[0])))
}

fn is_callable(vm: &Vm, v: Value) -> bool {
    match v.unpack() {
        crate::value::Unpacked::Native(_) => true,
        crate::value::Unpacked::Obj(r) => match vm.heap.get(r) {
            Object::Function(_) | Object::BoundMethod(_) | Object::Type(_) => true,
            _ => vm.type_attr(v, qstr::CALL).is_some(),
        },
        _ => false,
    }
}

fn b_chr(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let i = vm.to_index(args[0])?;
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => {
            let mut buf = [0u8; 4];
            vm.new_str(c.encode_utf8(&mut buf))
        }
        None => Err(vm.value_error("chr() arg not in range(0x110000)")),
    }
}

fn b_ord(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    if let Some(s) = vm.str_of(args[0]) {
        let mut cs = s.chars();
        return match (cs.next(), cs.next()) {
            (Some(c), None) => Ok(Value::int(c as i64)),
            _ => {
                let n = s.chars().count();
                Err(vm.type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    n
                )))
            }
        };
    }
    if let Some(b) = vm.bytes_of(args[0]) {
        if b.len() == 1 {
            return Ok(Value::int(b[0] as i64));
        }
        let n = b.len();
        return Err(vm.type_error(format!(
            "ord() expected a character, but string of length {} found",
            n
        )));
    }
    let t = vm.type_name(args[0]);
    Err(vm.type_error(format!(
        "ord() expected string of length 1, but {} found",
        t
    )))
}

fn b_divmod(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let (a, b) = (args[0], args[1]);
    if vm.is_user_instance(a) || vm.is_user_instance(b) {
        if let Some(m) = vm.user_special(a, qstr::DIVMOD) {
            let r = vm.call_special(m, a, &[b])?;
            if !r.is_not_implemented() {
                return Ok(r);
            }
        }
        if let Some(m) = vm.user_special(b, qstr::RDIVMOD) {
            let r = vm.call_special(m, b, &[a])?;
            if !r.is_not_implemented() {
                return Ok(r);
            }
        }
    }
    // Numbers, or instances of subclasses of the number types.
    let real = |vm: &Vm, v: Value| {
        let n = vm.native_of(v);
        matches!(vm.as_number(n), Some(n) if !matches!(n, Num::Complex(..)))
    };
    let ok = real(vm, a) && real(vm, b);
    if !ok {
        let (ta, tb) = (vm.type_name(a), vm.type_name(b));
        return Err(vm.type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            ta, tb
        )));
    }
    divmod_values(vm, a, b)
}

/// divmod of two built-in numbers.
pub(crate) fn divmod_values(vm: &mut Vm, a: Value, b: Value) -> PyResult<Value> {
    let (na, nb) = (vm.native_of(a), vm.native_of(b));
    if let (Some(x), Some(y)) = (vm.as_number(na), vm.as_number(nb)) {
        if matches!(x, Num::Float(_)) || matches!(y, Num::Float(_)) {
            let fx = crate::objects::int::num_to_f64(vm, x)?;
            let fy = crate::objects::int::num_to_f64(vm, y)?;
            return match crate::format::float_ops::float_divmod(fx, fy) {
                Ok((q, r)) => vm.new_tuple(alloc::vec![Value::float(q), Value::float(r)]),
                Err(e) => Err(crate::objects::str::format_error(vm, e)),
            };
        }
    }
    let q = vm.binary_op(BinOp::FloorDiv, a, b)?;
    let r = vm.binary_op(BinOp::Mod, a, b)?;
    vm.new_tuple(alloc::vec![q, r])
}

fn b_pow(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let base = args.first().copied().or_else(|| kwarg(vm, kwargs, "base"));
    let exp = args.get(1).copied().or_else(|| kwarg(vm, kwargs, "exp"));
    let (Some(base), Some(exp)) = (base, exp) else {
        return Err(vm.type_error("pow() missing required argument"));
    };
    match args.get(2).copied().or_else(|| kwarg(vm, kwargs, "mod")) {
        Some(m) if !m.is_none() => crate::objects::int::pow_mod(vm, base, exp, m),
        _ => vm.binary_op(BinOp::Pow, base, exp),
    }
}

/// round(number[, ndigits]) with positional arguments.
pub(crate) fn round_value(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    b_round(vm, args, &[])
}

fn b_round(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let v = args
        .first()
        .copied()
        .or_else(|| kwarg(vm, kwargs, "number"))
        .unwrap_or(Value::NONE);
    let nd = args
        .get(1)
        .copied()
        .or_else(|| kwarg(vm, kwargs, "ndigits"));
    if let Some(m) = vm.user_special(v, qstr::ROUND) {
        let a: Vec<Value> = nd.into_iter().collect();
        return vm.call_special(m, v, &a);
    }
    match vm.as_number(v) {
        Some(Num::Float(f)) => crate::objects::float::round_float(vm, f, nd),
        Some(Num::Int(_)) | Some(Num::Big(_)) => match nd {
            None => crate::objects::int::to_int(vm, v),
            Some(n) if n.is_none() => crate::objects::int::to_int(vm, v),
            Some(n) => {
                let nd = vm.to_clamped_index(n)?;
                if nd >= 0 {
                    return crate::objects::int::to_int(vm, v);
                }
                // Fewer digits than -nd - 1: less than half the unit, so 0
                // (and no 10**huge power to compute).
                let bits = match vm.as_number(v) {
                    Some(Num::Big(b)) => b.bits(),
                    Some(Num::Int(i)) => 64 - u64::from(i.unsigned_abs().leading_zeros()),
                    _ => 64,
                };
                if nd.unsigned_abs() > bits * 3 / 10 + 2 {
                    return Ok(Value::int(0));
                }
                // Round to a multiple of 10**-nd, half to even.
                let p = vm.binary_op(BinOp::Pow, Value::int(10), Value::int(-nd))?;
                let q = vm.binary_op(BinOp::FloorDiv, v, p)?;
                let r = vm.binary_op(BinOp::Mod, v, p)?;
                let twice = vm.binary_op(BinOp::Mul, r, Value::int(2))?;
                let c = vm.compare(CmpOp::Gt, twice, p)?;
                let e = vm.compare(CmpOp::Eq, twice, p)?;
                let q_odd = vm.binary_op(BinOp::And, q, Value::int(1))?;
                let up = vm.is_true(c)? || (vm.is_true(e)? && vm.is_true(q_odd)?);
                let q = if up {
                    vm.binary_op(BinOp::Add, q, Value::int(1))?
                } else {
                    q
                };
                vm.binary_op(BinOp::Mul, q, p)
            }
        },
        _ => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("type {} doesn't define __round__ method", t)))
        }
    }
}

fn b_hash(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    vm.hash(args[0]).map(Value::int)
}

fn b_id(_vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    Ok(Value::int(args[0].identity()))
}

/// isinstance/issubclass class-or-tuple argument.
fn class_matches(vm: &mut Vm, t: ObjRef, spec: Value, fname: &str) -> PyResult<bool> {
    let members = crate::objects::union_type::members(vm, spec);
    if let Some(items) = members.or_else(|| vm.tuple_items(spec).map(|s| s.to_vec())) {
        for i in items {
            if class_matches(vm, t, i, fname)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    match spec.as_obj() {
        Some(c) if vm.is_type(spec) => Ok(vm.is_subtype(t, c)),
        _ => Err(vm.type_error(if fname == "isinstance" {
            "isinstance() arg 2 must be a type, a tuple of types, or a union"
        } else {
            "issubclass() arg 2 must be a class, a tuple of classes, or a union"
        })),
    }
}

fn b_isinstance(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let t = vm.type_of(args[0]);
    // A user metaclass's __instancecheck__.
    if let Some(spec) = args[1].as_obj() {
        if vm.is_user_instance(args[1]) {
            let meta = vm.type_of(args[1]);
            let q = vm.intern("__instancecheck__");
            if let Some(m) = vm.lookup_user_attr(meta, q) {
                let r = vm.call_special(m, Value::obj(spec), &[args[0]])?;
                return vm.is_true(r).map(Value::bool);
            }
        }
    }
    class_matches(vm, t, args[1], "isinstance").map(Value::bool)
}

fn b_issubclass(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    match args[0].as_obj() {
        Some(c) if vm.is_type(args[0]) => {
            class_matches(vm, c, args[1], "issubclass").map(Value::bool)
        }
        _ => Err(vm.type_error("issubclass() arg 1 must be a class")),
    }
}

fn b_iter(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    if let Some(sentinel) = args.get(1) {
        if !is_callable(vm, args[0]) {
            return Err(vm.type_error("iter(v, w): v must be callable"));
        }
        return vm.new_iter(IterObj::Callable {
            func: args[0],
            sentinel: *sentinel,
        });
    }
    vm.get_iter(args[0])
}

fn b_aiter(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let Some(m) = vm.type_attr(args[0], qstr::AITER) else {
        let t = vm.type_name(args[0]);
        return Err(vm.type_error(format!("'{}' object is not an async iterable", t)));
    };
    let it = vm.call_special(m, args[0], &[])?;
    if vm.type_attr(it, qstr::ANEXT).is_none() {
        let t = vm.type_name(it);
        return Err(vm.type_error(format!(
            "aiter() returned not an async iterator of type '{}'",
            t
        )));
    }
    Ok(it)
}

fn b_anext(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let Some(m) = vm.type_attr(args[0], qstr::ANEXT) else {
        let t = vm.type_name(args[0]);
        return Err(vm.type_error(format!("'{}' object is not an async iterator", t)));
    };
    let awaitable = vm.call_special(m, args[0], &[])?;
    match args.get(1) {
        Some(&default) => crate::objects::anext_awaitable::new(vm, awaitable, default),
        None => Ok(awaitable),
    }
}

fn b_next(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let it = args[0];
    let is_iter = matches!(
        vm.obj(it),
        Some(Object::Iterator(_)) | Some(Object::Generator(_))
    ) || vm.type_attr(it, qstr::NEXT).is_some();
    if !is_iter {
        let t = vm.type_name(it);
        return Err(vm.type_error(format!("'{}' object is not an iterator", t)));
    }
    // A generator's return value must reach StopIteration.value.
    if let Some(Object::Generator(_)) = vm.obj(it) {
        let g = it.as_obj().unwrap_or(vm.types.object);
        return match vm.resume_generator(g, Value::NONE, None)? {
            crate::vm::interp::Exit::Yield(v) => Ok(v),
            crate::vm::interp::Exit::Return(v) => match args.get(1) {
                Some(d) => Ok(*d),
                None => {
                    let a: &[Value] = if v.is_none() {
                        &[]
                    } else {
                        core::slice::from_ref(&v)
                    };
                    let e = vm.make_exception(ExcKind::StopIteration, a)?;
                    Err(crate::vm::PyErr(e))
                }
            },
        };
    }
    if !matches!(vm.obj(it), Some(Object::Iterator(_))) {
        let m = vm.type_attr(it, qstr::NEXT).unwrap_or(Value::NONE);
        return match vm.call_special(m, it, &[]) {
            Err(e) if vm.exception_is(e.0, ExcKind::StopIteration) && args.len() > 1 => Ok(args[1]),
            other => other,
        };
    }
    match vm.iter_next(it)? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(d) => Ok(*d),
            None => Err(vm.new_error_no_msg(ExcKind::StopIteration)),
        },
    }
}

fn minmax(vm: &mut Vm, args: &[Value], kwargs: KwArgs, op: CmpOp, name: &str) -> PyResult<Value> {
    check_kwargs(vm, kwargs, &["key", "default"], name)?;
    let key = kwarg(vm, kwargs, "key").filter(|k| !k.is_none());
    let default = kwarg(vm, kwargs, "default");
    let items = if args.len() == 1 {
        vm.collect_iterable(args[0])?
    } else {
        if default.is_some() {
            return Err(vm.type_error(format!(
                "Cannot specify a default for {}() with multiple positional arguments",
                name
            )));
        }
        args.to_vec()
    };
    if args.is_empty() {
        return Err(vm.type_error(format!("{} expected at least 1 argument, got 0", name)));
    }
    // The key function may drop the items from where they came from.
    vm.heap.temp_roots.extend_from_slice(&items);
    let mut best: Option<(Value, Value)> = None;
    for it in items {
        let k = match key {
            Some(f) => vm.call(f, &[it], &[])?,
            None => it,
        };
        vm.heap.temp_roots.push(k);
        match best {
            None => best = Some((it, k)),
            Some((_, bk)) => {
                if vm.compare_bool(op, k, bk)? {
                    best = Some((it, k));
                }
            }
        }
    }
    match best {
        Some((v, _)) => Ok(v),
        None => match default {
            Some(d) => Ok(d),
            None => Err(vm.value_error(format!("{}() arg is an empty sequence", name))),
        },
    }
}

fn b_min(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    minmax(vm, args, kwargs, CmpOp::Lt, "min")
}

fn b_max(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    minmax(vm, args, kwargs, CmpOp::Gt, "max")
}

fn b_sum(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let mut acc = args
        .get(1)
        .copied()
        .or_else(|| kwarg(vm, kwargs, "start"))
        .unwrap_or(Value::int(0));
    if vm.is_str(acc) {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    match vm.obj(acc) {
        Some(Object::Bytes(_)) => {
            return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"))
        }
        Some(Object::ByteArray(_)) => {
            return Err(vm.type_error("sum() can't sum bytearray [use b''.join(seq) instead]"))
        }
        _ => {}
    }
    let it = vm.get_iter(args[0])?;
    vm.heap.temp_roots.push(it);
    while let Some(x) = vm.iter_next(it)? {
        acc = vm.binary_op(BinOp::Add, acc, x)?;
        vm.heap.temp_roots.push(acc);
    }
    Ok(acc)
}

fn b_sorted(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    check_kwargs(vm, kwargs, &["key", "reverse"], "sorted")?;
    let items = vm.collect_iterable(args[0])?;
    let key = kwarg(vm, kwargs, "key").unwrap_or(Value::NONE);
    let reverse = match kwarg(vm, kwargs, "reverse") {
        Some(r) => vm.is_true(r)?,
        None => false,
    };
    let l = vm.new_list(Vec::new())?;
    let sorted = crate::objects::list::sort_values(vm, items, key, reverse)?;
    if let Some(r) = l.as_obj() {
        if let Some(v) = vm.list_mut(r) {
            *v = sorted;
        }
    }
    Ok(l)
}

fn b_reversed(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    reversed_value(vm, args[0])
}

/// reversed(v).
pub(crate) fn reversed_value(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if let Some(m) = vm.user_special(v, qstr::REVERSED) {
        return vm.call_special(m, v, &[]);
    }
    if let Some(Object::Range(r)) = vm.obj(v) {
        let r = *r;
        let n = r.len();
        let last = r.get(n - 1);
        return vm.new_iter(IterObj::Range {
            next: last,
            step: -r.step,
            remaining: n,
        });
    }
    let seq_like = matches!(
        vm.obj(vm.native_of(v)),
        Some(Object::List(_))
            | Some(Object::Tuple(_))
            | Some(Object::Str(_))
            | Some(Object::Bytes(_))
            | Some(Object::ByteArray(_))
    ) || vm.is_str(v)
        || (vm.is_user_instance(v)
            && vm.user_special(v, qstr::GETITEM).is_some()
            && vm.user_special(v, qstr::LEN).is_some())
        || (vm.native_special(vm.native_of(v), qstr::GETITEM).is_some()
            && vm.native_special(vm.native_of(v), qstr::LEN).is_some());
    if !seq_like {
        if let Some(Object::Dict(_) | Object::DictView(_)) = vm.obj(v) {
            let keys = vm.collect_iterable(v)?;
            let l = vm.new_list(keys)?;
            let n = vm.len(l)?;
            return vm.new_iter(IterObj::Reversed {
                seq: l,
                remaining: n,
            });
        }
        let t = vm.type_name(v);
        return Err(vm.type_error(format!("'{}' object is not reversible", t)));
    }
    let n = vm.len(v)?;
    vm.new_iter(IterObj::Reversed {
        seq: v,
        remaining: n,
    })
}

fn b_enumerate(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let Some(src) = args
        .first()
        .copied()
        .or_else(|| kwarg(vm, kwargs, "iterable"))
    else {
        return Err(vm.type_error("enumerate() missing required argument 'iterable'"));
    };
    let start = args
        .get(1)
        .copied()
        .or_else(|| kwarg(vm, kwargs, "start"))
        .unwrap_or(Value::int(0));
    if vm.as_int_num(start).is_none() {
        let t = vm.type_name(start);
        return Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            t
        )));
    }
    // A bool or int subclass start counts as a plain int.
    let start = crate::objects::int::to_int(vm, start)?;
    let it = vm.get_iter(src)?;
    vm.new_iter(IterObj::Enumerate { it, count: start })
}

fn b_zip(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    check_kwargs(vm, kwargs, &["strict"], "zip")?;
    let strict = match kwarg(vm, kwargs, "strict") {
        Some(v) => vm.is_true(v)?,
        None => false,
    };
    let mut iters = Vec::with_capacity(args.len());
    for a in args {
        let it = vm.get_iter(*a)?;
        vm.heap.temp_roots.push(it);
        iters.push(it);
    }
    vm.new_iter(IterObj::Zip {
        iters: iters.into_boxed_slice(),
        strict,
    })
}

fn b_map(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let mut iters = Vec::with_capacity(args.len() - 1);
    for a in &args[1..] {
        let it = vm.get_iter(*a)?;
        vm.heap.temp_roots.push(it);
        iters.push(it);
    }
    vm.new_iter(IterObj::Map {
        func: args[0],
        iters: iters.into_boxed_slice(),
    })
}

fn b_filter(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let it = vm.get_iter(args[1])?;
    vm.new_iter(IterObj::Filter { func: args[0], it })
}

fn name_arg(vm: &mut Vm, v: Value) -> PyResult<crate::qstr::Qstr> {
    match vm.str_of(v).map(String::from) {
        Some(s) => Ok(vm.intern(&s)),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("attribute name must be string, not '{}'", t)))
        }
    }
}

fn b_getattr(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let q = name_arg(vm, args[1])?;
    match args.get(2) {
        Some(d) => match vm.getattr_opt(args[0], q) {
            Ok(Some(v)) => Ok(v),
            Ok(None) => Ok(*d),
            Err(e) if vm.exception_is(e.0, ExcKind::AttributeError) => Ok(*d),
            Err(e) => Err(e),
        },
        None => vm.getattr(args[0], q),
    }
}

fn b_setattr(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let q = name_arg(vm, args[1])?;
    vm.setattr(args[0], q, args[2])?;
    Ok(Value::NONE)
}

fn b_delattr(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let q = name_arg(vm, args[1])?;
    vm.delattr(args[0], q)?;
    Ok(Value::NONE)
}

fn b_hasattr(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let q = name_arg(vm, args[1])?;
    match vm.getattr_opt(args[0], q) {
        Ok(v) => Ok(Value::bool(v.is_some())),
        Err(e) if vm.exception_is(e.0, ExcKind::AttributeError) => Ok(Value::FALSE),
        Err(e) => Err(e),
    }
}

/// The globals dict of the calling Python frame.
fn caller_globals(vm: &Vm) -> Option<ObjRef> {
    vm.frames.last().map(|f| f.globals)
}

fn b_globals(vm: &mut Vm, _args: &[Value]) -> PyResult<Value> {
    match caller_globals(vm) {
        Some(g) => Ok(Value::obj(g)),
        None => Ok(Value::obj(vm.builtins)),
    }
}

fn b_locals(vm: &mut Vm, _args: &[Value]) -> PyResult<Value> {
    let Some(frame) = vm.frames.last() else {
        return Ok(Value::NONE);
    };
    if let Some(l) = frame.locals.as_obj() {
        return Ok(Value::obj(l));
    }
    // A function: a snapshot of its locals.
    let code = frame.code.clone();
    let regs: Vec<Value> = frame.regs.clone();
    let d = vm.new_dict()?;
    for (i, name) in code.varnames.iter().enumerate() {
        if let Some(v) = regs.get(i) {
            if !v.is_null() {
                vm.dict_set_q(d, *name, *v)?;
            }
        }
    }
    let nl = code.nlocals();
    for (i, name) in code.cellvars.iter().chain(code.freevars.iter()).enumerate() {
        if let Some(c) = regs.get(nl + i) {
            let v = vm.cell_get(*c);
            if !v.is_null() {
                vm.dict_set_q(d, *name, v)?;
            }
        }
    }
    Ok(Value::obj(d))
}

fn b_dir(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let mut names: Vec<Value> = Vec::new();
    match args.first() {
        None => {
            let l = b_locals(vm, &[])?;
            if let Some(d) = l.as_obj() {
                names = vm.table(d).map(|t| t.keys()).unwrap_or_default();
            }
        }
        Some(&obj) => {
            let mut dicts: Vec<ObjRef> = Vec::new();
            if let Some(d) = vm.instance_dict(obj) {
                dicts.push(d);
            }
            // A module's attributes are its globals only (getattr on a
            // module doesn't fall back on its type either).
            let ty = if matches!(vm.obj(obj), Some(Object::Module(_))) {
                None
            } else if vm.is_type(obj) {
                obj.as_obj()
            } else {
                Some(vm.type_of(obj))
            };
            if let Some(Object::Type(t)) = ty.map(|t| vm.heap.get(t)) {
                for c in &t.mro {
                    if let Object::Type(ct) = vm.heap.get(*c) {
                        dicts.push(ct.dict);
                    }
                }
            }
            for d in dicts {
                for k in vm.table(d).map(|t| t.keys()).unwrap_or_default() {
                    names.push(k);
                }
            }
        }
    }
    // Unique, sorted.
    let mut texts: Vec<String> = names
        .iter()
        .filter_map(|n| vm.str_of(*n).map(String::from))
        .collect();
    texts.sort();
    texts.dedup();
    let mut out = Vec::with_capacity(texts.len());
    for t in texts {
        out.push(vm.new_string(t)?);
    }
    vm.new_list(out)
}

/// Source text of eval/exec/compile arguments.
fn source_of(vm: &mut Vm, v: Value) -> PyResult<Option<String>> {
    if let Some(s) = vm.str_of(v) {
        return Ok(Some(String::from(s)));
    }
    if let Some(b) = vm.bytes_of(v) {
        return Ok(Some(String::from_utf8_lossy(b).into_owned()));
    }
    Ok(None)
}

fn run_source(vm: &mut Vm, args: &[Value], mode: Mode) -> PyResult<Value> {
    let globals = match args.get(1) {
        Some(g) if !g.is_none() => match g.as_obj() {
            Some(r) if matches!(vm.heap.get(r), Object::Dict(_)) => r,
            _ => return Err(vm.type_error("globals must be a dict")),
        },
        _ => match caller_globals(vm) {
            Some(g) => g,
            None => vm.new_dict()?,
        },
    };
    let locals = match args.get(2) {
        Some(l) if !l.is_none() => *l,
        _ => {
            if args.get(1).is_some_and(|g| !g.is_none()) {
                Value::obj(globals)
            } else {
                match vm.frames.last().map(|f| f.locals) {
                    Some(l) if !l.is_null() => l,
                    // In a function: a snapshot of its locals, so names the
                    // code assigns don't land in the globals.
                    Some(_) => b_locals(vm, &[])?,
                    None => Value::obj(globals),
                }
            }
        }
    };
    let code = if matches!(vm.obj(args[0]), Some(Object::Code(_))) {
        args[0]
    } else {
        match source_of(vm, args[0])? {
            Some(src) => {
                let src = if mode == Mode::Eval {
                    String::from(src.trim_start_matches([' ', '\t']))
                } else {
                    src
                };
                vm.compile_str(&src, "<string>", mode)?
            }
            None => {
                let t = vm.type_name(args[0]);
                return Err(vm.type_error(format!(
                    "exec() arg 1 must be a string, bytes or code object, not {}",
                    t
                )));
            }
        }
    };
    vm.heap.temp_roots.push(code);
    let r = vm.exec_code_with_locals(code, globals, locals)?;
    Ok(if mode == Mode::Eval { r } else { Value::NONE })
}

fn b_eval(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    run_source(vm, args, Mode::Eval)
}

fn b_exec(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    run_source(vm, args, Mode::Module)
}

fn b_compile(vm: &mut Vm, args: &[Value], _kwargs: KwArgs) -> PyResult<Value> {
    if args.len() < 3 {
        return Err(vm.type_error("compile() missing required arguments"));
    }
    let Some(src) = source_of(vm, args[0])? else {
        return Err(vm.type_error("compile() arg 1 must be a string, bytes or AST object"));
    };
    let filename = String::from(vm.str_of(args[1]).unwrap_or("<string>"));
    let mode = match vm.str_of(args[2]) {
        Some("exec") => Mode::Module,
        Some("eval") => Mode::Eval,
        Some("single") => Mode::Single,
        _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    vm.compile_str(&src, &filename, mode)
}

fn b_input(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    if let Some(p) = args.first() {
        let s = vm.str_string(*p)?;
        vm.print_to_stdout(&s)?;
    }
    let mut line = Vec::new();
    loop {
        match vm.read_stdin_byte()? {
            Some(b'\n') => break,
            Some(b) => line.push(b),
            None => {
                if line.is_empty() {
                    return Err(vm.new_error(ExcKind::EOFError, "EOF when reading a line"));
                }
                break;
            }
        }
    }
    if line.last() == Some(&b'\r') {
        line.pop();
    }
    let s = String::from_utf8_lossy(&line).into_owned();
    vm.new_string(s)
}

fn b_super(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    match args.len() {
        0 => vm.super_from_frame(),
        _ => {
            let Some(t) = args[0].as_obj().filter(|_| vm.is_type(args[0])) else {
                return Err(vm.type_error("super() argument 1 must be a type"));
            };
            let obj = args.get(1).copied().unwrap_or(Value::NONE);
            let r = vm.alloc(Object::Super(t, obj))?;
            Ok(Value::obj(r))
        }
    }
}

fn b_format(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let spec = args.get(1).copied().unwrap_or(Value::qstr(qstr::EMPTY));
    if !vm.is_str(spec) {
        let t = vm.type_name(spec);
        return Err(vm.type_error(format!("format() argument 2 must be str, not {}", t)));
    }
    vm.format(args[0], spec)
}

fn b_vars(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    match args.first() {
        None => b_locals(vm, &[]),
        Some(v) => match vm.getattr_opt(*v, qstr::DUNDER_DICT)? {
            Some(d) => Ok(d),
            None => Err(vm.type_error("vars() argument must have __dict__ attribute")),
        },
    }
}

fn b_import(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let Some(name) = vm.str_of(args[0]).map(String::from) else {
        return Err(vm.type_error("__import__() argument 1 must be str"));
    };
    let fromlist = args
        .get(3)
        .copied()
        .or_else(|| kwarg(vm, kwargs, "fromlist"))
        .unwrap_or(Value::NONE);
    let level = args
        .get(4)
        .copied()
        .or_else(|| kwarg(vm, kwargs, "level"))
        .and_then(|l| l.as_small_int())
        .unwrap_or(0);
    let has_fromlist = !fromlist.is_none() && vm.len(fromlist).unwrap_or(0) > 0;
    let globals = match args.get(1) {
        Some(g) => g.as_obj().unwrap_or(vm.builtins),
        None => caller_globals(vm).unwrap_or(vm.builtins),
    };
    vm.import_module_level(&name, has_fromlist, level.max(0) as usize, globals)
}

fn b_open(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    // The file types live in uio; make sure it is initialised (its types
    // registered) before opening.
    if vm.native_type("uio.TextIOWrapper").is_none() {
        vm.import_dotted("uio")?;
    }
    crate::modules::uio::open(vm, args, kwargs)
}

/// help(): a short guide to the REPL, or the attributes of an object.
fn b_help(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let Some(&obj) = args.first() else {
        let text = [
            "Welcome to Pycopy (Rust)!",
            "",
            "For online help please visit the Pycopy documentation.",
            "",
            "Control commands:",
            "  CTRL-A        -- on a blank line, enter raw REPL mode",
            "  CTRL-B        -- on a blank line, enter normal REPL mode",
            "  CTRL-C        -- interrupt a running program",
            "  CTRL-D        -- on a blank line, exit or do a soft reset",
            "  CTRL-E        -- on a blank line, enter paste mode",
            "",
            "For further help on a specific object, type help(obj)",
            "",
        ]
        .join("\n");
        vm.print_to_stdout(&text)?;
        return Ok(Value::NONE);
    };
    let r = vm.repr_string(obj)?;
    let t = vm.type_name(obj);
    let mut text = format!("object {} is of type {}\n", r, t);
    let names = b_dir(vm, &[obj])?;
    for n in vm.collect_iterable(names)? {
        let name = vm.str_string(n)?;
        if name.starts_with("__") {
            continue;
        }
        let q = vm.intern(&name);
        let v = match vm.getattr_opt(obj, q) {
            Ok(Some(v)) => vm.repr_string(v).unwrap_or_default(),
            _ => String::from("?"),
        };
        text.push_str(&format!("  {} -- {}\n", name, v));
    }
    vm.print_to_stdout(&text)?;
    Ok(Value::NONE)
}

pub static FUNCTIONS: &[NativeFunc] = &[
    NativeFunc::function("help", 0, 1, b_help),
    NativeFunc::function_kw("print", 0, VARARGS, b_print),
    NativeFunc::function("len", 1, 1, b_len),
    NativeFunc::function("repr", 1, 1, b_repr),
    NativeFunc::function("ascii", 1, 1, b_ascii),
    NativeFunc::function("abs", 1, 1, b_abs),
    NativeFunc::function("all", 1, 1, b_all),
    NativeFunc::function("any", 1, 1, b_any),
    NativeFunc::function("bin", 1, 1, b_bin),
    NativeFunc::function("oct", 1, 1, b_oct),
    NativeFunc::function("hex", 1, 1, b_hex),
    NativeFunc::function("callable", 1, 1, b_callable),
    NativeFunc::function("chr", 1, 1, b_chr),
    NativeFunc::function("ord", 1, 1, b_ord),
    NativeFunc::function("divmod", 2, 2, b_divmod),
    NativeFunc::function_kw("pow", 0, 3, b_pow),
    NativeFunc::function_kw("round", 0, 2, b_round),
    NativeFunc::function("hash", 1, 1, b_hash),
    NativeFunc::function("id", 1, 1, b_id),
    NativeFunc::function("isinstance", 2, 2, b_isinstance),
    NativeFunc::function("issubclass", 2, 2, b_issubclass),
    NativeFunc::function("iter", 1, 2, b_iter),
    NativeFunc::function("next", 1, 2, b_next),
    NativeFunc::function("aiter", 1, 1, b_aiter),
    NativeFunc::function("anext", 1, 2, b_anext),
    NativeFunc::function_kw("min", 0, VARARGS, b_min),
    NativeFunc::function_kw("max", 0, VARARGS, b_max),
    NativeFunc::function_kw("sum", 1, 2, b_sum),
    NativeFunc::function_kw("sorted", 1, 1, b_sorted),
    NativeFunc::function("getattr", 2, 3, b_getattr),
    NativeFunc::function("setattr", 3, 3, b_setattr),
    NativeFunc::function("delattr", 2, 2, b_delattr),
    NativeFunc::function("hasattr", 2, 2, b_hasattr),
    NativeFunc::function("globals", 0, 0, b_globals),
    NativeFunc::function("locals", 0, 0, b_locals),
    NativeFunc::function("dir", 0, 1, b_dir),
    NativeFunc::function("vars", 0, 1, b_vars),
    NativeFunc::function("eval", 1, 3, b_eval),
    NativeFunc::function("exec", 1, 3, b_exec),
    NativeFunc::function_kw("compile", 0, 6, b_compile),
    NativeFunc::function("input", 0, 1, b_input),
    NativeFunc::function("format", 1, 2, b_format),
    NativeFunc::function_kw("__import__", 1, 5, b_import),
    NativeFunc::function_kw("open", 0, 8, b_open),
];

/// Types whose constructors live in the builtins namespace; iterator-
/// producing builtins that are types in CPython.
pub static ITER_FUNCTIONS: &[NativeFunc] = &[
    NativeFunc::function("reversed", 1, 1, b_reversed),
    NativeFunc::function_kw("enumerate", 0, 2, b_enumerate),
    NativeFunc::function_kw("zip", 0, VARARGS, b_zip),
    NativeFunc::function("map", 2, VARARGS, b_map),
    NativeFunc::function("filter", 2, 2, b_filter),
    NativeFunc::function("super", 0, 2, b_super),
];

/// Fill the builtins namespace.
pub fn init(vm: &mut Vm, d: ObjRef) -> PyResult<()> {
    // __build_class__ is what `class` statements call (Op::LoadBuildClass).
    let build_class: [&'static NativeFunc; 1] = [&crate::vm::class::BUILD_CLASS];
    for f in FUNCTIONS
        .iter()
        .chain(ITER_FUNCTIONS.iter())
        .chain(build_class)
    {
        let q = vm.intern(f.name);
        vm.dict_set_q(d, q, Value::native(f))?;
    }
    let t = &vm.types;
    let types: [(&str, ObjRef); 19] = [
        ("object", t.object),
        ("type", t.type_),
        ("int", t.int),
        ("bool", t.bool_),
        ("float", t.float),
        ("complex", t.complex),
        ("str", t.str_),
        ("bytes", t.bytes),
        ("bytearray", t.bytearray),
        ("list", t.list),
        ("tuple", t.tuple),
        ("dict", t.dict),
        ("set", t.set),
        ("frozenset", t.frozenset),
        ("range", t.range),
        ("slice", t.slice),
        ("property", t.property),
        ("classmethod", t.classmethod),
        ("staticmethod", t.staticmethod),
    ];
    for (name, ty) in types {
        let q = vm.intern(name);
        vm.dict_set_q(d, q, Value::obj(ty))?;
    }
    let mv = vm.types.memoryview;
    let q = vm.intern("memoryview");
    vm.dict_set_q(d, q, Value::obj(mv))?;
    for &kind in ExcKind::ALL {
        let q = vm.intern(kind.name());
        let c = vm.types.exception(kind);
        vm.dict_set_q(d, q, Value::obj(c))?;
    }
    // Aliases CPython also has.
    for (alias, kind) in [
        ("EnvironmentError", ExcKind::OSError),
        ("IOError", ExcKind::OSError),
    ] {
        let q = vm.intern(alias);
        let c = vm.types.exception(kind);
        vm.dict_set_q(d, q, Value::obj(c))?;
    }
    let q = vm.intern("NotImplemented");
    vm.dict_set_q(d, q, Value::NOT_IMPLEMENTED)?;
    let q = vm.intern("Ellipsis");
    vm.dict_set_q(d, q, Value::ELLIPSIS)?;
    let q = vm.intern("__debug__");
    let dbg = Value::bool(vm.optimize_level == 0);
    vm.dict_set_q(d, q, dbg)?;
    Ok(())
}
