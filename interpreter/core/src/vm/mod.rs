//! The virtual machine: owns the heap, the interned strings, the type
//! objects, the module table and the frame stack, and runs bytecode.

pub mod attr;
pub mod call;
pub mod class;
pub mod convert;
pub mod dictops;
pub mod exc_kind;
pub mod exceptions;
pub mod frame;
pub mod gc;
pub mod import;
pub mod interp;
pub mod iter;
pub mod ops;
pub mod percent;
pub mod run;
pub mod terminal;
pub mod types;

use crate::heap::{AllocError, Heap, ObjRef};
use crate::objects::{Object, StrObj};
use crate::port::Port;
use crate::qstr::{Qstr, QstrTable};
use crate::value::{Unpacked, Value};
use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;
pub use exc_kind::ExcKind;
use frame::Frame;
pub use types::Types;

/// A Python exception on its way up: the exception instance.
#[derive(Clone, Copy, Debug)]
pub struct PyErr(pub Value);

pub type PyResult<T> = Result<T, PyErr>;

/// Limits and settings fixed when the VM is created.
#[derive(Clone, Debug)]
pub struct Config {
    /// Heap budget in bytes.
    pub heap_size: usize,
    /// Maximum depth of Python frames before RuntimeError.
    pub max_frames: usize,
    /// Maximum nesting of native code calling back into Python (each level
    /// costs Rust stack).
    pub max_native_depth: usize,
    /// The platform name for sys.platform.
    pub platform: &'static str,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            heap_size: 8 * 1024 * 1024,
            max_frames: 1000,
            max_native_depth: 100,
            platform: "linux",
        }
    }
}

/// A built-in module: its name and the function that fills its globals.
pub struct ModuleDef {
    pub name: &'static str,
    pub init: fn(&mut Vm, ObjRef) -> PyResult<()>,
}

pub struct Vm {
    pub heap: Heap,
    pub qstrs: QstrTable,
    pub port: Box<dyn Port>,
    pub config: Config,
    pub types: Types,
    /// The builtins module's dict.
    pub builtins: ObjRef,
    /// sys.modules.
    pub modules: ObjRef,
    /// The sys module's dict (for sys.path, sys.argv, sys.stdout...).
    pub sys_dict: ObjRef,
    pub frames: Vec<Frame>,
    /// Preallocated so that running out of memory can still be reported.
    pub memory_error: Value,
    /// How deep native code has re-entered the interpreter.
    pub native_depth: usize,
    /// Built-in modules importable by name (the core's and the port's).
    pub module_defs: Vec<&'static ModuleDef>,
    /// Values modules keep alive (their type objects, sys.stdout, ...).
    pub extra_roots: Vec<Value>,
    /// Type objects of module-defined objects by key ("uio.BytesIO"), for
    /// native code that creates such objects (see
    /// `modules::new_native_type`). Roots.
    pub native_types: Vec<(&'static str, ObjRef)>,
    /// micropython.schedule() queue.
    pub scheduled: Vec<(Value, Value)>,
    /// Nesting depth of repr() of containers (for recursion limits).
    pub repr_depth: usize,
    /// Scratch for dict lookups.
    pub(crate) candidates: Vec<usize>,
    /// The builtins module object.
    pub builtins_module: Value,
    /// -O: assert statements are compiled out.
    pub optimize_level: u8,
    /// Set while an exception is re-raised (bare `raise`), so the
    /// traceback doesn't get the frame's line twice.
    pub(crate) reraising: bool,
    pub(crate) running_scheduled: bool,
    /// Reusable frame register storage.
    pub(crate) frame_pool: Vec<Vec<Value>>,
    /// Containers being repr()'d (to print [...] for cycles).
    pub(crate) repr_stack: Vec<ObjRef>,
    /// The character that raises KeyboardInterrupt (micropython.kbd_intr),
    /// -1 when disabled; ports read it.
    pub kbd_intr_char: i32,
    /// Address of the Rust stack at the top-level entry, for stack_use().
    pub(crate) stack_base: usize,
    /// Class-attribute lookups (type, name) -> value; entries from an older
    /// epoch are stale. Cells so lookups stay `&self`.
    pub(crate) attr_cache: Vec<core::cell::Cell<attr::AttrCacheEntry>>,
    pub(crate) attr_epoch: u32,
    /// Set by an async generator's `yield` (as opposed to its awaits),
    /// read by the awaitable driving it.
    pub(crate) async_gen_yielded: bool,
    /// The streams uos.dupterm() duplicates the terminal on (None: unset).
    pub(crate) dupterm: [Value; terminal::DUPTERM_SLOTS],
    /// Set while a dupterm stream's method runs (its own output is not
    /// duplicated again).
    pub(crate) in_dupterm: bool,
}

/// Set by the port (signal handler, UART interrupt) when Ctrl-C arrives;
/// the VM turns it into KeyboardInterrupt at the next backward jump or
/// call.
pub static PENDING_INTERRUPT: core::sync::atomic::AtomicBool =
    core::sync::atomic::AtomicBool::new(false);

impl Vm {
    /// Create an interpreter with the core's modules registered; the port
    /// adds its own with `register_module`.
    pub fn new(port: Box<dyn Port>, config: Config) -> Vm {
        // The start-up objects don't count against the program's heap size.
        let mut heap = Heap::new(usize::MAX);
        // Types and startup objects are allocated without collection.
        heap.enabled = false;
        let qstrs = QstrTable::new();
        let mut vm = Vm {
            heap,
            qstrs,
            port,
            config,
            types: Types::placeholder(),
            builtins: ObjRef::placeholder(),
            modules: ObjRef::placeholder(),
            sys_dict: ObjRef::placeholder(),
            frames: Vec::new(),
            memory_error: Value::NONE,
            native_depth: 0,
            module_defs: Vec::new(),
            extra_roots: Vec::new(),
            native_types: Vec::new(),
            scheduled: Vec::new(),
            repr_depth: 0,
            candidates: Vec::new(),
            builtins_module: Value::NONE,
            optimize_level: 0,
            reraising: false,
            running_scheduled: false,
            frame_pool: Vec::new(),
            repr_stack: Vec::new(),
            kbd_intr_char: 3,
            stack_base: 0,
            attr_cache: Vec::new(),
            attr_epoch: 1,
            async_gen_yielded: false,
            dupterm: [Value::NONE; terminal::DUPTERM_SLOTS],
            in_dupterm: false,
        };
        let empty = attr::AttrCacheEntry {
            ty: ObjRef::placeholder(),
            name: crate::qstr::EMPTY,
            epoch: 0,
            value: Value::NULL,
        };
        vm.attr_cache = (0..attr::ATTR_CACHE_SIZE)
            .map(|_| core::cell::Cell::new(empty))
            .collect();
        types::init_types(&mut vm);
        vm.memory_error = vm.make_exception_value(ExcKind::MemoryError, Value::NONE, false);
        crate::modules::init_core(&mut vm);
        vm.heap.temp_roots.clear();
        vm.heap.enabled = true;
        let budget = vm.heap.used().saturating_add(vm.config.heap_size);
        vm.heap.set_budget(budget);
        vm
    }

    pub fn register_module(&mut self, def: &'static ModuleDef) {
        self.module_defs.push(def);
    }

    // ----- allocation -----

    /// Allocate a heap object, collecting garbage first if the heap wants
    /// it; MemoryError if it still does not fit.
    pub fn alloc(&mut self, obj: Object) -> PyResult<ObjRef> {
        let bytes = obj.heap_bytes() + Heap::SLOT_BYTES;
        self.reserve(bytes)?;
        if !self.heap.reserve_slot() {
            self.collect();
            if !self.heap.reserve_slot() {
                return Err(self.out_of_memory());
            }
        }
        Ok(self.heap.insert(obj))
    }

    /// Make room for `bytes` more (collecting if needed) or fail with
    /// MemoryError. Used before growing an object in place.
    pub fn reserve(&mut self, bytes: usize) -> PyResult<()> {
        if self.heap.lock_depth > 0 {
            return Err(self.out_of_memory());
        }
        if self.heap.wants_collect(bytes) && self.heap.enabled {
            self.collect();
        }
        match self.heap.check_fits(bytes) {
            Ok(()) => self.check_ram(bytes),
            Err(AllocError::Locked) | Err(AllocError::OutOfMemory) => {
                if !self.heap.enabled {
                    // gc.disable(): the budget is still the budget, but
                    // a last-resort collection is allowed as in Pycopy.
                    self.collect();
                    if self.heap.check_fits(bytes).is_ok() {
                        return self.check_ram(bytes);
                    }
                }
                Err(self.out_of_memory())
            }
        }
    }

    /// On a port with little RAM (`Port::mem_free`), check that the
    /// allocator itself can still give `bytes` (twice: a vector that grows
    /// copies itself), collecting once if not: out of RAM is MemoryError,
    /// not a failed Rust allocation.
    pub fn check_ram(&mut self, bytes: usize) -> PyResult<()> {
        let need = bytes.saturating_mul(2);
        match self.port.mem_free() {
            None => return Ok(()),
            Some(free) if free >= need => return Ok(()),
            Some(_) => {}
        }
        self.collect();
        match self.port.mem_free() {
            Some(free) if free < need => Err(self.out_of_memory()),
            _ => Ok(()),
        }
    }

    /// The preallocated MemoryError, its traceback reset for a new raise
    /// (no allocation: the traceback vector is only cleared).
    pub fn out_of_memory(&mut self) -> PyErr {
        if let Some(Object::Exception(e)) = self
            .memory_error
            .as_obj()
            .and_then(|r| self.heap.get_mut(r))
        {
            e.traceback.clear();
            e.context = Value::NONE;
            e.cause = Value::NONE;
        }
        PyErr(self.memory_error)
    }

    /// Charge growth of an existing object to the budget (after `reserve`).
    #[inline]
    pub fn charge(&mut self, bytes: usize) {
        self.heap.charge(bytes);
    }

    // ----- constructors -----

    pub fn intern(&mut self, s: &str) -> Qstr {
        self.qstrs.intern(s)
    }

    pub fn new_str(&mut self, s: &str) -> PyResult<Value> {
        if s.len() <= 1 || (s.len() < 16 && self.qstrs.lookup(s).is_some()) {
            // Short strings and known identifiers are interned: no heap
            // allocation, and equality by index.
            return Ok(Value::qstr(self.qstrs.intern(s)));
        }
        let r = self.alloc(Object::Str(StrObj::new(s.into())))?;
        Ok(Value::obj(r))
    }

    pub fn new_string(&mut self, s: String) -> PyResult<Value> {
        if s.len() <= 1 {
            return Ok(Value::qstr(self.qstrs.intern(&s)));
        }
        let r = self.alloc(Object::Str(StrObj::new(s.into_boxed_str())))?;
        Ok(Value::obj(r))
    }

    pub fn new_bytes(&mut self, data: Vec<u8>) -> PyResult<Value> {
        let r = self.alloc(Object::Bytes(crate::objects::bytes::BytesObj::new(
            data.into_boxed_slice(),
        )))?;
        Ok(Value::obj(r))
    }

    pub fn new_bytearray(&mut self, data: Vec<u8>) -> PyResult<Value> {
        let r = self.alloc(Object::ByteArray(data))?;
        Ok(Value::obj(r))
    }

    pub fn new_list(&mut self, items: Vec<Value>) -> PyResult<Value> {
        let r = self.alloc(Object::List(items))?;
        Ok(Value::obj(r))
    }

    pub fn new_tuple(&mut self, items: Vec<Value>) -> PyResult<Value> {
        if items.is_empty() {
            return Ok(self.types.empty_tuple);
        }
        let r = self.alloc(Object::Tuple(items.into_boxed_slice()))?;
        Ok(Value::obj(r))
    }

    pub fn new_tuple_from(&mut self, items: &[Value]) -> PyResult<Value> {
        self.new_tuple(items.to_vec())
    }

    pub fn new_dict(&mut self) -> PyResult<ObjRef> {
        self.alloc(Object::Dict(Default::default()))
    }

    pub fn new_float(&self, f: f64) -> Value {
        Value::float(f)
    }

    /// An int from a BigInt, normalised to a small int when it fits.
    pub fn new_bigint(&mut self, b: num_bigint::BigInt) -> PyResult<Value> {
        use num_traits::ToPrimitive;
        if let Some(i) = b.to_i64() {
            return Ok(Value::int(i));
        }
        let r = self.alloc(Object::BigInt(b))?;
        Ok(Value::obj(r))
    }

    // ----- accessors -----

    /// The text of a str value (interned or heap).
    #[inline]
    pub fn str_of(&self, v: Value) -> Option<&str> {
        match v.unpack() {
            Unpacked::Str(q) => Some(self.qstrs.get(q)),
            Unpacked::Obj(r) => match self.heap.get(r) {
                Object::Str(s) => Some(s.as_str()),
                _ => None,
            },
            _ => None,
        }
    }

    /// The object behind a value, if it is on the heap.
    #[inline]
    pub fn obj(&self, v: Value) -> Option<&Object> {
        v.as_obj().map(|r| self.heap.get(r))
    }

    pub fn is_str(&self, v: Value) -> bool {
        self.str_of(v).is_some()
    }

    /// The items of a list or tuple.
    pub fn seq_items(&self, v: Value) -> Option<&[Value]> {
        match self.obj(v)? {
            Object::List(l) => Some(l),
            Object::Tuple(t) => Some(t),
            _ => None,
        }
    }

    pub fn tuple_items(&self, v: Value) -> Option<&[Value]> {
        match self.obj(v)? {
            Object::Tuple(t) => Some(t),
            _ => None,
        }
    }

    pub fn list_mut(&mut self, r: ObjRef) -> Option<&mut Vec<Value>> {
        match self.heap.get_mut(r)? {
            Object::List(l) => Some(l),
            _ => None,
        }
    }

    pub fn qstr_str(&self, q: Qstr) -> &str {
        self.qstrs.get(q)
    }

    /// A str value for an interned name.
    pub fn name_value(&mut self, s: &str) -> Value {
        Value::qstr(self.qstrs.intern(s))
    }

    /// Current depth check shared by every native re-entry.
    pub fn enter_native(&mut self) -> PyResult<()> {
        if self.native_depth >= self.config.max_native_depth {
            return Err(self.new_error(ExcKind::RuntimeError, "maximum recursion depth exceeded"));
        }
        self.native_depth += 1;
        Ok(())
    }

    pub fn leave_native(&mut self) {
        self.native_depth = self.native_depth.saturating_sub(1);
    }

    /// Bytes of Rust stack used since the top-level entry (stack_use()).
    pub fn stack_use(&self) -> usize {
        self.stack_base.saturating_sub(current_stack_address())
    }

    /// Remember where the stack is at a top-level entry point.
    pub(crate) fn mark_stack_base(&mut self) {
        if self.stack_base == 0 {
            self.stack_base = current_stack_address();
        }
    }
}

impl ObjRef {
    /// A handle used only while the VM is being built.
    pub(crate) fn placeholder() -> ObjRef {
        ObjRef::from_raw(u32::MAX)
    }
}

/// An address on the current Rust stack (stacks grow down on every target
/// this runs on).
#[inline(never)]
fn current_stack_address() -> usize {
    let marker = 0u8;
    core::hint::black_box(&marker) as *const u8 as usize
}
