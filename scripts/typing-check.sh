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

. scripts/atspi-session.sh
atspi_session 1600x1200

XDG_DATA_HOME=$data WGPU_BACKEND=gl "$binary" --edit "$case_file" >"$data/window.log" 2>&1 & pids+=($!)
/usr/bin/python3 scripts/typing_check.py "$language" || { echo "--- window log"; cat "$data/window.log"; exit 1; }
