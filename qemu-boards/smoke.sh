#!/usr/bin/env bash
# Smoke test of the firmware on QEMU boards: boots each board, talks to its
# UART through a pipe (as the harness does), and checks the banner, the
# friendly REPL, Ctrl-C as KeyboardInterrupt, soft reset, the raw REPL, and
# the exit statuses of exit, panic and stack overflow. Prints the time from
# starting QEMU to the banner.
#
# usage: qemu-boards/smoke.sh [BOARD...]   (default: every board file)
set -uo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
timeout_s=20
passed=0
failed=0

boards=("$@")
if ((${#boards[@]} == 0)); then
    for f in "$here"/*.toml; do boards+=("$(basename "$f" .toml)"); done
fi

ms_now() { date +%s%3N; }

# Starts the firmware of board $1 under QEMU as a coprocessor. Bash unsets
# the coprocess's variables as soon as it exits (a firmware that crashes
# may exit before we read its last lines), so keep copies of its pipes
# and pid in our own variables.
start() {
    coproc QEMU { exec "$here/run.sh" --no-build -b "$1" 2>&1; }
    qemu_pid=$QEMU_PID
    exec {uart_in}<&"${QEMU[0]}" {uart_out}>&"${QEMU[1]}"
    exec {QEMU[0]}<&- {QEMU[1]}>&-
    started=$(ms_now)
}

# Reads UART lines until one matches the regex $1; sets $line.
expect() {
    local deadline=$((SECONDS + timeout_s))
    while ((SECONDS < deadline)); do
        if ! IFS= read -r -t $((deadline - SECONDS)) line <&"$uart_in"; then
            break
        fi
        line=${line%$'\r'}
        [[ $line =~ $1 ]] && return 0
    done
    echo "    no line matching /$1/ (last: ${line:-})" >&2
    return 1
}

send() { printf '%b' "$1" >&"$uart_out" 2>/dev/null; }

# Waits for QEMU to end; sets $status.
finish() {
    exec {uart_out}>&-
    cat <&"$uart_in" >/dev/null
    exec {uart_in}<&-
    wait "$qemu_pid"
    status=$?
}

# Kills QEMU if it is still running (after a failed step).
stop() {
    if [[ -n ${qemu_pid:-} ]] && kill -0 "$qemu_pid" 2>/dev/null; then
        kill "$qemu_pid"
        wait "$qemu_pid" 2>/dev/null
    fi
    { exec {uart_out}>&- {uart_in}<&-; } 2>/dev/null
}

check() {
    local name=$1
    shift
    if "$@"; then
        echo "  ok: $name"
        passed=$((passed + 1))
    else
        echo "  FAILED: $name"
        failed=$((failed + 1))
        stop
    fi
}

session() {
    local board=$1
    start "$board"
    expect "^Pycopy \(Rust\) v[0-9.]+ on [0-9-]+; $board with Cortex-M" || return 1
    echo "    banner after $(($(ms_now) - started)) ms: $line"
    expect '^Type "help\(\)" for more information\.$' || return 1
    send '6 * 7\r' && expect '^42$' || return 1
    # Ctrl-C interrupts running code.
    send 'while True: pass\r\r'
    sleep 0.5
    send '\003' && expect '^KeyboardInterrupt: ?$' || return 1
    # Ctrl-D soft-resets: the variable is gone.
    send 'x = 1\r\004'
    expect '^MPY: soft reboot$' || return 1
    send 'x\r' && expect "^NameError: name 'x' (is not|isn't) defined$" || return 1
    # The raw REPL.
    send '\001print(2 ** 70)\004'
    expect '1180591620717411303424' || return 1
    send '\002import _firmware\r_firmware.exit(42)\r'
    finish
    ((status == 42)) || { echo "    exit status $status, not 42" >&2; return 1; }
}

crash() {
    local board=$1 command=$2 message=$3 want=$4
    start "$board"
    expect "^Pycopy" || return 1
    send "import _firmware\\r$command\\r"
    expect "$message" || return 1
    finish
    ((status == want)) || { echo "    exit status $status, not $want" >&2; return 1; }
}

for board in "${boards[@]}"; do
    echo "$board:"
    if ! "$here/run.sh" -b "$board" --build-only >/dev/null; then
        echo "  FAILED: build"
        failed=$((failed + 1))
        continue
    fi
    check "banner, REPL, Ctrl-C, soft reset, raw REPL, exit 42" session "$board"
    check "panic exits 101" crash "$board" '_firmware.panic()' '^FATAL: Rust panic' 101
    check "stack overflow exits 102" crash "$board" '_firmware.overflow()' '^FATAL: stack overflow' 102
done

echo "$passed passed, $failed failed"
((failed == 0))
