# Runs one case inside the harness's embedded CPython, as if it were the main
# script of a fresh `python3 case.py` process, and undoes what it changed in the
# shared interpreter afterwards. Loaded by cpython.rs; `run` is its entry point.

import atexit
import builtins
import gc
import importlib
import io
import os
import signal
import sys
import threading
import time
import traceback
import types
import warnings

# Imported modules must not write __pycache__ folders into the cases tree.
sys.dont_write_bytecode = True


class HarnessTimeout(BaseException):
    """Raised asynchronously in the case's thread when its time is up."""


# On Python's main thread a signal also interrupts a case blocked in a system
# call (time.sleep, socket.accept), which an asynchronous exception cannot.
# The handler stays installed and only acts while the current run's watchdog
# is firing, so a signal that arrives late is harmless.
_SIGNAL = getattr(signal, "SIGUSR2", None)
_MAIN_IDENT = threading.get_ident()

# The run in progress (a fresh token per run) and the run whose watchdog is
# firing. A watchdog fires only for the current run and only while holding
# _FIRE_LOCK, so once a run has ended (under the lock) nothing can interrupt
# the next one, even if a HarnessTimeout landed where the ending run could
# not stop its watchdog cleanly.
_FIRE_LOCK = threading.Lock()
_current = None
_firing = None


def _on_signal(signum, frame):
    if _firing is not None and _firing is _current:
        raise HarnessTimeout


def _install_handler():
    if _SIGNAL is None:
        return False
    try:
        signal.signal(_SIGNAL, _on_signal)
    except ValueError:
        # Not Python's main thread: asynchronous exceptions only.
        return False
    return True


_SIGNALS = _install_handler()


def _begin_run(async_raise):
    """A new current run on this thread; clears any stale pending exception."""
    global _current
    token = object()
    with _FIRE_LOCK:
        _current = token
        async_raise(threading.get_ident(), None)
    return token


def _end_run(async_raise):
    """No watchdog fires after this returns; clears a pending exception."""
    global _current, _firing
    with _FIRE_LOCK:
        _current = None
        _firing = None
        async_raise(threading.get_ident(), None)


class _Watchdog:
    """Raises HarnessTimeout in the running thread once the deadline passes,
    and again every so often in case the case swallowed it."""

    def __init__(self, timeout, async_raise, token):
        self._async_raise = async_raise
        self._token = token
        self._target = threading.get_ident()
        self._signals = _SIGNALS and self._target == _MAIN_IDENT
        self._done = threading.Event()
        self._timeout = timeout
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()

    def _watch(self):
        global _firing
        wait = self._timeout
        while not self._done.wait(wait):
            with _FIRE_LOCK:
                if _current is not self._token:
                    return
                _firing = self._token
                self._async_raise(self._target, HarnessTimeout)
                if self._signals:
                    signal.pthread_kill(self._target, _SIGNAL)
            wait = 0.25

    def stop(self):
        # HarnessTimeout may land anywhere until the watchdog has stopped:
        # retry. (If one lands before this is even called, _end_run still
        # silences the watchdog.)
        while True:
            try:
                self._done.set()
                self._thread.join()
                return
            except HarnessTimeout:
                pass


class _Saved:
    """The interpreter-wide state a case may change."""

    def __init__(self):
        self.modules = dict(sys.modules)
        self.path = list(sys.path)
        self.argv = list(sys.argv)
        self.cwd = os.getcwd()
        self.streams = (sys.stdin, sys.stdout, sys.stderr)
        self.dunder_streams = (sys.__stdin__, sys.__stdout__, sys.__stderr__)
        self.builtins = dict(builtins.__dict__)
        self.recursion_limit = sys.getrecursionlimit()
        self.warning_filters = list(warnings.filters)
        self.threads = set(threading.enumerate())
        # Threads inherit daemon-ness from the thread that starts them. The
        # harness may run cases on a thread Python sees as a daemon (one it
        # did not start); a script's main thread is not one.
        self.thread = threading.current_thread()
        self.daemonic = getattr(self.thread, "_daemonic", False)
        if self.daemonic:
            self.thread._daemonic = False

    def restore(self):
        sys.stdin, sys.stdout, sys.stderr = self.streams
        sys.__stdin__, sys.__stdout__, sys.__stderr__ = self.dunder_streams
        sys.settrace(None)
        sys.setprofile(None)
        # Forget modules the case imported, so they are imported afresh by
        # the next case that needs them; put back any it removed or replaced.
        for name in list(sys.modules):
            if name not in self.modules:
                del sys.modules[name]
        for name, module in self.modules.items():
            if sys.modules.get(name) is not module:
                sys.modules[name] = module
        sys.path[:] = self.path
        sys.argv[:] = self.argv
        os.chdir(self.cwd)
        builtins.__dict__.clear()
        builtins.__dict__.update(self.builtins)
        sys.setrecursionlimit(self.recursion_limit)
        warnings.filters[:] = self.warning_filters
        atexit._clear()
        if self.daemonic:
            self.thread._daemonic = True
        if _SIGNALS and threading.get_ident() == _MAIN_IDENT:
            signal.signal(_SIGNAL, _on_signal)


class _Capture(io.BytesIO):
    """A byte buffer that survives the case closing sys.stdout."""

    def close(self):
        pass


def _describe(exc):
    """One line: `ValueError: message` (the last line CPython prints)."""
    lines = traceback.format_exception_only(type(exc), exc)
    return lines[-1].strip() if lines else type(exc).__name__


def _exit_failure(exc, err):
    """What `SystemExit` means for the process: None when it is a success,
    else a description, printing what CPython would print on exit."""
    code = exc.code
    if code is None or code == 0:
        return None
    if not isinstance(code, int):
        print(code, file=err)
    return _describe(exc)


def _finish(namespace):
    """What CPython does at exit that a case can observe: run atexit
    callbacks, then free the main module's globals (running finalizers)."""
    atexit._run_exitfuncs()
    for name in [n for n in namespace if n != "__builtins__"]:
        del namespace[name]
    gc.collect()


def _join_new_threads(saved, deadline):
    """CPython waits for non-daemon threads before exiting."""
    for thread in threading.enumerate():
        if thread in saved.threads or thread.daemon:
            continue
        if thread is threading.current_thread():
            continue
        thread.join(max(0.0, deadline - time.monotonic()))


def run(path, timeout, async_raise):
    """Runs the case at `path` (absolute). Returns a tuple
    (stdout bytes, stderr text, status, description) where status is "ok",
    "error" (an uncaught exception or a failing SystemExit; description says
    which) or "timeout"."""
    saved = _Saved()
    path = os.fspath(path)
    # Like a real process's pipes: UTF-8, strict on stdout; stderr escapes.
    out = io.TextIOWrapper(_Capture(), encoding="utf-8", write_through=True)
    err = io.TextIOWrapper(
        _Capture(), encoding="utf-8", errors="backslashreplace", write_through=True
    )
    folder = os.path.dirname(path)
    main = types.ModuleType("__main__")
    main.__file__ = path
    main.__builtins__ = builtins
    namespace = main.__dict__
    status, description = "ok", None
    deadline = time.monotonic() + timeout
    token = _begin_run(async_raise)
    try:
        with open(path, "rb") as f:
            source = f.read()
        sys.stdin = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
        sys.stdout, sys.stderr = out, err
        sys.__stdin__, sys.__stdout__, sys.__stderr__ = sys.stdin, out, err
        sys.argv[:] = [path]
        sys.path[:] = [folder] + saved.path
        sys.modules["__main__"] = main
        os.chdir(folder)
        importlib.invalidate_caches()
        watchdog = _Watchdog(timeout, async_raise, token)
        try:
            try:
                try:
                    code = compile(source, path, "exec", dont_inherit=True)
                    exec(code, namespace)
                except SystemExit as e:
                    description = _exit_failure(e, err)
                except HarnessTimeout:
                    raise
                except BaseException as e:
                    # Skip this function's own frame in the traceback.
                    traceback.print_exception(type(e), e, e.__traceback__.tb_next, file=err)
                    description = _describe(e)
                _join_new_threads(saved, deadline)
                _finish(namespace)
            finally:
                watchdog.stop()
        except HarnessTimeout:
            status = "timeout"
        while True:
            try:
                _end_run(async_raise)
                break
            except HarnessTimeout:
                status = "timeout"
        if description is not None and status == "ok":
            status = "error"
        if status == "ok" and time.monotonic() > deadline:
            # Blocked in C code past the deadline: the watchdog could not
            # interrupt it, but it is just as late.
            status = "timeout"
        stdout = out.buffer.getvalue()
        stderr = err.buffer.getvalue().decode("utf-8", "replace")
    finally:
        saved.restore()
    return stdout, stderr, status, description
