#!/usr/bin/env bash
# Under Wine on a virtual display (Xvfb): the Windows .exe opens its real window, draws five
# frames (with the shipped case, then with a scenario file given as its argument, as a
# double-click gives it) and exits; its settings land in the user's AppData, where eframe
# keeps them on Windows. Wine draws through its OpenGL (WGL on the host's Mesa).
#
#   bash scripts/windows-window-check.sh [WINE] [EXE]
set -euo pipefail
cd "$(dirname "$0")/.."
wine="${1:-wine64}"
exe="${2:-target/x86_64-pc-windows-gnu/release/skenario.exe}"
export WINEDEBUG=-all WINEPREFIX="${WINEPREFIX:-$PWD/target/wine-prefix}"
# On Windows wgpu picks Direct3D 12; under Wine that is vkd3d, which needs a Vulkan driver the
# virtual display lacks (it stops on an assertion in vkd3d's device.c). OpenGL is Wine's WGL
# on the host's Mesa, which draws.
export WGPU_BACKEND=gl
# A wineserver still running from the command-line tests started without a display, and a
# window opened in its session never reaches this one: stop it, so the window's session starts
# on the virtual display.
wineserver -k 2>/dev/null || /usr/lib/wine/wineserver64 -k 2>/dev/null || true

run_window() {
  timeout 180 xvfb-run -a -s "-screen 0 1440x900x24" "$wine" "$exe" --exit-after-frames 5 "$@"
}
run_window
run_window scenarios/ukraine-ceasefire-with-us.scenario.ron
settings=$(find "$WINEPREFIX/drive_c/users" -path '*/AppData/Roaming/skenario/data/app.ron' | head -n 1)
[ -n "$settings" ] || { echo "no settings in AppData\\Roaming\\skenario\\data"; exit 1; }
echo "settings kept in ${settings#"$WINEPREFIX/"}"
