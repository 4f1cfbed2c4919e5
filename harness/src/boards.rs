//! The emulated boards of `qemu-boards/`: reading a board file, building the
//! firmware for it with cargo, and the `qemu-system-arm` command that runs
//! it with its UART on standard input/output.
//!
//! The board file format is described in qemu-boards/README.md; the harness
//! needs the QEMU machine and CPU, the Rust target and its flags.

use std::env;
use std::ffi::OsString;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::workspace;

/// One board file, as far as the harness needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Board {
    /// The board's name: its file name without `.toml`.
    pub name: String,
    /// `qemu-system-arm -M`.
    pub machine: String,
    /// `qemu-system-arm -cpu`, when the board names one.
    pub cpu: Option<String>,
    /// cargo's `--target`.
    pub rust_target: String,
    /// RUSTFLAGS for the board's build, possibly empty.
    pub rustflags: String,
}

/// The folder of board files.
pub fn boards_dir() -> PathBuf {
    workspace::root().join("qemu-boards")
}

/// The firmware crate (its own cargo workspace).
pub fn firmware_dir() -> PathBuf {
    workspace::root().join("interpreter").join("cortex-m")
}

/// The default board.
pub const DEFAULT_BOARD: &str = "mps2-an385";

/// The names of every board file, sorted.
pub fn names() -> Result<Vec<String>, String> {
    let dir = boards_dir();
    let entries = fs::read_dir(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut names: Vec<String> = entries
        .filter_map(Result::ok)
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            name.strip_suffix(".toml").map(str::to_string)
        })
        .collect();
    names.sort();
    Ok(names)
}

impl Board {
    /// Reads `qemu-boards/<name>.toml`.
    pub fn load(name: &str) -> Result<Board, String> {
        let valid = !name.is_empty()
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        let path = boards_dir().join(format!("{name}.toml"));
        if !valid || !path.is_file() {
            let known = names().unwrap_or_default().join(", ");
            return Err(format!("no board {name:?} (boards: {known})"));
        }
        let text = fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        Board::parse(name, &text).map_err(|e| format!("{}: {e}", path.display()))
    }

    /// Parses a board file's text.
    pub fn parse(name: &str, text: &str) -> Result<Board, String> {
        let doc: toml::Table = text.parse().map_err(|e| format!("{e}"))?;
        let get = |table: &str, key: &str| -> Option<String> {
            doc.get(table)?
                .as_table()?
                .get(key)?
                .as_str()
                .map(str::to_string)
        };
        let declared = doc.get("name").and_then(toml::Value::as_str);
        if declared != Some(name) {
            return Err(format!("name = {declared:?} does not match the file name"));
        }
        Ok(Board {
            name: name.to_string(),
            machine: get("qemu", "machine").ok_or("missing qemu.machine")?,
            cpu: get("qemu", "cpu"),
            rust_target: get("rust", "target").ok_or("missing rust.target")?,
            rustflags: get("rust", "rustflags").unwrap_or_default(),
        })
    }

    /// The cargo target folder of this board's firmware (one per board, as
    /// qemu-boards/run.sh has it).
    pub fn target_dir(&self) -> PathBuf {
        firmware_dir().join("target").join(&self.name)
    }

    /// Where the release build of the firmware is.
    pub fn elf(&self) -> PathBuf {
        self.target_dir()
            .join(&self.rust_target)
            .join("release")
            .join("pycopy-firmware")
    }

    /// Builds the release firmware for this board (a no-op when it is up to
    /// date) and returns the ELF's path. Cargo's output goes to our stderr.
    pub fn build(&self) -> Result<PathBuf, String> {
        let cargo = env::var_os("CARGO").unwrap_or_else(|| OsString::from("cargo"));
        let status = Command::new(&cargo)
            .current_dir(firmware_dir())
            .args([
                "build",
                "--release",
                "--quiet",
                "--target",
                &self.rust_target,
            ])
            .env("PYCOPY_BOARD", &self.name)
            .env("CARGO_TARGET_DIR", self.target_dir())
            .env("RUSTFLAGS", &self.rustflags)
            .env_remove("CARGO_ENCODED_RUSTFLAGS")
            .env_remove("CARGO_BUILD_TARGET")
            .stdin(Stdio::null())
            .stdout(Stdio::inherit())
            .stderr(Stdio::inherit())
            .status()
            .map_err(|e| format!("cannot run {}: {e}", Path::new(&cargo).display()))?;
        if !status.success() {
            return Err(format!(
                "building the firmware for {} failed ({status}); is the Rust target \
                 installed? (rustup target add {})",
                self.name, self.rust_target
            ));
        }
        let elf = self.elf();
        if elf.is_file() {
            Ok(elf)
        } else {
            Err(format!("cargo built no firmware at {}", elf.display()))
        }
    }

    /// The `qemu-system-arm` command running `elf` on this board: the UART
    /// on standard input/output as a plain byte pipe (no monitor multiplexed
    /// on it, no escape character), no display, and semihosting so that a
    /// crashed firmware ends QEMU with a status.
    pub fn qemu_command(&self, elf: &Path) -> Command {
        let mut command = self.qemu_machine(elf);
        command
            .args(["-chardev", "stdio,id=console,signal=off"])
            .args(["-serial", "chardev:console"]);
        command
    }

    /// The same with the UART where QEMU's `-serial` option says, e.g.
    /// `pty` (QEMU names the pseudo-terminal on its stderr) or
    /// `unix:/tmp/uart.sock,server=on,wait=on`.
    pub fn qemu_command_serial(&self, elf: &Path, serial: &str) -> Command {
        let mut command = self.qemu_machine(elf);
        command.args(["-serial", serial]);
        command
    }

    fn qemu_machine(&self, elf: &Path) -> Command {
        let mut command = Command::new(qemu_binary());
        command.args(["-M", &self.machine]);
        if let Some(cpu) = &self.cpu {
            command.args(["-cpu", cpu]);
        }
        command
            .args(["-display", "none", "-monitor", "none"])
            .args(["-semihosting-config", "enable=on,target=native"])
            .arg("-kernel")
            .arg(elf);
        command
    }
}

/// The QEMU executable: `$QEMU_SYSTEM_ARM`, else `qemu-system-arm` on PATH.
pub fn qemu_binary() -> OsString {
    env::var_os("QEMU_SYSTEM_ARM").unwrap_or_else(|| OsString::from("qemu-system-arm"))
}

/// Whether QEMU can be started at all.
pub fn qemu_available() -> bool {
    Command::new(qemu_binary())
        .arg("--version")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_board_file_parses() {
        let names = names().unwrap();
        assert!(names.contains(&DEFAULT_BOARD.to_string()), "{names:?}");
        for name in names {
            let board = Board::load(&name).unwrap();
            assert!(board.rust_target.starts_with("thumbv"), "{board:?}");
            assert!(board.elf().starts_with(firmware_dir()));
        }
    }

    #[test]
    fn bad_names_and_files_are_errors() {
        for bad in ["", "../Cargo", "nope", "a/b"] {
            let e = Board::load(bad).unwrap_err();
            assert!(e.contains("no board"), "{e}");
        }
        assert!(Board::parse("x", "name = 'y'").is_err());
        assert!(Board::parse("x", "name = 'x'").is_err());
        assert!(Board::parse("x", "not toml [").is_err());
        let b = Board::parse(
            "x",
            "name = 'x'\n[qemu]\nmachine = 'm'\n[rust]\ntarget = 'thumbv7m-none-eabi'\n",
        )
        .unwrap();
        assert_eq!(b.cpu, None);
        assert_eq!(b.rustflags, "");
    }

    #[test]
    fn qemu_command_uses_a_plain_pipe() {
        let b = Board::load(DEFAULT_BOARD).unwrap();
        let c = b.qemu_command(Path::new("/fw.elf"));
        let args: Vec<String> = c
            .get_args()
            .map(|a| a.to_string_lossy().into_owned())
            .collect();
        let line = args.join(" ");
        assert!(line.contains("-M mps2-an385 -cpu cortex-m3"), "{line}");
        assert!(
            line.contains("-chardev stdio,id=console,signal=off"),
            "{line}"
        );
        assert!(!line.contains("mon:stdio") && !line.contains("-nographic"));
        assert!(line.contains("-kernel /fw.elf"));
    }
}
