#!/usr/bin/env bash
# Double-click on Linux: install.sh, run for a throwaway user (a temporary HOME), makes
# .case.ron and .scenario.ron files their own types and Skenario the program that opens them,
# as the desktop asks xdg-mime (through gio, as GNOME does); the launcher validates, and its
# Exec line opens a file given as its argument. --uninstall takes it all back.
#
#   bash scripts/file-types-check.sh [BINARY]
set -euo pipefail
cd "$(dirname "$0")/.."
binary="${1:-target/release/skenario}"

home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
stage="$home/unpacked"
mkdir -p "$stage"
# Laid out as in the release tarball.
cp "$binary" "$stage/skenario"
cp scripts/install.sh "$stage/install.sh"
cp assets/skenario.desktop "$stage/skenario.desktop"
cp assets/icon.png "$stage/skenario.png"
cp assets/skenario-mime.xml "$stage/skenario-mime.xml"

export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config"
export XDG_DATA_DIRS="$home/.local/share:/usr/share" XDG_CURRENT_DESKTOP=GNOME
bash "$stage/install.sh"

desktop-file-validate "$home/.local/share/applications/skenario.desktop"
grep -q "^Exec=\"$home/.local/bin/skenario\" %f$" "$home/.local/share/applications/skenario.desktop" ||
  { echo "the launcher does not run the installed program on the file"; exit 1; }

fail=0
expect() {
  if [ "$2" != "$3" ]; then
    echo "$1: expected $3, got ${2:-nothing}"
    fail=1
  else
    echo "$1: $2"
  fi
}
lessons="$home/Kelas 7 ñ"
cp -r scenarios "$lessons"
mv "$lessons/ukraine-reassurance-force.case.ron" "$lessons/lesson ñ.case.ron"
sed -i 's/ukraine-reassurance-force.case.ron/lesson ñ.case.ron/' "$lessons/ukraine-ceasefire-with-us.scenario.ron"
expect "a case's type" "$(xdg-mime query filetype "$lessons/lesson ñ.case.ron")" application/x-skenario-case
expect "a scenario's type" "$(xdg-mime query filetype "$lessons/ukraine-ceasefire-with-us.scenario.ron")" application/x-skenario-scenario
expect "opens cases" "$(xdg-mime query default application/x-skenario-case)" skenario.desktop
expect "opens scenarios" "$(xdg-mime query default application/x-skenario-scenario)" skenario.desktop

# What a double-click runs: the Exec line with %f replaced by the file. The program checks the
# file it is given (the window itself, given the same argument, opens it: tests/ui.rs).
"$home/.local/bin/skenario" check "$lessons/lesson ñ.case.ron" "$lessons/ukraine-ceasefire-with-us.scenario.ron"

bash "$stage/install.sh" --uninstall
[ ! -e "$home/.local/bin/skenario" ] || { echo "uninstall left the program"; fail=1; }
after=$(xdg-mime query filetype "$lessons/lesson ñ.case.ron")
echo "after uninstall, a case's type: $after"
[ "$after" != application/x-skenario-case ] || { echo "uninstall left the file type"; fail=1; }
exit "$fail"
