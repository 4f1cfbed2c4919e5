# pycopy-targets: unix (reads and writes files next to the case; a board has no filesystem)
# A missing file is an OSError whose errno is ENOENT; catching OSError
# works on both Pycopy and CPython (where it is FileNotFoundError).
try:
    from errno import ENOENT
except ImportError:
    from uerrno import ENOENT

for mode in ("r", "rb", "r+", "r+b"):
    try:
        open("_tmp_open_missing_oserror_none.txt", mode)
    except OSError as e:
        print(mode, isinstance(e, OSError), e.errno == ENOENT, e.args[0] == ENOENT)
