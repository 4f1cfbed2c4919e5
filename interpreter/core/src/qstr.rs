//! Interned strings ("qstrs"): identifiers, attribute names, string
//! constants of compiled code. A qstr is an index into a per-VM table; two
//! equal qstrs have the same index, so comparing them is one integer compare,
//! and each carries its precomputed hash.
//!
//! The names the VM itself needs (`__init__`, `__add__`, ...) are predefined
//! with fixed indices, so Rust code names them as constants (`qstr::INIT`).

use alloc::boxed::Box;
use alloc::vec;
use alloc::vec::Vec;

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct Qstr(u32);

impl Qstr {
    #[inline]
    pub fn index(self) -> u32 {
        self.0
    }
}

/// The hash of a str or bytes value's content, shared by qstrs and heap
/// strings so that equal strings hash equal whichever form they take.
/// (FNV-1a: tiny, no tables, good enough for dict probing.)
pub fn hash_bytes(data: &[u8]) -> i64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in data {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    // Keep it non-negative and never -1 (which CPython reserves).
    (h >> 2) as i64
}

struct Entry {
    text: Box<str>,
    hash: i64,
}

pub struct QstrTable {
    entries: Vec<Entry>,
    /// Open-addressing index: slot -> entry index + 1 (0 = empty).
    index: Vec<u32>,
    /// Bytes used by interned text, for qstr_info().
    text_bytes: usize,
}

macro_rules! predefined_qstrs {
    ($($name:ident = $text:expr,)*) => {
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        #[repr(u32)]
        enum Predefined { $($name,)* }
        $(pub const $name: Qstr = Qstr(Predefined::$name as u32);)*
        const PREDEFINED: &[&str] = &[$($text,)*];
    };
}

predefined_qstrs! {
    EMPTY = "",
    MODULE = "<module>",
    LAMBDA = "<lambda>",
    LISTCOMP = "<listcomp>",
    DICTCOMP = "<dictcomp>",
    SETCOMP = "<setcomp>",
    GENEXPR = "<genexpr>",
    STDIN = "<stdin>",
    STRING = "<string>",
    DUNDER_NAME = "__name__",
    DUNDER_MAIN = "__main__",
    DUNDER_FILE = "__file__",
    DUNDER_PATH = "__path__",
    DUNDER_PACKAGE = "__package__",
    DUNDER_ALL = "__all__",
    DUNDER_BUILTINS = "__builtins__",
    DUNDER_DOC = "__doc__",
    DUNDER_QUALNAME = "__qualname__",
    DUNDER_MODULE = "__module__",
    DUNDER_CLASS = "__class__",
    DUNDER_DICT = "__dict__",
    DUNDER_BASES = "__bases__",
    DUNDER_MRO = "__mro__",
    DUNDER_SLOTS = "__slots__",
    DUNDER_ANNOTATIONS = "__annotations__",
    INIT = "__init__",
    NEW = "__new__",
    DEL = "__del__",
    CALL = "__call__",
    REPR = "__repr__",
    STR = "__str__",
    FORMAT = "__format__",
    HASH = "__hash__",
    BOOL = "__bool__",
    LEN = "__len__",
    ITER = "__iter__",
    NEXT = "__next__",
    REVERSED = "__reversed__",
    CONTAINS = "__contains__",
    GETITEM = "__getitem__",
    MISSING = "__missing__",
    SETITEM = "__setitem__",
    DELITEM = "__delitem__",
    GETATTR = "__getattr__",
    GETATTRIBUTE = "__getattribute__",
    SETATTR = "__setattr__",
    DELATTR = "__delattr__",
    GET = "__get__",
    SET = "__set__",
    DELETE = "__delete__",
    SET_NAME = "__set_name__",
    INIT_SUBCLASS = "__init_subclass__",
    ENTER = "__enter__",
    EXIT = "__exit__",
    AENTER = "__aenter__",
    AEXIT = "__aexit__",
    AITER = "__aiter__",
    ANEXT = "__anext__",
    AWAIT = "__await__",
    INDEX = "__index__",
    INT = "__int__",
    FLOAT = "__float__",
    COMPLEX = "__complex__",
    ABS = "__abs__",
    NEG = "__neg__",
    POS = "__pos__",
    INVERT = "__invert__",
    ROUND = "__round__",
    TRUNC = "__trunc__",
    FLOOR = "__floor__",
    CEIL = "__ceil__",
    EQ = "__eq__",
    NE = "__ne__",
    LT = "__lt__",
    LE = "__le__",
    GT = "__gt__",
    GE = "__ge__",
    ADD = "__add__",
    SUB = "__sub__",
    MUL = "__mul__",
    MATMUL = "__matmul__",
    TRUEDIV = "__truediv__",
    FLOORDIV = "__floordiv__",
    MOD = "__mod__",
    DIVMOD = "__divmod__",
    POW = "__pow__",
    LSHIFT = "__lshift__",
    RSHIFT = "__rshift__",
    AND = "__and__",
    OR = "__or__",
    XOR = "__xor__",
    RADD = "__radd__",
    RSUB = "__rsub__",
    RMUL = "__rmul__",
    RMATMUL = "__rmatmul__",
    RTRUEDIV = "__rtruediv__",
    RFLOORDIV = "__rfloordiv__",
    RMOD = "__rmod__",
    RDIVMOD = "__rdivmod__",
    RPOW = "__rpow__",
    RLSHIFT = "__rlshift__",
    RRSHIFT = "__rrshift__",
    RAND = "__rand__",
    ROR = "__ror__",
    RXOR = "__rxor__",
    IADD = "__iadd__",
    ISUB = "__isub__",
    IMUL = "__imul__",
    IMATMUL = "__imatmul__",
    ITRUEDIV = "__itruediv__",
    IFLOORDIV = "__ifloordiv__",
    IMOD = "__imod__",
    IPOW = "__ipow__",
    ILSHIFT = "__ilshift__",
    IRSHIFT = "__irshift__",
    IAND = "__iand__",
    IOR = "__ior__",
    IXOR = "__ixor__",
    SELF = "self",
    ARGS = "args",
    VALUE = "value",
    SEND = "send",
    THROW = "throw",
    CLOSE = "close",
    WRITE = "write",
    READ = "read",
    READLINE = "readline",
    READINTO = "readinto",
    FLUSH = "flush",
    KEYS = "keys",
    ITEMS = "items",
    SUPER = "super",
    SEP = "sep",
    END = "end",
    FILE = "file",
    KEY = "key",
    REVERSE = "reverse",
    DEFAULT = "default",
    UNDERSCORE = "_",
    STAR = "*",
    OBJECT = "object",
    METACLASS = "metaclass",
    ERRNO = "errno",
    CODE = "code",
}

impl Default for QstrTable {
    fn default() -> Self {
        Self::new()
    }
}

impl QstrTable {
    pub fn new() -> Self {
        let mut t = QstrTable {
            entries: Vec::new(),
            index: vec![0; 512],
            text_bytes: 0,
        };
        for text in PREDEFINED {
            t.intern(text);
        }
        t
    }

    fn slot_for(&self, text: &str, hash: i64) -> usize {
        let mask = self.index.len() - 1;
        let mut slot = (hash as usize) & mask;
        loop {
            let e = self.index[slot];
            if e == 0 {
                return slot;
            }
            if let Some(entry) = self.entries.get(e as usize - 1) {
                if entry.hash == hash && &*entry.text == text {
                    return slot;
                }
            }
            slot = (slot + 1) & mask;
        }
    }

    /// The qstr of `text` if it is already interned.
    pub fn lookup(&self, text: &str) -> Option<Qstr> {
        let hash = hash_bytes(text.as_bytes());
        let e = self.index[self.slot_for(text, hash)];
        if e == 0 {
            None
        } else {
            Some(Qstr(e - 1))
        }
    }

    pub fn intern(&mut self, text: &str) -> Qstr {
        let hash = hash_bytes(text.as_bytes());
        let slot = self.slot_for(text, hash);
        let e = self.index[slot];
        if e != 0 {
            return Qstr(e - 1);
        }
        let q = Qstr(self.entries.len() as u32);
        self.entries.push(Entry {
            text: text.into(),
            hash,
        });
        self.text_bytes += text.len();
        self.index[slot] = q.0 + 1;
        if self.entries.len() * 2 > self.index.len() {
            self.grow();
        }
        q
    }

    fn grow(&mut self) {
        let new_len = self.index.len() * 2;
        self.index = vec![0; new_len];
        let mask = new_len - 1;
        for (i, entry) in self.entries.iter().enumerate() {
            let mut slot = (entry.hash as usize) & mask;
            while self.index[slot] != 0 {
                slot = (slot + 1) & mask;
            }
            self.index[slot] = i as u32 + 1;
        }
    }

    #[inline]
    pub fn get(&self, q: Qstr) -> &str {
        match self.entries.get(q.0 as usize) {
            Some(e) => &e.text,
            None => "",
        }
    }

    #[inline]
    pub fn hash(&self, q: Qstr) -> i64 {
        match self.entries.get(q.0 as usize) {
            Some(e) => e.hash,
            None => 0,
        }
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// The index of the first qstr not predefined by the VM.
    pub fn first_runtime(&self) -> usize {
        PREDEFINED.len()
    }

    /// The qstr with index `i` (for listing the table).
    pub fn by_index(&self, i: usize) -> Qstr {
        Qstr(i as u32)
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// (number of qstrs, bytes of text) for micropython.qstr_info().
    pub fn usage(&self) -> (usize, usize) {
        (self.entries.len(), self.text_bytes)
    }
}
