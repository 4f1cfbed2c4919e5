#!/usr/bin/env bash
# The boards' part of CI: installs what is missing (QEMU from Debian's
# packages, the boards' Rust targets), checks the firmware's formatting and
# clippy for each board, builds it, and runs the smoke test on QEMU.
#
# usage: qemu-boards/ci.sh [BOARD...]   (default: every board file)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")

boards=("$@")
if ((${#boards[@]} == 0)); then
    for f in "$here"/*.toml; do boards+=("$(basename "$f" .toml)"); done
fi

if ! command -v qemu-system-arm >/dev/null; then
    echo "ci.sh: installing qemu-system-arm"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
        qemu-system-arm >/dev/null
fi

installed=$(rustup target list --installed)
for board in "${boards[@]}"; do
    target=$(sed -n 's/^target *= *"\(.*\)".*/\1/p' "$here/$board.toml")
    if ! grep -qx "$target" <<<"$installed"; then
        echo "ci.sh: adding Rust target $target"
        rustup target add "$target"
        installed=$(rustup target list --installed)
    fi
done

cargo fmt --manifest-path "$root/interpreter/cortex-m/Cargo.toml" --check
for board in "${boards[@]}"; do
    echo "ci.sh: clippy for $board"
    "$here/run.sh" -b "$board" --clippy
done
"$here/smoke.sh" "${boards[@]}"
