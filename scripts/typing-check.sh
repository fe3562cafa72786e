#!/usr/bin/env bash
# Types into the real window the way a teacher does: starts the editor on a virtual display
# with the accessibility bus on (AT-SPI tells where each widget is), and scripts/typing_check.py
# clicks sentences and buttons with xdotool and types every text at 30 ms a key. Needs Xvfb,
# fluxbox, xdotool, D-Bus, at-spi2-core and the system Python's gi (.ci/run installs them).
# Usage: scripts/typing-check.sh path/to/skenario CASE.case.ron LANG(en|id)
set -euo pipefail
cd "$(dirname "$0")/.."
binary=$1
case_file=$2
language=$3

if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ] || [ -z "${SKENARIO_IN_SESSION:-}" ]; then
  exec env SKENARIO_IN_SESSION=1 dbus-run-session -- "$0" "$@"
fi

display=":$((80 + RANDOM % 9))"
data=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$data"
}
trap cleanup EXIT

Xvfb "$display" -screen 0 1600x1200x24 >/dev/null 2>&1 & pids+=($!)
export DISPLAY=$display
for _ in $(seq 50); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.1; done
fluxbox >/dev/null 2>&1 & pids+=($!)
/usr/libexec/at-spi-bus-launcher --launch-immediately --a11y=1 --screen-reader=1 >/dev/null 2>&1 & pids+=($!)
sleep 1
/usr/libexec/at-spi2-registryd >/dev/null 2>&1 & pids+=($!)
sleep 1
# AccessKit publishes its tree only while this is true.
busctl --user set-property org.a11y.Bus /org/a11y/bus org.a11y.Status IsEnabled b true

XDG_DATA_HOME=$data WGPU_BACKEND=gl "$binary" --edit "$case_file" >"$data/window.log" 2>&1 & pids+=($!)
/usr/bin/python3 scripts/typing_check.py "$language" || { echo "--- window log"; cat "$data/window.log"; exit 1; }
