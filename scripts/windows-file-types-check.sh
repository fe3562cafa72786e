#!/usr/bin/env bash
# Under Wine: `skenario.exe --register-file-types` writes the user's file types (.ron opens
# with the .exe) and `--unregister-file-types` removes them, read back with Wine's `reg query`.
#
#   bash scripts/windows-file-types-check.sh [WINE] [EXE]
set -euo pipefail
cd "$(dirname "$0")/.."
wine="${1:-wine64}"
exe="${2:-target/x86_64-pc-windows-gnu/release/skenario.exe}"
export WINEDEBUG=-all WINEPREFIX="${WINEPREFIX:-$PWD/target/wine-prefix}"
classes='HKCU\Software\Classes'

"$wine" "$exe" --register-file-types
command=$("$wine" reg query "$classes\\Skenario.File\\shell\\open\\command" /ve | tr -d '\r')
echo "$command"
grep -q 'skenario.exe" "%1"' <<<"$command" || { echo "open command not registered"; exit 1; }
"$wine" reg query "$classes\\.ron" /ve | tr -d '\r' | grep -q 'Skenario.File' ||
  { echo ".ron does not point to Skenario.File"; exit 1; }

"$wine" "$exe" --unregister-file-types
if "$wine" reg query "$classes\\Skenario.File" >/dev/null 2>&1; then
  echo "Skenario.File is still registered"
  exit 1
fi
if "$wine" reg query "$classes\\.ron" /ve 2>/dev/null | tr -d '\r' | grep -q 'Skenario.File'; then
  echo ".ron still points to Skenario.File"
  exit 1
fi
echo "registered and unregistered"
