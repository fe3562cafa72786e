#!/usr/bin/env bash
# Makes the Wine prefix the Windows tests run in (target/wine-prefix, or WINEPREFIX) and
# prints the Wine program to run them with. Wine 8.0 lacks bcryptprimitives.dll (Rust's
# standard library imports ProcessPrng from it); a stand-in built with mingw-w64 from
# scripts/wine/bcryptprimitives.c goes into this prefix only, where Wine has none.
#
#   wine=$(bash scripts/wine-prefix.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
export WINEDEBUG=-all WINEPREFIX="${WINEPREFIX:-$PWD/target/wine-prefix}"
wine=wine64
command -v wine64 >/dev/null 2>&1 || wine=/usr/lib/wine/wine64
mkdir -p "$WINEPREFIX"
[ -d "$WINEPREFIX/drive_c/windows/system32" ] || "$wine" wineboot -i >/dev/null 2>&1 || true
system32="$WINEPREFIX/drive_c/windows/system32"
[ -d "$system32" ] || { echo "wine-prefix.sh: wineboot made no $system32" >&2; exit 1; }
if ! find /usr/lib/wine /usr/lib/x86_64-linux-gnu/wine -iname 'bcryptprimitives.dll' 2>/dev/null | grep -q .; then
  x86_64-w64-mingw32-gcc -O2 -shared -o "$system32/bcryptprimitives.dll" \
    scripts/wine/bcryptprimitives.c -ladvapi32
fi
echo "$wine"
