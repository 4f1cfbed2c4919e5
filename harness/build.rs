//! Link libpython so that the harness binaries find it at run time.
//!
//! pyo3 locates the interpreter at build time (PYO3_PYTHON, else `python3` on
//! PATH) and links its shared libpython. That library usually lives outside
//! the loader's search path (pyenv puts it under its own prefix), so we record
//! its directory as an rpath in every binary of this crate: the harness CLI and
//! its test executables then start without LD_LIBRARY_PATH.
fn main() {
    pyo3_build_config::add_libpython_rpath_link_args();
}
