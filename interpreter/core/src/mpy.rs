//! .mpy files: compiled code in a portable container, following the layout
//! the spec describes (a header of 'M', version, feature flags, small-int
//! bits and qstr window size, then nested raw-code elements with vuint
//! encodings). The version is this project's own: the bytecode inside is
//! this implementation's, not MicroPython's, so MicroPython's .mpy files
//! (and damaged ones) are refused with ValueError('incompatible .mpy file').
//!
//! Loading validates every index, jump target and count against the code
//! it belongs to, so no file can make the VM read out of bounds.

use crate::bytecode::{BinOp, CmpOp, Op, UnaryOp};
use crate::objects::{Code, Object};
use crate::qstr::Qstr;
use crate::value::{Unpacked, Value};
use crate::vm::{PyResult, Vm};
use alloc::rc::Rc;
use alloc::vec::Vec;

/// This implementation's .mpy version (MicroPython's are 0 to 6).
pub const MPY_VERSION: u8 = 0x52;
/// Feature flags: bit 1 = unicode strings.
pub const MPY_FEATURES: u8 = 0x02;
/// Bits in a small int (i64 immediates, signed).
pub const MPY_SMALL_INT_BITS: u8 = 63;
/// Qstrs recently written/read are referred to by their position in a
/// window of this size.
pub const MPY_QSTR_WINDOW: usize = 32;

/// Raw-code kind of bytecode (other kinds hold machine code).
const KIND_BYTECODE: u64 = 0;

/// Nesting limit of raw-code elements (and constant tuples) when loading.
const MAX_DEPTH: usize = 64;

struct Writer {
    out: Vec<u8>,
    window: Vec<Qstr>,
}

impl Writer {
    fn byte(&mut self, b: u8) {
        self.out.push(b);
    }

    fn vuint(&mut self, mut v: u64) {
        // 7 bits per byte, most significant group first, the high bit set
        // on all but the last byte.
        let mut buf = [0u8; 10];
        let mut i = buf.len();
        loop {
            i -= 1;
            buf[i] = (v & 0x7f) as u8;
            v >>= 7;
            if v == 0 {
                break;
            }
        }
        for (k, b) in buf[i..].iter().enumerate() {
            let last = i + k == buf.len() - 1;
            self.out.push(if last { *b } else { b | 0x80 });
        }
    }

    fn bytes(&mut self, b: &[u8]) {
        self.vuint(b.len() as u64);
        self.out.extend_from_slice(b);
    }

    /// A qstr: (window index << 1 | 1) if recently seen, else (len << 1)
    /// and the text.
    fn qstr(&mut self, vm: &Vm, q: Qstr) {
        if let Some(pos) = self.window.iter().position(|w| *w == q) {
            self.vuint(((pos as u64) << 1) | 1);
            let w = self.window.remove(pos);
            self.window.insert(0, w);
            return;
        }
        let text = vm.qstr_str(q);
        self.vuint((text.len() as u64) << 1);
        self.out.extend_from_slice(text.as_bytes());
        self.window.insert(0, q);
        self.window.truncate(MPY_QSTR_WINDOW);
    }
}

/// Why a file can't be loaded (reported as ValueError).
struct Bad;

struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
    window: Vec<Qstr>,
}

impl<'a> Reader<'a> {
    fn byte(&mut self) -> Result<u8, Bad> {
        let b = *self.data.get(self.pos).ok_or(Bad)?;
        self.pos += 1;
        Ok(b)
    }

    fn vuint(&mut self) -> Result<u64, Bad> {
        let mut v: u64 = 0;
        for _ in 0..10 {
            let b = self.byte()?;
            v = v.checked_mul(128).ok_or(Bad)? | (b & 0x7f) as u64;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(Bad)
    }

    fn u32(&mut self) -> Result<u32, Bad> {
        u32::try_from(self.vuint()?).map_err(|_| Bad)
    }

    fn u16(&mut self) -> Result<u16, Bad> {
        u16::try_from(self.vuint()?).map_err(|_| Bad)
    }

    fn count(&mut self) -> Result<usize, Bad> {
        let n = self.vuint()? as usize;
        // Every counted item takes at least a byte: a count larger than the
        // rest of the file is damage (and mustn't drive an allocation).
        if n > self.data.len() - self.pos.min(self.data.len()) {
            return Err(Bad);
        }
        Ok(n)
    }

    fn bytes(&mut self) -> Result<&'a [u8], Bad> {
        let n = self.count()?;
        let s = self.data.get(self.pos..self.pos + n).ok_or(Bad)?;
        self.pos += n;
        Ok(s)
    }

    fn qstr(&mut self, vm: &mut Vm) -> Result<Qstr, Bad> {
        let v = self.vuint()?;
        if v & 1 == 1 {
            let pos = (v >> 1) as usize;
            if pos >= self.window.len() {
                return Err(Bad);
            }
            let q = self.window.remove(pos);
            self.window.insert(0, q);
            return Ok(q);
        }
        let n = (v >> 1) as usize;
        let raw = self
            .data
            .get(self.pos..self.pos.checked_add(n).ok_or(Bad)?)
            .ok_or(Bad)?;
        self.pos += n;
        let text = core::str::from_utf8(raw).map_err(|_| Bad)?;
        let q = vm.intern(text);
        self.window.insert(0, q);
        self.window.truncate(MPY_QSTR_WINDOW);
        Ok(q)
    }
}

fn binop_from(b: u8) -> Result<BinOp, Bad> {
    use BinOp::*;
    [
        Add, Sub, Mul, MatMul, TrueDiv, FloorDiv, Mod, Pow, LShift, RShift, And, Or, Xor,
    ]
    .get(b as usize)
    .copied()
    .ok_or(Bad)
}

fn unaryop_from(b: u8) -> Result<UnaryOp, Bad> {
    use UnaryOp::*;
    [Neg, Pos, Invert, Not].get(b as usize).copied().ok_or(Bad)
}

fn cmpop_from(b: u8) -> Result<CmpOp, Bad> {
    use CmpOp::*;
    [Lt, Le, Eq, Ne, Gt, Ge].get(b as usize).copied().ok_or(Bad)
}

fn encode_op(vm: &Vm, w: &mut Writer, op: Op) {
    match op {
        Op::Nop => w.byte(0),
        Op::Pop => w.byte(1),
        Op::Dup => w.byte(2),
        Op::Dup2 => w.byte(3),
        Op::Rot2 => w.byte(4),
        Op::Rot3 => w.byte(5),
        Op::Rot4 => w.byte(6),
        Op::LoadConst(n) => {
            w.byte(7);
            w.vuint(n as u64);
        }
        Op::LoadFast(n) => {
            w.byte(8);
            w.vuint(n as u64);
        }
        Op::StoreFast(n) => {
            w.byte(9);
            w.vuint(n as u64);
        }
        Op::DeleteFast(n) => {
            w.byte(10);
            w.vuint(n as u64);
        }
        Op::LoadDeref(n) => {
            w.byte(11);
            w.vuint(n as u64);
        }
        Op::StoreDeref(n) => {
            w.byte(12);
            w.vuint(n as u64);
        }
        Op::DeleteDeref(n) => {
            w.byte(13);
            w.vuint(n as u64);
        }
        Op::LoadClosure(n) => {
            w.byte(14);
            w.vuint(n as u64);
        }
        Op::LoadClassDeref(n) => {
            w.byte(15);
            w.vuint(n as u64);
        }
        Op::LoadGlobal(q) => {
            w.byte(16);
            w.qstr(vm, q);
        }
        Op::StoreGlobal(q) => {
            w.byte(17);
            w.qstr(vm, q);
        }
        Op::DeleteGlobal(q) => {
            w.byte(18);
            w.qstr(vm, q);
        }
        Op::LoadName(q) => {
            w.byte(19);
            w.qstr(vm, q);
        }
        Op::StoreName(q) => {
            w.byte(20);
            w.qstr(vm, q);
        }
        Op::DeleteName(q) => {
            w.byte(21);
            w.qstr(vm, q);
        }
        Op::LoadAttr(q) => {
            w.byte(22);
            w.qstr(vm, q);
        }
        Op::StoreAttr(q) => {
            w.byte(23);
            w.qstr(vm, q);
        }
        Op::DeleteAttr(q) => {
            w.byte(24);
            w.qstr(vm, q);
        }
        Op::LoadMethod(q) => {
            w.byte(25);
            w.qstr(vm, q);
        }
        Op::CallMethod(n) => {
            w.byte(26);
            w.vuint(n as u64);
        }
        Op::CallMethodKw(n) => {
            w.byte(27);
            w.vuint(n as u64);
        }
        Op::LoadSubscr => w.byte(28),
        Op::StoreSubscr => w.byte(29),
        Op::DeleteSubscr => w.byte(30),
        Op::BuildSlice(n) => {
            w.byte(31);
            w.vuint(n as u64);
        }
        Op::Unary(o) => {
            w.byte(32);
            w.byte(o as u8);
        }
        Op::Binary(o) => {
            w.byte(33);
            w.byte(o as u8);
        }
        Op::Inplace(o) => {
            w.byte(34);
            w.byte(o as u8);
        }
        Op::Compare(o) => {
            w.byte(35);
            w.byte(o as u8);
        }
        Op::Is(b) => {
            w.byte(36);
            w.byte(b as u8);
        }
        Op::In(b) => {
            w.byte(37);
            w.byte(b as u8);
        }
        Op::ExceptionMatch => w.byte(38),
        Op::Jump(n) => {
            w.byte(39);
            w.vuint(n as u64);
        }
        Op::PopJumpIfFalse(n) => {
            w.byte(40);
            w.vuint(n as u64);
        }
        Op::PopJumpIfTrue(n) => {
            w.byte(41);
            w.vuint(n as u64);
        }
        Op::JumpIfFalseOrPop(n) => {
            w.byte(42);
            w.vuint(n as u64);
        }
        Op::JumpIfTrueOrPop(n) => {
            w.byte(43);
            w.vuint(n as u64);
        }
        Op::GetIter => w.byte(44),
        Op::ForIter(n) => {
            w.byte(45);
            w.vuint(n as u64);
        }
        Op::BuildTuple(n) => {
            w.byte(46);
            w.vuint(n as u64);
        }
        Op::BuildList(n) => {
            w.byte(47);
            w.vuint(n as u64);
        }
        Op::BuildSet(n) => {
            w.byte(48);
            w.vuint(n as u64);
        }
        Op::BuildMap(n) => {
            w.byte(49);
            w.vuint(n as u64);
        }
        Op::ListAppend(n) => {
            w.byte(50);
            w.vuint(n as u64);
        }
        Op::SetAdd(n) => {
            w.byte(51);
            w.vuint(n as u64);
        }
        Op::MapAdd(n) => {
            w.byte(52);
            w.vuint(n as u64);
        }
        Op::ListExtend(n) => {
            w.byte(53);
            w.vuint(n as u64);
        }
        Op::SetUpdate(n) => {
            w.byte(54);
            w.vuint(n as u64);
        }
        Op::DictUpdate(n) => {
            w.byte(55);
            w.vuint(n as u64);
        }
        Op::DictMerge(n) => {
            w.byte(56);
            w.vuint(n as u64);
        }
        Op::ListToTuple => w.byte(57),
        Op::UnpackSequence(n) => {
            w.byte(58);
            w.vuint(n as u64);
        }
        Op::UnpackEx(a, b) => {
            w.byte(59);
            w.vuint(a as u64);
            w.vuint(b as u64);
        }
        Op::MakeFunction(n) => {
            w.byte(60);
            w.byte(n);
        }
        Op::CallFunction(n) => {
            w.byte(61);
            w.vuint(n as u64);
        }
        Op::CallFunctionKw(n) => {
            w.byte(62);
            w.vuint(n as u64);
        }
        Op::CallFunctionEx(b) => {
            w.byte(63);
            w.byte(b as u8);
        }
        Op::Return => w.byte(64),
        Op::YieldValue => w.byte(65),
        Op::GetYieldFromIter => w.byte(66),
        Op::YieldFrom => w.byte(67),
        Op::GetAwaitable => w.byte(68),
        Op::GetAIter => w.byte(69),
        Op::GetANext => w.byte(70),
        Op::EndAsyncFor => w.byte(71),
        Op::SetupExcept(n) => {
            w.byte(72);
            w.vuint(n as u64);
        }
        Op::SetupFinally(n) => {
            w.byte(73);
            w.vuint(n as u64);
        }
        Op::SetupWith(n) => {
            w.byte(74);
            w.vuint(n as u64);
        }
        Op::SetupAsyncWith(n) => {
            w.byte(75);
            w.vuint(n as u64);
        }
        Op::PopBlock => w.byte(76),
        Op::PopExcept => w.byte(77),
        Op::Raise(n) => {
            w.byte(78);
            w.byte(n);
        }
        Op::Reraise => w.byte(79),
        Op::WithExit => w.byte(80),
        Op::WithExceptStart => w.byte(81),
        Op::AsyncWithExit => w.byte(82),
        Op::ImportName(q) => {
            w.byte(83);
            w.qstr(vm, q);
        }
        Op::ImportFrom(q) => {
            w.byte(84);
            w.qstr(vm, q);
        }
        Op::ImportStar => w.byte(85),
        Op::LoadBuildClass => w.byte(86),
        Op::FormatValue(n) => {
            w.byte(87);
            w.byte(n);
        }
        Op::BuildString(n) => {
            w.byte(88);
            w.vuint(n as u64);
        }
        Op::PrintExpr => w.byte(89),
        Op::LoadAssertionError => w.byte(90),
    }
}

fn decode_op(vm: &mut Vm, r: &mut Reader) -> Result<Op, Bad> {
    Ok(match r.byte()? {
        0 => Op::Nop,
        1 => Op::Pop,
        2 => Op::Dup,
        3 => Op::Dup2,
        4 => Op::Rot2,
        5 => Op::Rot3,
        6 => Op::Rot4,
        7 => Op::LoadConst(r.u32()?),
        8 => Op::LoadFast(r.u32()?),
        9 => Op::StoreFast(r.u32()?),
        10 => Op::DeleteFast(r.u32()?),
        11 => Op::LoadDeref(r.u32()?),
        12 => Op::StoreDeref(r.u32()?),
        13 => Op::DeleteDeref(r.u32()?),
        14 => Op::LoadClosure(r.u32()?),
        15 => Op::LoadClassDeref(r.u32()?),
        16 => Op::LoadGlobal(r.qstr(vm)?),
        17 => Op::StoreGlobal(r.qstr(vm)?),
        18 => Op::DeleteGlobal(r.qstr(vm)?),
        19 => Op::LoadName(r.qstr(vm)?),
        20 => Op::StoreName(r.qstr(vm)?),
        21 => Op::DeleteName(r.qstr(vm)?),
        22 => Op::LoadAttr(r.qstr(vm)?),
        23 => Op::StoreAttr(r.qstr(vm)?),
        24 => Op::DeleteAttr(r.qstr(vm)?),
        25 => Op::LoadMethod(r.qstr(vm)?),
        26 => Op::CallMethod(r.u32()?),
        27 => Op::CallMethodKw(r.u32()?),
        28 => Op::LoadSubscr,
        29 => Op::StoreSubscr,
        30 => Op::DeleteSubscr,
        31 => Op::BuildSlice(r.u32()?),
        32 => Op::Unary(unaryop_from(r.byte()?)?),
        33 => Op::Binary(binop_from(r.byte()?)?),
        34 => Op::Inplace(binop_from(r.byte()?)?),
        35 => Op::Compare(cmpop_from(r.byte()?)?),
        36 => Op::Is(r.byte()? != 0),
        37 => Op::In(r.byte()? != 0),
        38 => Op::ExceptionMatch,
        39 => Op::Jump(r.u32()?),
        40 => Op::PopJumpIfFalse(r.u32()?),
        41 => Op::PopJumpIfTrue(r.u32()?),
        42 => Op::JumpIfFalseOrPop(r.u32()?),
        43 => Op::JumpIfTrueOrPop(r.u32()?),
        44 => Op::GetIter,
        45 => Op::ForIter(r.u32()?),
        46 => Op::BuildTuple(r.u32()?),
        47 => Op::BuildList(r.u32()?),
        48 => Op::BuildSet(r.u32()?),
        49 => Op::BuildMap(r.u32()?),
        50 => Op::ListAppend(r.u32()?),
        51 => Op::SetAdd(r.u32()?),
        52 => Op::MapAdd(r.u32()?),
        53 => Op::ListExtend(r.u32()?),
        54 => Op::SetUpdate(r.u32()?),
        55 => Op::DictUpdate(r.u32()?),
        56 => Op::DictMerge(r.u32()?),
        57 => Op::ListToTuple,
        58 => Op::UnpackSequence(r.u32()?),
        59 => Op::UnpackEx(r.u16()?, r.u16()?),
        60 => Op::MakeFunction(r.byte()?),
        61 => Op::CallFunction(r.u32()?),
        62 => Op::CallFunctionKw(r.u32()?),
        63 => Op::CallFunctionEx(r.byte()? != 0),
        64 => Op::Return,
        65 => Op::YieldValue,
        66 => Op::GetYieldFromIter,
        67 => Op::YieldFrom,
        68 => Op::GetAwaitable,
        69 => Op::GetAIter,
        70 => Op::GetANext,
        71 => Op::EndAsyncFor,
        72 => Op::SetupExcept(r.u32()?),
        73 => Op::SetupFinally(r.u32()?),
        74 => Op::SetupWith(r.u32()?),
        75 => Op::SetupAsyncWith(r.u32()?),
        76 => Op::PopBlock,
        77 => Op::PopExcept,
        78 => Op::Raise(r.byte()?),
        79 => Op::Reraise,
        80 => Op::WithExit,
        81 => Op::WithExceptStart,
        82 => Op::AsyncWithExit,
        83 => Op::ImportName(r.qstr(vm)?),
        84 => Op::ImportFrom(r.qstr(vm)?),
        85 => Op::ImportStar,
        86 => Op::LoadBuildClass,
        87 => Op::FormatValue(r.byte()?),
        88 => Op::BuildString(r.u32()?),
        89 => Op::PrintExpr,
        90 => Op::LoadAssertionError,
        _ => return Err(Bad),
    })
}

// ----- writing -----

/// Serialise a module's code object as an .mpy file.
pub fn save(vm: &mut Vm, code: Value) -> PyResult<Vec<u8>> {
    let mut w = Writer {
        out: Vec::new(),
        window: Vec::new(),
    };
    w.byte(b'M');
    w.byte(MPY_VERSION);
    w.byte(MPY_FEATURES);
    w.byte(MPY_SMALL_INT_BITS);
    w.vuint(MPY_QSTR_WINDOW as u64);
    write_raw_code(vm, &mut w, code, 0)?;
    Ok(w.out)
}

fn code_of(vm: &Vm, v: Value) -> Option<Rc<Code>> {
    match vm.obj(v) {
        Some(Object::Code(c)) => Some(c.clone()),
        _ => None,
    }
}

fn write_raw_code(vm: &mut Vm, w: &mut Writer, code: Value, depth: usize) -> PyResult<()> {
    let Some(c) = code_of(vm, code) else {
        return Err(vm.type_error("expected a code object"));
    };
    if depth > MAX_DEPTH {
        return Err(vm.value_error("code nested too deeply for .mpy"));
    }
    // The kind in the two low bits, then the instruction count.
    w.vuint(((c.ops.len() as u64) << 2) | KIND_BYTECODE);
    w.qstr(vm, c.name);
    w.qstr(vm, c.filename);
    w.vuint(c.first_line as u64);
    w.vuint(c.flags as u64);
    w.vuint(c.argcount as u64);
    w.vuint(c.posonly_count as u64);
    w.vuint(c.kwonly_count as u64);
    w.vuint(c.max_stack as u64);
    for names in [&c.varnames, &c.cellvars, &c.freevars] {
        w.vuint(names.len() as u64);
        for q in names.iter() {
            w.qstr(vm, *q);
        }
    }
    for p in &c.cell_params {
        w.vuint(p.map_or(0, |i| i as u64 + 1));
    }
    w.vuint(c.lines.len() as u64);
    for &(ip, line) in &c.lines {
        w.vuint(ip as u64);
        w.vuint(line as u64);
    }
    for op in &c.ops {
        encode_op(vm, w, *op);
    }
    // Constants; nested code objects become references to the sub-raw-codes
    // written after them.
    let mut subs: Vec<Value> = Vec::new();
    w.vuint(c.consts.len() as u64);
    let n_sub = c
        .consts
        .iter()
        .filter(|v| code_of(vm, **v).is_some())
        .count();
    w.vuint(n_sub as u64);
    for v in &c.consts {
        write_const(vm, w, *v, &mut subs, 0)?;
    }
    for s in subs {
        write_raw_code(vm, w, s, depth + 1)?;
    }
    Ok(())
}

fn write_const(
    vm: &mut Vm,
    w: &mut Writer,
    v: Value,
    subs: &mut Vec<Value>,
    depth: usize,
) -> PyResult<()> {
    if depth > MAX_DEPTH {
        return Err(vm.value_error("constant nested too deeply for .mpy"));
    }
    match v.unpack() {
        Unpacked::None | Unpacked::Null => w.byte(b'n'),
        Unpacked::Bool(true) => w.byte(b't'),
        Unpacked::Bool(false) => w.byte(b'f'),
        Unpacked::Ellipsis => w.byte(b'e'),
        Unpacked::Int(i) => {
            w.byte(b'i');
            // Zigzag: small magnitudes of either sign stay short.
            w.vuint(((i << 1) ^ (i >> 63)) as u64);
        }
        Unpacked::Float(f) => {
            w.byte(b'd');
            w.out.extend_from_slice(&f.to_le_bytes());
        }
        Unpacked::Str(q) => {
            w.byte(b's');
            w.qstr(vm, q);
        }
        Unpacked::Obj(r) => match vm.heap.get(r) {
            Object::Str(s) => {
                w.byte(b'S');
                let b = s.as_str().as_bytes().to_vec();
                w.bytes(&b);
            }
            Object::Bytes(b) => {
                w.byte(b'b');
                let b = b.data.to_vec();
                w.bytes(&b);
            }
            Object::BigInt(b) => {
                w.byte(b'I');
                let b = b.to_signed_bytes_le();
                w.bytes(&b);
            }
            Object::Complex(re, im) => {
                w.byte(b'c');
                let (re, im) = (*re, *im);
                w.out.extend_from_slice(&re.to_le_bytes());
                w.out.extend_from_slice(&im.to_le_bytes());
            }
            Object::Tuple(items) => {
                let items = items.to_vec();
                w.byte(b'T');
                w.vuint(items.len() as u64);
                for i in items {
                    write_const(vm, w, i, subs, depth + 1)?;
                }
            }
            Object::Code(_) => {
                w.byte(b'r');
                w.vuint(subs.len() as u64);
                subs.push(v);
            }
            _ => return Err(vm.value_error("constant can't be saved in .mpy")),
        },
        _ => return Err(vm.value_error("constant can't be saved in .mpy")),
    }
    Ok(())
}

// ----- loading -----

/// Load an .mpy file's module code object.
pub fn load(vm: &mut Vm, data: &[u8], _filename: &str) -> PyResult<Value> {
    let mut r = Reader {
        data,
        pos: 0,
        window: Vec::new(),
    };
    let ok = (|| -> Result<Value, Bad> {
        if r.byte()? != b'M' || r.byte()? != MPY_VERSION {
            return Err(Bad);
        }
        let features = r.byte()?;
        let int_bits = r.byte()?;
        let window = r.vuint()?;
        if features != MPY_FEATURES
            || int_bits > MPY_SMALL_INT_BITS
            || window as usize > MPY_QSTR_WINDOW
        {
            return Err(Bad);
        }
        let code = read_raw_code(vm, &mut r, 0)?;
        if r.pos != data.len() {
            return Err(Bad);
        }
        Ok(code)
    })();
    match ok {
        Ok(c) => Ok(c),
        Err(Bad) => Err(vm.value_error("incompatible .mpy file")),
    }
}

fn read_names(vm: &mut Vm, r: &mut Reader) -> Result<Vec<Qstr>, Bad> {
    let n = r.count()?;
    let mut v = Vec::with_capacity(n);
    for _ in 0..n {
        v.push(r.qstr(vm)?);
    }
    Ok(v)
}

fn read_raw_code(vm: &mut Vm, r: &mut Reader, depth: usize) -> Result<Value, Bad> {
    if depth > MAX_DEPTH {
        return Err(Bad);
    }
    let kind_size = r.vuint()?;
    if kind_size & 3 != KIND_BYTECODE {
        // Native machine code is not something this implementation runs.
        return Err(Bad);
    }
    let n_ops = (kind_size >> 2) as usize;
    if n_ops > r.data.len() {
        return Err(Bad);
    }
    let name = r.qstr(vm)?;
    let filename = r.qstr(vm)?;
    let first_line = r.u32()?;
    let flags = u16::try_from(r.vuint()?).map_err(|_| Bad)?;
    let argcount = r.u32()?;
    let posonly_count = r.u32()?;
    let kwonly_count = r.u32()?;
    let max_stack = r.u32()?.min(1024);
    let varnames = read_names(vm, r)?;
    let cellvars = read_names(vm, r)?;
    let freevars = read_names(vm, r)?;
    let mut cell_params = Vec::with_capacity(cellvars.len());
    for _ in 0..cellvars.len() {
        let p = r.vuint()?;
        cell_params.push(if p == 0 {
            None
        } else {
            Some(u32::try_from(p - 1).map_err(|_| Bad)?)
        });
    }
    let n_lines = r.count()?;
    let mut lines = Vec::with_capacity(n_lines);
    for _ in 0..n_lines {
        lines.push((r.u32()?, r.u32()?));
    }
    let mut ops = Vec::with_capacity(n_ops);
    for _ in 0..n_ops {
        ops.push(decode_op(vm, r)?);
    }
    let n_consts = r.count()?;
    let n_sub = r.count()?;
    let mut consts = Vec::with_capacity(n_consts);
    let mut sub_refs: Vec<usize> = Vec::new();
    for _ in 0..n_consts {
        consts.push(read_const(vm, r, &mut sub_refs, 0)?);
    }
    if sub_refs.len() != n_sub {
        return Err(Bad);
    }
    let mut subs = Vec::with_capacity(n_sub);
    for _ in 0..n_sub {
        subs.push(read_raw_code(vm, r, depth + 1)?);
    }
    // Put the nested code objects where their references were.
    for (slot, idx) in consts
        .iter_mut()
        .filter(|c| c.is_null())
        .zip(sub_refs.iter())
    {
        *slot = *subs.get(*idx).ok_or(Bad)?;
    }
    let code = Code {
        name,
        // .mpy files keep only the simple name.
        qualname: name,
        filename,
        first_line,
        flags,
        argcount,
        posonly_count,
        kwonly_count,
        varnames,
        cellvars,
        cell_params,
        freevars,
        consts,
        ops,
        lines,
        max_stack,
    };
    validate(&code)?;
    let r = vm.alloc(Object::Code(Rc::new(code))).map_err(|_| Bad)?;
    Ok(Value::obj(r))
}

fn read_const(
    vm: &mut Vm,
    r: &mut Reader,
    sub_refs: &mut Vec<usize>,
    depth: usize,
) -> Result<Value, Bad> {
    if depth > MAX_DEPTH {
        return Err(Bad);
    }
    let f64_at = |r: &mut Reader| -> Result<f64, Bad> {
        let raw = r.data.get(r.pos..r.pos + 8).ok_or(Bad)?;
        r.pos += 8;
        let mut b = [0u8; 8];
        b.copy_from_slice(raw);
        Ok(f64::from_le_bytes(b))
    };
    Ok(match r.byte()? {
        b'n' => Value::NONE,
        b't' => Value::TRUE,
        b'f' => Value::FALSE,
        b'e' => Value::ELLIPSIS,
        b'i' => {
            let z = r.vuint()?;
            Value::int(((z >> 1) as i64) ^ -((z & 1) as i64))
        }
        b'd' => Value::float(f64_at(r)?),
        b's' => Value::qstr(r.qstr(vm)?),
        b'S' => {
            let raw = r.bytes()?;
            let s = core::str::from_utf8(raw).map_err(|_| Bad)?;
            vm.new_str(s).map_err(|_| Bad)?
        }
        b'b' => {
            let raw = r.bytes()?.to_vec();
            vm.new_bytes(raw).map_err(|_| Bad)?
        }
        b'I' => {
            let raw = r.bytes()?;
            vm.new_bigint(num_bigint::BigInt::from_signed_bytes_le(raw))
                .map_err(|_| Bad)?
        }
        b'c' => {
            let re = f64_at(r)?;
            let im = f64_at(r)?;
            Value::obj(vm.alloc(Object::Complex(re, im)).map_err(|_| Bad)?)
        }
        b'T' => {
            let n = r.count()?;
            let mut items = Vec::with_capacity(n);
            for _ in 0..n {
                let v = read_const(vm, r, sub_refs, depth + 1)?;
                if v.is_null() {
                    // Code objects live only at the top of the constants.
                    return Err(Bad);
                }
                items.push(v);
            }
            vm.new_tuple(items).map_err(|_| Bad)?
        }
        b'r' if depth == 0 => {
            sub_refs.push(r.vuint()? as usize);
            Value::NULL
        }
        _ => return Err(Bad),
    })
}

/// Every operand must be in range for the code it belongs to.
fn validate(c: &Code) -> Result<(), Bad> {
    let n_ops = c.ops.len() as u32;
    let nlocals = c.varnames.len() as u32;
    let ncells = (c.cellvars.len() + c.freevars.len()) as u32;
    let nconsts = c.consts.len() as u32;
    let params = c.argcount as u64
        + c.kwonly_count as u64
        + (c.flags & crate::bytecode::CO_VARARGS != 0) as u64
        + (c.flags & crate::bytecode::CO_VARKEYWORDS != 0) as u64;
    if params > nlocals as u64 || c.posonly_count > c.argcount {
        return Err(Bad);
    }
    if c.cell_params.iter().flatten().any(|p| *p >= nlocals) {
        return Err(Bad);
    }
    if c.ops.last().is_some_and(|op| !matches!(op, Op::Return)) {
        return Err(Bad);
    }
    for op in &c.ops {
        let ok = match *op {
            Op::LoadConst(i) => i < nconsts,
            Op::LoadFast(i) | Op::StoreFast(i) | Op::DeleteFast(i) => i < nlocals,
            Op::LoadDeref(i)
            | Op::StoreDeref(i)
            | Op::DeleteDeref(i)
            | Op::LoadClosure(i)
            | Op::LoadClassDeref(i) => i < ncells,
            Op::Jump(t)
            | Op::PopJumpIfFalse(t)
            | Op::PopJumpIfTrue(t)
            | Op::JumpIfFalseOrPop(t)
            | Op::JumpIfTrueOrPop(t)
            | Op::ForIter(t)
            | Op::SetupExcept(t)
            | Op::SetupFinally(t)
            | Op::SetupWith(t)
            | Op::SetupAsyncWith(t) => t < n_ops,
            Op::BuildSlice(n) => n == 2 || n == 3,
            Op::Raise(n) => n <= 2,
            _ => true,
        };
        if !ok {
            return Err(Bad);
        }
    }
    Ok(())
}
