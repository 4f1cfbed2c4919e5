//! The built-in exception hierarchy, as a table the VM turns into type
//! objects at start.

macro_rules! exception_kinds {
    ($($name:ident : $parent:expr,)*) => {
        #[derive(Clone, Copy, PartialEq, Eq, Debug)]
        #[repr(u8)]
        pub enum ExcKind { $($name,)* }

        impl ExcKind {
            pub const ALL: &'static [ExcKind] = &[$(ExcKind::$name,)*];
            pub fn name(self) -> &'static str {
                match self { $(ExcKind::$name => stringify!($name),)* }
            }
            /// The parent in the hierarchy (None for BaseException).
            pub fn parent(self) -> Option<ExcKind> {
                match self { $(ExcKind::$name => $parent,)* }
            }
        }
    };
}

use ExcKind as K;

exception_kinds! {
    BaseException: None,
    SystemExit: Some(K::BaseException),
    KeyboardInterrupt: Some(K::BaseException),
    GeneratorExit: Some(K::BaseException),
    Exception: Some(K::BaseException),
    StopIteration: Some(K::Exception),
    StopAsyncIteration: Some(K::Exception),
    ArithmeticError: Some(K::Exception),
    OverflowError: Some(K::ArithmeticError),
    ZeroDivisionError: Some(K::ArithmeticError),
    AssertionError: Some(K::Exception),
    AttributeError: Some(K::Exception),
    EOFError: Some(K::Exception),
    ImportError: Some(K::Exception),
    ModuleNotFoundError: Some(K::ImportError),
    LookupError: Some(K::Exception),
    IndexError: Some(K::LookupError),
    KeyError: Some(K::LookupError),
    MemoryError: Some(K::Exception),
    NameError: Some(K::Exception),
    UnboundLocalError: Some(K::NameError),
    OSError: Some(K::Exception),
    RuntimeError: Some(K::Exception),
    NotImplementedError: Some(K::RuntimeError),
    SyntaxError: Some(K::Exception),
    IndentationError: Some(K::SyntaxError),
    SystemError: Some(K::Exception),
    TypeError: Some(K::Exception),
    ValueError: Some(K::Exception),
    UnicodeError: Some(K::ValueError),
    UnicodeEncodeError: Some(K::UnicodeError),
    UnicodeDecodeError: Some(K::UnicodeError),
}
