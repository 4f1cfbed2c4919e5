//! tuple: immutable sequences (shares indexing and comparison with list).

use super::list::{seq_count, seq_index};
use super::native::NativeFunc;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn tuple_new(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let t = match args.get(1) {
        None => vm.types.empty_tuple,
        Some(src) => {
            if matches!(vm.obj(*src), Some(super::Object::Tuple(_)))
                && args[0].as_obj() == Some(vm.types.tuple)
            {
                return Ok(*src);
            }
            let items = vm.collect_iterable(*src)?;
            vm.new_tuple(items)?
        }
    };
    let tt = vm.types.tuple;
    vm.wrap_native(args[0], t, tt)
}

fn tuple_index(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    seq_index(vm, args, "tuple")
}

fn tuple_count(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    seq_count(vm, args)
}

fn tuple_len(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let n = vm.native_of(args[0]);
    Ok(Value::int(vm.seq_items(n).map_or(0, |s| s.len()) as i64))
}

fn tuple_getitem(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let n = vm.native_of(args[0]);
    super::list::getitem_builtin(vm, n, args[1])
}

pub static METHODS: &[NativeFunc] = &[
    NativeFunc::function("__new__", 1, 2, tuple_new).as_static(),
    NativeFunc::method("index", 2, 4, tuple_index),
    NativeFunc::method("count", 2, 2, tuple_count),
    NativeFunc::method("__len__", 1, 1, tuple_len),
    NativeFunc::method("__getitem__", 2, 2, tuple_getitem),
];

/// CPython's tuple hash (xxHash-style, 3.8+) over the items' hashes, so
/// tuples hash (and order in sets) as in CPython.
pub fn hash_of_hashes(hashes: impl Iterator<Item = i64>, len: usize) -> i64 {
    const P1: u64 = 11_400_714_785_074_694_791;
    const P2: u64 = 14_029_467_366_897_019_727;
    const P5: u64 = 2_870_177_450_012_600_261;
    let mut acc = P5;
    for h in hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((len as u64) ^ (P5 ^ 3_527_539));
    if acc == u64::MAX {
        return 1_546_275_796;
    }
    acc as i64
}
