#!/usr/bin/env bash
# Runs every benchmark and prints one table: start-up and peak memory of the real window
# against a bare eframe window (alternating, medians), idle frames, frame CPU time while
# scrolling 5,000 consequences, and the core benches (load, evaluation, truth table).
#
# Needs a display: under Xvfb when DISPLAY is unset (apt-get install xvfb). Release builds.
# RUNS=9 scripts/bench.sh   (runs per start-up figure; 7 or more)
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${RUNS:-9}
cargo build --release --quiet --bin skenario --example minimal_window --example stress_case
target/release/examples/stress_case --conditions 20 --consequences 5000 > target/bench-20x5000.case.ron

if [ -z "${DISPLAY:-}" ]; then
  Xvfb :77 -screen 0 1440x900x24 >/dev/null 2>&1 &
  xvfb_pid=$!
  trap 'kill $xvfb_pid' EXIT
  export DISPLAY=:77
  sleep 1
fi
# Fresh settings and no autosave from earlier runs.
XDG_DATA_HOME=$(mktemp -d)
export XDG_DATA_HOME

python3 - "$runs" <<'PYTHON'
import os, re, statistics, subprocess, sys, time

runs = int(sys.argv[1])
minimal = ["target/release/examples/minimal_window", "3"]
shipped = ["target/release/skenario", "--exit-after-frames", "3"]
big = ["target/release/skenario", "target/bench-20x5000.case.ron", "--exit-after-frames", "3"]

def run(command):
    """Wall time (ms) to draw the frames and exit, and peak memory (MiB) of one run."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = (time.perf_counter() - start) * 1000
    if status != 0:
        sys.exit(f"{' '.join(command)} failed with status {status}")
    return elapsed, usage.ru_maxrss / 1024

samples = {"minimal": [], "shipped": [], "big": []}
for _ in range(runs):  # alternate, so load changes hit every program alike
    for name, command in (("minimal", minimal), ("shipped", shipped), ("big", big)):
        samples[name].append(run(command))

def median(name, which):
    return statistics.median(sample[which] for sample in samples[name])

rows = []
floor_time, floor_memory = median("minimal", 0), median("minimal", 1)
for name, label in (("minimal", "bare eframe window"), ("shipped", "Skenario, shipped case"), ("big", "Skenario, 20 x 5,000 case")):
    t, m = median(name, 0), median(name, 1)
    rows.append((f"start-up to 3 frames: {label}", f"{t:.0f} ms", f"{t / floor_time:.2f}x"))
    rows.append((f"peak memory: {label}", f"{m:.0f} MiB", f"{m / floor_memory:.2f}x"))

idle = subprocess.run(["target/release/skenario", "--idle-frames", "3"], capture_output=True, text=True).stdout
idle_count = re.search(r"idle frames over 3 s: (\d+)", idle)
rows.append(("frames drawn by an idle window over 3 s", idle_count.group(1) if idle_count else "?", ""))

scroll = subprocess.run(
    ["target/release/skenario", "target/bench-20x5000.case.ron", "--exit-after-frames", "300", "--frame-stats", "--scroll-list"],
    capture_output=True, text=True).stdout
stats = re.search(r"median ([\d.]+) ms, worst ([\d.]+) ms", scroll)
if stats:
    rows.append(("frame CPU while scrolling 5,000 consequences: median", f"{stats.group(1)} ms", ""))
    rows.append(("frame CPU while scrolling 5,000 consequences: worst", f"{stats.group(2)} ms", ""))

width = max(len(r[0]) for r in rows)
print(f"\n{'measure':<{width}}  {'value':>10}  {'vs bare':>8}")
for name, value, ratio in rows:
    print(f"{name:<{width}}  {value:>10}  {ratio:>8}")
print(f"({runs} alternating runs each; medians)")
PYTHON

echo
echo "Core benches (divan; shipped case and generated cases):"
cargo bench --quiet --no-default-features --bench core
