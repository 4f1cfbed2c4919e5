//! micropython: const, heap and interpreter introspection, the scheduler.

use crate::heap::ObjRef;
use crate::objects::native::NativeFunc;
use crate::objects::Object;
use crate::value::Value;
use crate::vm::{ExcKind, PyResult, Vm};
use alloc::format;
use alloc::string::String;

/// How many callbacks micropython.schedule() can queue.
pub const SCHEDULE_DEPTH: usize = 8;

/// Bytes of a heap-map block in mem_info(1), as in MicroPython.
const BLOCK: usize = 16;

fn mp_const(_vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    Ok(args[0])
}

fn mp_heap_lock(vm: &mut Vm, _args: &[Value]) -> PyResult<Value> {
    vm.heap.lock_depth += 1;
    Ok(Value::NONE)
}

fn mp_heap_unlock(vm: &mut Vm, _args: &[Value]) -> PyResult<Value> {
    vm.heap.lock_depth = vm.heap.lock_depth.saturating_sub(1);
    Ok(Value::int(vm.heap.lock_depth as i64))
}

fn mp_heap_locked(vm: &mut Vm, _args: &[Value]) -> PyResult<Value> {
    Ok(Value::int(vm.heap.lock_depth as i64))
}

/// The symbol of an object in the heap map.
fn symbol(obj: &Object) -> char {
    match obj {
        Object::Tuple(_) => 'T',
        Object::List(_) => 'L',
        Object::Dict(_) => 'D',
        Object::Code(_) | Object::Function(_) => 'B',
        Object::Module(_) => 'M',
        Object::Str(_) | Object::Bytes(_) => 'S',
        _ => 'h',
    }
}

fn mp_mem_info(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let total = vm.heap.program_size();
    let used = vm.heap.program_used();
    let free = vm.heap.free_bytes();
    let (mut one, mut two, mut max_blk) = (0usize, 0usize, 0usize);
    vm.heap.for_each_live(|_, o| {
        let blocks = (o.heap_bytes() + crate::heap::Heap::SLOT_BYTES).div_ceil(BLOCK);
        match blocks {
            1 => one += 1,
            2 => two += 1,
            _ => {}
        }
        max_blk = max_blk.max(blocks);
    });
    let mut out = String::new();
    out.push_str(&format!(
        "mem: total={}, current={}, peak={}\n",
        vm.heap
            .peak()
            .saturating_sub(vm.heap.used().saturating_sub(used)),
        used,
        vm.heap
            .peak()
            .saturating_sub(vm.heap.used().saturating_sub(used))
    ));
    out.push_str(&format!(
        "stack: {} out of {}\n",
        vm.stack_use(),
        vm.config.max_frames * 256
    ));
    out.push_str(&format!(
        "GC: total: {}, used: {}, free: {}\n",
        total, used, free
    ));
    out.push_str(&format!(
        " No. of 1-blocks: {}, 2-blocks: {}, max blk sz: {}, max free sz: {}\n",
        one,
        two,
        max_blk,
        free / BLOCK
    ));
    if args
        .first()
        .is_some_and(|v| !v.is_none() && v.as_small_int() != Some(0))
    {
        out.push_str("GC memory layout; from 0:");
        let mut col = 0usize;
        let mut addr = 0usize;
        let mut line = String::new();
        vm.heap.for_each_slot(|o| {
            let (sym, blocks) = match o {
                Some(obj) => (
                    symbol(obj),
                    (obj.heap_bytes() + crate::heap::Heap::SLOT_BYTES).div_ceil(BLOCK),
                ),
                None => ('.', 1),
            };
            for i in 0..blocks {
                if col.is_multiple_of(64) {
                    line.push_str(&format!("\n{:08x}: ", addr));
                }
                line.push(if i == 0 { sym } else { '=' });
                col += 1;
                addr += BLOCK;
            }
        });
        out.push_str(&line);
        out.push('\n');
    }
    vm.print_to_stdout(&out)?;
    Ok(Value::NONE)
}

fn mp_qstr_info(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let (n, bytes) = vm.qstrs.usage();
    let mut out = format!(
        "qstr pool: n_pool=1, n_qstr={}, n_str_data_bytes={}, n_total_bytes={}\n",
        n,
        bytes,
        bytes + n * 16
    );
    if args
        .first()
        .is_some_and(|v| !v.is_none() && v.as_small_int() != Some(0))
    {
        for i in vm.qstrs.first_runtime()..n {
            let q = vm.qstrs.by_index(i);
            out.push_str(&format!("Q({})\n", vm.qstr_str(q)));
        }
    }
    vm.print_to_stdout(&out)?;
    Ok(Value::NONE)
}

fn mp_stack_use(vm: &mut Vm, _args: &[Value]) -> PyResult<Value> {
    Ok(Value::int(vm.stack_use() as i64))
}

fn mp_alloc_emergency_exception_buf(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    // MemoryError is always preallocated; the size is accepted and checked.
    vm.to_index(args[0])?;
    Ok(Value::NONE)
}

fn mp_schedule(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    if vm.scheduled.len() >= SCHEDULE_DEPTH {
        return Err(vm.new_error(ExcKind::RuntimeError, "schedule queue full"));
    }
    vm.scheduled.push((args[0], args[1]));
    Ok(Value::NONE)
}

fn mp_opt_level(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    match args.first() {
        Some(v) => {
            let l = vm.to_index(*v)?;
            vm.optimize_level = l.clamp(0, 3) as u8;
            Ok(Value::NONE)
        }
        None => Ok(Value::int(vm.optimize_level as i64)),
    }
}

fn mp_kbd_intr(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let c = vm.to_index(args[0])?;
    vm.kbd_intr_char = c.clamp(-1, 255) as i32;
    let c = vm.kbd_intr_char;
    vm.port.set_interrupt_char(c);
    Ok(Value::NONE)
}

/// @micropython.native and @micropython.viper: this implementation runs
/// every function as bytecode, so the decorators return the function as is
/// (the program runs, at bytecode speed).
fn mp_emit_decorator(_vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    Ok(args[0])
}

static FUNCTIONS: &[NativeFunc] = &[
    NativeFunc::function("native", 1, 1, mp_emit_decorator),
    NativeFunc::function("viper", 1, 1, mp_emit_decorator),
    NativeFunc::function("const", 1, 1, mp_const),
    NativeFunc::function("heap_lock", 0, 0, mp_heap_lock),
    NativeFunc::function("heap_unlock", 0, 0, mp_heap_unlock),
    NativeFunc::function("heap_locked", 0, 0, mp_heap_locked),
    NativeFunc::function("mem_info", 0, 1, mp_mem_info),
    NativeFunc::function("qstr_info", 0, 1, mp_qstr_info),
    NativeFunc::function("stack_use", 0, 0, mp_stack_use),
    NativeFunc::function(
        "alloc_emergency_exception_buf",
        1,
        1,
        mp_alloc_emergency_exception_buf,
    ),
    NativeFunc::function("schedule", 2, 2, mp_schedule),
    NativeFunc::function("opt_level", 0, 1, mp_opt_level),
    NativeFunc::function("kbd_intr", 1, 1, mp_kbd_intr),
];

pub fn init(vm: &mut Vm, d: ObjRef) -> PyResult<()> {
    for f in FUNCTIONS {
        let q = vm.intern(f.name);
        vm.dict_set_q(d, q, Value::native(f))?;
    }
    Ok(())
}
