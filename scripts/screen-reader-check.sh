#!/usr/bin/env bash
# Starts the window on a virtual display with the accessibility bus on, as a screen reader
# finds it, and reads it with scripts/screen_reader.py. Needs Xvfb, fluxbox, xdotool,
# at-spi2-core, python3-gi and gir1.2-atspi-2.0 (.ci/run installs them). Usage:
#   scripts/screen-reader-check.sh [path/to/skenario]
set -euo pipefail
cd "$(dirname "$0")/.."
binary=${1:-target/debug/skenario}

if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ] || [ -z "${SKENARIO_IN_SESSION:-}" ]; then
  exec env SKENARIO_IN_SESSION=1 dbus-run-session -- "$0" "$binary"
fi

display=":$((90 + RANDOM % 9))"
data=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$data"
}
trap cleanup EXIT

Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 & pids+=($!)
export DISPLAY=$display
for _ in $(seq 50); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.1; done
fluxbox >/dev/null 2>&1 & pids+=($!)
/usr/libexec/at-spi-bus-launcher --launch-immediately --a11y=1 --screen-reader=1 >/dev/null 2>&1 & pids+=($!)
sleep 1
/usr/libexec/at-spi2-registryd >/dev/null 2>&1 & pids+=($!)
sleep 1
# AccessKit publishes its tree only while this is true.
busctl --user set-property org.a11y.Bus /org/a11y/bus org.a11y.Status IsEnabled b true

XDG_DATA_HOME=$data WGPU_BACKEND=gl "$binary" >"$data/window.log" 2>&1 & pids+=($!)
# The system Python: python3-gi is installed for it, not for any other.
/usr/bin/python3 scripts/screen_reader.py || { echo "--- window log"; cat "$data/window.log"; exit 1; }
