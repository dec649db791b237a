#!/usr/bin/env bash
# CPU used while a walk timer runs, beside the smallest ratatui program that redraws
# once a second (examples/minimal_redraw.rs), both measured in the same run.
#
#   scripts/timer-cpu.sh [SECONDS]      (default 60; needs tmux)
#
# Prints milliseconds of CPU (user + system) per minute for each.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
command -v tmux >/dev/null || { echo "this script needs tmux" >&2; exit 2; }
cargo build --release --quiet --bin rehabit --example minimal_redraw

work="$(mktemp -d)"
trap 'for n in rehabit minimal; do tmux -L rehabit-cpu-$n kill-server 2>/dev/null || true; done; rm -rf "$work"' EXIT
export REHABIT_DATA_DIR="$work/data" REHABIT_CONFIG_DIR="$work/config"
./target/release/rehabit use walking-plan >/dev/null
cpu_us() { # CPU time of a process and its threads so far, in microseconds (from the scheduler, in ns)
    local total=0 task
    for task in /proc/"$1"/task/*; do
        total=$(( total + $(cut -d' ' -f1 "$task/schedstat") / 1000 ))
    done
    echo "$total"
}

start() { # name, command, keys to send once it shows: prints the process id
    local name="$1" command="$2"; shift 2
    tmux -L "rehabit-cpu-$name" new-session -d -s "$name" -x 80 -y 24 "exec $command"
    sleep 1
    for key in "$@"; do tmux -L "rehabit-cpu-$name" send-keys -t "$name" "$key"; sleep 0.3; done
    tmux -L "rehabit-cpu-$name" list-panes -t "$name" -F '#{pane_pid}'
}

# Both run side by side over the same minute, so a busy machine weighs on both alike.
# rehabit: open the walk, skip the pain question, start the timer.
rehabit_pid="$(start rehabit ./target/release/rehabit Enter s Space)"
minimal_pid="$(start minimal ./target/release/examples/minimal_redraw)"
sleep 1
rehabit_before="$(cpu_us "$rehabit_pid")" minimal_before="$(cpu_us "$minimal_pid")"
sleep "$seconds"
rehabit_ms=$(( ($(cpu_us "$rehabit_pid") - rehabit_before) * 60 / seconds / 1000 ))
minimal_ms=$(( ($(cpu_us "$minimal_pid") - minimal_before) * 60 / seconds / 1000 ))
tmux -L rehabit-cpu-rehabit capture-pane -p -t rehabit | grep -q "Walking time" \
    || { echo "rehabit's walk timer did not start; the figure would mean nothing" >&2; exit 1; }
printf 'CPU per minute while a timer shows seconds (measured over %s s):\n' "$seconds"
printf '  rehabit, walk timer running   %5d ms\n' "$rehabit_ms"
printf '  minimal ratatui, 1 redraw/s   %5d ms\n' "$minimal_ms"
printf '  budget: rehabit at most 2x the minimal program (%d ms)\n' $(( minimal_ms * 2 ))
