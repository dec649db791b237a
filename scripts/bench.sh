#!/usr/bin/env bash
# rehabit as a whole process, against issue 7's budgets: each figure beside its budget,
# PASS or MISS, with the smallest ratatui program (examples/minimal_redraw.rs) built and
# measured in the same run. The core's own figures are `cargo bench`'s (benches/core.rs).
#
#   scripts/bench.sh [--quick]
#
# It builds what it needs (release), writes a five-year journal (examples/make_journal.rs:
# the bundled core-stability programme, about 1,800 sittings and 20,000 entries, ending
# today), and measures, in pseudo-terminals of its own (examples/pty_probe.rs):
# - process start to the first full frame (median of 21 runs): rehabit with the
#   five-year journal, with an empty one, and the minimal program; budget 4x the latter;
# - `rehabit status` and `rehabit report` as whole processes (median of 21 and 11 runs);
# - peak memory (VmHWM) with the five-year journal: the TUI, status and report;
# - CPU while a countdown runs, beside the minimal program redrawing once a second
#   (scripts/timer-cpu.sh), over a minute;
# - the reminder daemon waiting: its wake-ups, from the scheduler, over 3 minutes;
# - timer accuracy: when the bell of a real 60-second countdown comes, after Space.
# The last three run side by side (about 3 minutes). --quick: 7 runs of each start,
# CPU over 20 s, the daemon over 65 s and a 10-second countdown (about 70 s).
# REHABIT_BIN=PATH measures that build of rehabit instead (one from before a change,
# say) with the same journal, harness and minimal program; the countdown's CPU is still
# that of target/release/rehabit (scripts/timer-cpu.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

runs=21 report_runs=11 cpu_seconds=60 daemon_seconds=180 timer_seconds=60
if [ "${1:-}" = --quick ]; then
    runs=7 report_runs=5 cpu_seconds=20 daemon_seconds=65 timer_seconds=10
elif [ -n "${1:-}" ]; then
    echo "usage: scripts/bench.sh [--quick]" >&2
    exit 2
fi

echo "Building (release)..." >&2
cargo build --release --quiet --bin rehabit \
    --example minimal_redraw --example make_journal --example pty_probe
export REHABIT_BENCH_BUILT=1
rehabit="${REHABIT_BIN:-$PWD/target/release/rehabit}"
minimal="$PWD/target/release/examples/minimal_redraw"
probe="$PWD/target/release/examples/pty_probe"

work="$(mktemp -d)"
daemon=""
cleanup() {
    if [ -n "$daemon" ]; then kill "$daemon" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

# A patient's folders: `home NAME` points rehabit at them.
home() { export REHABIT_DATA_DIR="$work/$1/data" REHABIT_CONFIG_DIR="$work/$1/config"; }
# "no" to every red-flag safety question, as a patient who has answered them has (a
# first start asks them before anything else), for a rehabit that asks them.
answer_safety() {
    local questions
    questions="$("$rehabit" safety --help 2>/dev/null | grep -cE '^  [0-9]+\. ' || true)"
    if [ "${questions:-0}" -gt 0 ]; then
        "$rehabit" safety --answers "$(yes no | head -n "$questions" | paste -sd, -)" >/dev/null
    fi
}
# The figure NAME's median (or max) from a probe's output FILE.
figure() { awk -v name="$2" -v field="${3:-median}" '$1 == name {
    for (i = 2; i <= NF; i++) { split($i, kv, "="); if (kv[1] == field) print kv[2] } }' "$1"; }
calc() { awk "BEGIN { printf \"%.2f\", $1 }"; }
verdict() { awk -v v="$1" -v b="$2" 'BEGIN { print (v <= b ? "PASS" : "MISS") }'; }
rows=()
# row WHAT REHABIT MINIMAL BUDGET VERDICT
row() { rows+=("$(printf '%-50s %10s %9s   %-17s %s' "$@")"); }

echo "Setting up: a five-year journal, an empty one, a timer programme..." >&2
home five
mkdir -p "$REHABIT_DATA_DIR"
made="$("$PWD/target/release/examples/make_journal" "$REHABIT_DATA_DIR/journal.jsonl")"
start="$(echo "$made" | sed -n 's/.*start=\([0-9-]*\).*/\1/p')"
"$rehabit" use core-stability --start "$start" >/dev/null
answer_safety
home empty
mkdir -p "$REHABIT_DATA_DIR"
: >"$REHABIT_DATA_DIR/journal.jsonl"
"$rehabit" use core-stability >/dev/null
home timer
mkdir -p "$work/timer"
cat >"$work/timer/timer.toml" <<EOF
[program]
title = "Timer check"

[[session]]
name = "Wall sit"
when = "every day"
exercises = ["wall-sit"]

[[exercise]]
id = "wall-sit"
name = "Wall sit"
kind = "strength"
duration = "${timer_seconds}s"
steps = ["Lean your back against a wall and bend your knees a little."]
cues = ["Breathe"]
EOF
"$rehabit" use "$work/timer/timer.toml" >/dev/null
answer_safety

echo "Measuring start-up and memory ($runs runs each)..." >&2
"$probe" --runs "$runs" frame:0:00 hwm -- "$minimal" >"$work/minimal.frame"
home five
"$probe" --runs "$runs" frame hwm -- "$rehabit" >"$work/five.frame"
home empty
"$probe" --runs "$runs" frame hwm -- "$rehabit" >"$work/empty.frame"
home five
"$probe" --plain --runs "$runs" -- "$rehabit" status >"$work/status.plain"
"$probe" --plain --runs "$report_runs" -- "$rehabit" report >"$work/report.plain"

echo "Measuring the countdown's CPU, the daemon and a ${timer_seconds}-second timer, side by side..." >&2
scripts/timer-cpu.sh "$cpu_seconds" >"$work/cpu.out" 2>&1 &
cpu_job=$!
home timer
"$probe" frame key:enter wait:pain send:s wait:"Wall sit" mark key:space bell -- "$rehabit" \
    >"$work/timer.out" 2>&1 &
timer_job=$!
home five
"$rehabit" remind --daemon >/dev/null 2>&1 &
daemon=$!
sleep 2
# The times the daemon's threads were put on a processor (schedstat's third field) and
# the CPU they took (its first), summed; looked at every second. A wake-up is a second
# in which it ran: a read of the journal that waits for the disk is part of its wake-up.
schedstat() { cat /proc/"$daemon"/task/*/schedstat | awk '{ ns += $1; runs += $3 } END { print runs, ns }'; }
read -r runs_before ns_before < <(schedstat)
last="$runs_before" woke=0
for ((second = 0; second < daemon_seconds; second++)); do
    sleep 1
    read -r runs_now ns_now < <(schedstat)
    if [ "$runs_now" != "$last" ]; then woke=$((woke + 1)); fi
    last="$runs_now"
done
runs_after="$runs_now" ns_after="$ns_now"
kill "$daemon"
wait "$daemon" 2>/dev/null || true
daemon=""
wait "$cpu_job" || { cat "$work/cpu.out" >&2; exit 1; }
wait "$timer_job" || { cat "$work/timer.out" >&2; exit 1; }

minimal_frame="$(figure "$work/minimal.frame" first_frame_ms)"
frame_budget="$(calc "4 * $minimal_frame")"
for journal in five empty; do
    value="$(figure "$work/$journal.frame" first_frame_ms)"
    what="start to first full frame, $([ $journal = five ] && echo five-year || echo empty) journal"
    row "$what" "$value ms" "$minimal_frame ms" "<= $frame_budget ms (4x)" "$(verdict "$value" "$frame_budget")"
done
value="$(figure "$work/status.plain" wall_ms)"
row "rehabit status, five-year journal" "$value ms" "" "<= 5 ms" "$(verdict "$value" 5)"
value="$(figure "$work/report.plain" wall_ms)"
row "rehabit report over five years" "$value ms" "" "<= 100 ms" "$(verdict "$value" 100)"
minimal_mb="$(calc "$(figure "$work/minimal.frame" hwm_kb max) / 1024")"
for what in "five.frame hwm_kb peak memory, the coach (TUI), five-year journal" \
    "status.plain maxrss_kb peak memory, status, five-year journal" \
    "report.plain maxrss_kb peak memory, report over five years"; do
    read -r file name label <<<"$what"
    value="$(calc "$(figure "$work/$file" "$name" max) / 1024")"
    row "$label" "$value MB" "$([ "$file" = five.frame ] && echo "$minimal_mb MB")" "<= 8 MB" \
        "$(verdict "$value" 8)"
done
cpu_line="$(grep '^cpu_ms_per_min' "$work/cpu.out")"
cpu_rehabit="$(echo "$cpu_line" | sed 's/.*rehabit=\([0-9]*\).*/\1/')"
cpu_minimal="$(echo "$cpu_line" | sed 's/.*minimal=\([0-9]*\).*/\1/')"
row "CPU a minute while a countdown runs" "$cpu_rehabit ms" "$cpu_minimal ms" \
    "<= $((2 * cpu_minimal)) ms (2x)" "$(verdict "$cpu_rehabit" $((2 * cpu_minimal)))"
wakes="$(calc "$woke * 60 / $daemon_seconds")"
daemon_cpu="$(calc "($ns_after - $ns_before) / 1e6 * 60 / $daemon_seconds")"
row "reminder daemon waiting: wake-ups a minute" "$wakes" "" "<= 1" "$(verdict "$wakes" 1)"
bell="$(figure "$work/timer.out" bell_ms)"
late="$(calc "$bell - $timer_seconds * 1000")"
row "timer: bell after a ${timer_seconds} s countdown, late by" "$late ms" "" "within 20 ms" \
    "$(awk -v l="$late" 'BEGIN { print (l <= 20 && l >= -20 ? "PASS" : "MISS") }')"

printf '\n%-50s %10s %9s   %-17s %s\n' "figure" "rehabit" "minimal" "budget" ""
printf '%s\n' "${rows[@]}"
echo
echo "Medians of $runs runs (report: $report_runs); memory is the most of any run. The daemon was"
echo "watched for $daemon_seconds s: it woke $woke times, was put on a processor $((runs_after - runs_before)) times and"
echo "took $daemon_cpu ms of CPU a minute. The countdown's CPU was measured over $cpu_seconds s."
echo "The empty journal's first frame is the first-start safety questions; the five-year one's, Today."
echo "Journal: $made"
echo "rehabit: $rehabit"
echo "Machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) cores," \
    "Linux $(uname -r), $(date -u +%Y-%m-%d), load average $(cut -d' ' -f1-3 /proc/loadavg)"
