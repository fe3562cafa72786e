#!/usr/bin/env bash
# Start-up and peak memory of the Windows build under Wine, against a bare eframe window
# (examples/minimal_window.rs) cross-built the same way: both release, both on Wine's OpenGL
# on a virtual display, run alternately, medians. The budget (BENCHMARKS.md) is 1.3x.
#
# RUNS=9 scripts/bench-wine.sh
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-9}
cargo build --locked --release --quiet --target x86_64-pc-windows-gnu --bin skenario --example minimal_window
wine=$(bash scripts/wine-prefix.sh)
export WINEDEBUG=-all WINEPREFIX="${WINEPREFIX:-$PWD/target/wine-prefix}" WGPU_BACKEND=gl

if [ -z "${DISPLAY:-}" ]; then
  Xvfb :78 -screen 0 1440x900x24 >/dev/null 2>&1 &
  xvfb_pid=$!
  trap 'kill $xvfb_pid' EXIT
  export DISPLAY=:78
  sleep 1
fi
# Keep one wineserver running, so no run pays for starting it (nor counts its memory).
/usr/lib/wine/wineserver -p 2>/dev/null || wineserver -p 2>/dev/null || true

python3 - "$runs" "$wine" <<'PYTHON'
import os, statistics, subprocess, sys, time

runs, wine = int(sys.argv[1]), sys.argv[2]
out = "target/x86_64-pc-windows-gnu/release"
minimal = [wine, f"{out}/examples/minimal_window.exe", "3"]
shipped = [wine, f"{out}/skenario.exe", "--exit-after-frames", "3"]

def run(command):
    """Wall time (ms) to draw the frames and exit, and peak memory (MiB) of one run."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = (time.perf_counter() - start) * 1000
    if status != 0:
        sys.exit(f"{' '.join(command)} failed with status {status}")
    return elapsed, usage.ru_maxrss / 1024

run(minimal)  # the first run fills Wine's caches; not counted
samples = {"minimal": [], "shipped": []}
for _ in range(runs):
    for name, command in (("minimal", minimal), ("shipped", shipped)):
        samples[name].append(run(command))

def median(name, which):
    return statistics.median(sample[which] for sample in samples[name])

floor_time, floor_memory = median("minimal", 0), median("minimal", 1)
print(f"{'under Wine (' + str(runs) + ' runs each, medians)':<52} {'value':>10} {'vs bare':>8}")
for name, label in (("minimal", "bare eframe window"), ("shipped", "Skenario, shipped case")):
    t, m = median(name, 0), median(name, 1)
    print(f"{'start-up to 3 frames: ' + label:<52} {t:>7.0f} ms {t / floor_time:>7.2f}x")
    print(f"{'peak memory: ' + label:<52} {m:>6.0f} MiB {m / floor_memory:>7.2f}x")
PYTHON
