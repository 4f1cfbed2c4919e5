#!/usr/bin/env bash
# Builds the Pycopy firmware for a board of qemu-boards/ and runs it under
# qemu-system-arm, with the board's UART on this terminal (or on a pipe,
# socket or pty). See qemu-boards/README.md.
set -euo pipefail

usage() {
    cat <<'EOF'
usage: qemu-boards/run.sh [options] [-- extra qemu-system-arm arguments]

  -b, --board NAME   the board: qemu-boards/NAME.toml
                     (default: $PYCOPY_BOARD, else mps2-an385)
  --debug            a debug build (default: release)
  --no-build         do not build; run the last build
  --elf PATH         run this ELF file (implies --no-build)
  --build-only       build, print the ELF's path, and stop
  --size             build, print the ELF's section sizes (text, data, bss),
                     and stop
  --clippy           run clippy on the firmware for the board (warnings are
                     errors), and stop
  --serial SPEC      where the UART goes, as QEMU's -serial takes it, e.g.
                       pty
                       unix:/tmp/uart.sock,server=on,wait=on
                       tcp:127.0.0.1:4444,server=on,wait=on
                     (default: standard input/output; on a terminal, Ctrl-]
                     is QEMU's escape key: "Ctrl-] x" quits, "Ctrl-] c" opens
                     the monitor; every other key, Ctrl-A and Ctrl-C too,
                     goes to the board)
  --no-semihosting   run without semihosting: exits become resets
  --gdb              wait for gdb on tcp::1234 before starting the CPU
  --print-command    print the qemu-system-arm command line instead of
                     running it
  -h, --help         this text

The exit status is the firmware's (semihosting SYS_EXIT), e.g. 0 after
Ctrl-D in the monitor, 101 after a Rust panic, 102 after a hard fault.
EOF
}

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
firmware_dir="$root/interpreter/cortex-m"

board=${PYCOPY_BOARD:-mps2-an385}
profile=release
build=yes
elf=
serial=
semihosting=yes
gdb=no
print_command=no
build_only=no
clippy=no
size=no
extra=()

while (($#)); do
    case $1 in
    -b | --board) board=$2; shift ;;
    --board=*) board=${1#*=} ;;
    --debug) profile=debug ;;
    --no-build) build=no ;;
    --elf) elf=$2; build=no; shift ;;
    --build-only) build_only=yes ;;
    --clippy) clippy=yes ;;
    --size) size=yes ;;
    --serial) serial=$2; shift ;;
    --no-semihosting) semihosting=no ;;
    --gdb) gdb=yes ;;
    --print-command) print_command=yes ;;
    -h | --help) usage; exit 0 ;;
    --) shift; extra=("$@"); break ;;
    # cargo's runner passes the ELF as the first free argument
    *) if [[ -z $elf && -f $1 ]]; then elf=$1; build=no; else
        echo "run.sh: unknown argument: $1 (see --help)" >&2; exit 2; fi ;;
    esac
    shift
done

board_file="$here/$board.toml"
if [[ ! -f $board_file ]]; then
    echo "run.sh: no board file $board_file; boards:" \
        "$(cd "$here" && ls -- *.toml | sed 's/\.toml$//' | tr '\n' ' ')" >&2
    exit 2
fi

# Prints the value of KEY in [SECTION] of the board file (strings and
# numbers on one line; that is all run.sh needs).
board_get() {
    awk -v section="$1" -v key="$2" '
        /^[[:space:]]*\[/ { gsub(/[][[:space:]]/, ""); current = $0; next }
        current == section {
            line = $0
            sub(/[[:space:]]*#.*$/, "", line)
            if (match(line, "^[[:space:]]*" key "[[:space:]]*=[[:space:]]*")) {
                value = substr(line, RLENGTH + 1)
                gsub(/^"|"$/, "", value)
                print value
                exit
            }
        }' "$board_file"
}

machine=$(board_get qemu machine)
cpu=$(board_get qemu cpu)
target=$(board_get rust target)
rustflags=$(board_get rust rustflags)
if [[ -z $machine || -z $target ]]; then
    echo "run.sh: $board_file lacks qemu.machine or rust.target" >&2
    exit 2
fi

# One target directory per board: boards that share a Rust target may differ
# in code-generation flags, and switching would rebuild everything.
target_dir="$firmware_dir/target/$board"
if [[ -z $elf ]]; then
    elf="$target_dir/$target/$profile/pycopy-firmware"
fi
cargo_for_board() {
    (cd "$firmware_dir" &&
        PYCOPY_BOARD=$board CARGO_TARGET_DIR=$target_dir RUSTFLAGS=$rustflags \
            cargo "$@") >&2
}
if [[ $clippy == yes ]]; then
    cargo_for_board clippy --quiet --release --target "$target" -- -D warnings
    exit
fi
if [[ $build == yes ]]; then
    cargo_profile=()
    [[ $profile == release ]] && cargo_profile=(--release)
    cargo_for_board build --quiet "${cargo_profile[@]}" --target "$target"
fi
if [[ $size == yes ]]; then
    # llvm-size from rustup's llvm-tools component, else binutils' size.
    llvm_size=$(rustc --print sysroot)/lib/rustlib/$(rustc -vV | sed -n 's/^host: //p')/bin/llvm-size
    if [[ -x $llvm_size ]]; then "$llvm_size" "$elf"; else size "$elf"; fi
    exit
fi
if [[ $build_only == yes ]]; then
    echo "$elf"
    exit 0
fi
if [[ ! -f $elf ]]; then
    echo "run.sh: $elf is not built (run without --no-build)" >&2
    exit 2
fi

command=(qemu-system-arm -M "$machine")
[[ -n $cpu ]] && command+=(-cpu "$cpu")
command+=(-display none -kernel "$elf")
if [[ $semihosting == yes ]]; then
    command+=(-semihosting-config enable=on,target=native)
fi
if [[ -n $serial ]]; then
    command+=(-monitor none -serial "$serial")
elif [[ -t 0 ]]; then
    # A person at a terminal: QEMU puts it in raw mode; Ctrl-] (29) is the
    # escape key to QEMU's monitor, so that Ctrl-A and Ctrl-C reach the board.
    command+=(-chardev stdio,id=console,mux=on,signal=off
        -serial chardev:console -mon chardev=console -echr 29)
else
    # A program at the other end of a pipe: every byte goes to the UART.
    command+=(-monitor none -chardev stdio,id=console,signal=off
        -serial chardev:console)
fi
[[ $gdb == yes ]] && command+=(-S -gdb tcp::1234)
command+=("${extra[@]}")

if [[ $print_command == yes ]]; then
    printf '%q ' "${command[@]}"
    echo
    exit 0
fi
exec "${command[@]}"
