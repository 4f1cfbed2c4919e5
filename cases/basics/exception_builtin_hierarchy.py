# relationships among builtin exception classes
pairs = [
    (ZeroDivisionError, ArithmeticError),
    (OverflowError, ArithmeticError),
    (KeyError, LookupError),
    (IndexError, LookupError),
    (LookupError, Exception),
    (NotImplementedError, RuntimeError),
    (UnboundLocalError, NameError),
    (IndentationError, SyntaxError),
    (UnicodeError, ValueError),
    (Exception, BaseException),
    (KeyboardInterrupt, Exception),
    (KeyboardInterrupt, BaseException),
    (SystemExit, Exception),
    (GeneratorExit, Exception),
    (StopIteration, Exception),
    (AssertionError, Exception),
    (AttributeError, Exception),
    (ImportError, Exception),
    (MemoryError, Exception),
    (OSError, Exception),
    (TypeError, ValueError),
    (KeyError, IndexError),
]
for a, b in pairs:
    print(a.__name__, b.__name__, issubclass(a, b))
