//! CPython vectors.
