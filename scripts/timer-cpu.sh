#!/usr/bin/env bash
# CPU used while a walk timer runs, beside the smallest ratatui program that redraws
# once a second (examples/minimal_redraw.rs), both measured in the same run, side by
# side, each in a pseudo-terminal of its own (examples/pty_probe.rs).
#
#   scripts/timer-cpu.sh [SECONDS]      (default 60)
#
# Prints milliseconds of CPU (user + system) per minute for each, from the scheduler's
# count for all their threads (/proc/PID/task/*/schedstat), and last, for
# scripts/bench.sh, a line "cpu_ms_per_min rehabit=N minimal=M".
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
# scripts/bench.sh builds these itself.
[ -n "${REHABIT_BENCH_BUILT:-}" ] ||
    cargo build --release --quiet --bin rehabit --example minimal_redraw --example pty_probe
rehabit=./target/release/rehabit
probe=./target/release/examples/pty_probe

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export REHABIT_DATA_DIR="$work/data" REHABIT_CONFIG_DIR="$work/config"
"$rehabit" use walking-plan >/dev/null
# The first start asks the red-flag safety questions: answered "no" beforehand, as the
# patient would have (counted from the help, for a rehabit that asks them).
questions="$("$rehabit" safety --help 2>/dev/null | grep -cE '^  [0-9]+\. ' || true)"
if [ "${questions:-0}" -gt 0 ]; then
    "$rehabit" safety --answers "$(yes no | head -n "$questions" | paste -sd, -)" >/dev/null
fi

# Both run side by side over the same time, so a busy machine weighs on both alike.
# rehabit: open the walk, skip the pain question, start the timer, let it settle.
"$probe" frame key:enter wait:pain send:s wait:Space key:space wait:"Walking time" sleep:1 \
    cpu:"$seconds" wait:"Walking time" -- "$rehabit" >"$work/rehabit.out" &
rehabit_probe=$!
"$probe" frame:0:00 sleep:1 cpu:"$seconds" -- ./target/release/examples/minimal_redraw >"$work/minimal.out" &
minimal_probe=$!
wait "$rehabit_probe" || { echo "rehabit's walk timer did not run; the figure would mean nothing" >&2; exit 1; }
wait "$minimal_probe" || { echo "the minimal program did not run" >&2; exit 1; }
figure() { awk '/^cpu_ms_per_min/ { sub("median=", "", $2); printf "%d", $2 + 0.5 }' "$1"; }
rehabit_ms="$(figure "$work/rehabit.out")" minimal_ms="$(figure "$work/minimal.out")"
printf 'CPU per minute while a timer shows seconds (measured over %s s):\n' "$seconds"
printf '  rehabit, walk timer running   %5d ms\n' "$rehabit_ms"
printf '  minimal ratatui, 1 redraw/s   %5d ms\n' "$minimal_ms"
printf '  budget: rehabit at most 2x the minimal program (%d ms)\n' $((minimal_ms * 2))
printf 'cpu_ms_per_min rehabit=%s minimal=%s\n' "$rehabit_ms" "$minimal_ms"
