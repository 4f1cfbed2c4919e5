//! Where things are in this repository, and building `pycopy`.

use std::env;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The workspace root (the harness crate's parent folder).
pub fn root() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().unwrap_or(manifest).to_path_buf()
}

/// The project's cases.
pub fn cases_dir() -> PathBuf {
    root().join("cases")
}

/// Cargo's target folder: CARGO_TARGET_DIR when set, else `target/`.
pub fn target_dir() -> PathBuf {
    match env::var_os("CARGO_TARGET_DIR") {
        Some(dir) => root().join(dir),
        None => root().join("target"),
    }
}

/// The default cache of CPython outputs: under target/, never committed,
/// and `cargo clean` clears it.
pub fn cache_dir() -> PathBuf {
    target_dir().join("harness-cache").join("cpython")
}

/// Generated results and reports.
pub fn reports_dir() -> PathBuf {
    root().join("reports")
}

/// The default JSON report (of the unix target).
pub fn results_json() -> PathBuf {
    reports_dir().join("results.json")
}

/// The spec's text, when it can be found: `$PYCOPY_SPEC`, else
/// `shared/spec/pycopy-docs.txt` in a folder above the repository (where the
/// project keeps it, `../shared/spec/` from the main checkout; a clone
/// elsewhere may not have it).
pub fn spec_path() -> Option<PathBuf> {
    if let Some(path) = env::var_os("PYCOPY_SPEC").filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(path));
    }
    root()
        .ancestors()
        .skip(1)
        .map(|dir| dir.join("shared/spec/pycopy-docs.txt"))
        .find(|path| path.is_file())
}

/// Builds the release `pycopy` binary with cargo (a no-op when it is up to
/// date) and returns its path as cargo reports it. Cargo's progress and
/// compiler errors go to our stderr.
pub fn build_pycopy() -> Result<PathBuf, String> {
    // CARGO is set when we run under `cargo test` / `cargo run`.
    let cargo = env::var_os("CARGO").unwrap_or_else(|| OsString::from("cargo"));
    let output = Command::new(&cargo)
        .current_dir(root())
        .args(["build", "--release", "-p", "pycopy-unix", "--bin", "pycopy"])
        .arg("--message-format=json-render-diagnostics")
        .stdin(Stdio::null())
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| format!("cannot run {}: {e}", Path::new(&cargo).display()))?;
    if !output.status.success() {
        return Err(format!(
            "`cargo build --release -p pycopy-unix` failed ({})",
            output.status
        ));
    }
    executable_from_messages(&output.stdout)
        .ok_or_else(|| "cargo built pycopy-unix but reported no `pycopy` executable".into())
}

/// Finds the `pycopy` executable in cargo's JSON messages.
fn executable_from_messages(stdout: &[u8]) -> Option<PathBuf> {
    String::from_utf8_lossy(stdout)
        .lines()
        .rev()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter(|m| m["reason"] == "compiler-artifact" && m["target"]["name"] == "pycopy")
        .filter_map(|m| m["executable"].as_str().map(PathBuf::from))
        .next()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layout() {
        assert!(root().join("harness").join("Cargo.toml").is_file());
        assert!(cases_dir().ends_with("cases"));
        assert!(cache_dir().starts_with(target_dir()));
    }

    #[test]
    fn finds_the_executable_in_cargo_messages() {
        let messages =
            br#"{"reason":"compiler-artifact","target":{"name":"pycopy_core"},"executable":null}
not json
{"reason":"compiler-artifact","target":{"name":"pycopy"},"executable":"/t/release/pycopy"}
{"reason":"build-finished","success":true}
"#;
        assert_eq!(
            executable_from_messages(messages),
            Some(PathBuf::from("/t/release/pycopy"))
        );
        assert_eq!(executable_from_messages(b""), None);
    }
}
