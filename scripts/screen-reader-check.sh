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

. scripts/atspi-session.sh
atspi_session 1280x800

XDG_DATA_HOME=$data WGPU_BACKEND=gl "$binary" >"$data/window.log" 2>&1 & pids+=($!)
# The system Python: python3-gi is installed for it, not for any other.
/usr/bin/python3 scripts/screen_reader.py || { echo "--- window log"; cat "$data/window.log"; exit 1; }
