#!/usr/bin/env bash
# Installs Skenario for one user on a Linux desktop, so a double-click on a .case.ron or
# .scenario.ron file opens it: the program, the launcher (desktop entry), the icon, and the two
# file types, under ~/.local (or PREFIX, the first argument). Run it from the release tarball
# (the files sit beside it) or from a checkout after `cargo build --release`.
#
#   bash install.sh              # into ~/.local
#   bash install.sh /opt/skenario-root
#
# `bash install.sh --uninstall [PREFIX]` removes what it installed.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
uninstall=false
if [ "${1:-}" = "--uninstall" ]; then
  uninstall=true
  shift
fi
prefix="${1:-$HOME/.local}"

# Beside this script (the tarball), or in the checkout this script belongs to.
find_file() {
  for candidate in "$@"; do
    if [ -f "$candidate" ]; then
      printf '%s\n' "$candidate"
      return
    fi
  done
  echo "install.sh: cannot find ${1##*/} (looked at: $*)" >&2
  exit 1
}

bin="$prefix/bin/skenario"
desktop="$prefix/share/applications/skenario.desktop"
icon="$prefix/share/icons/hicolor/256x256/apps/skenario.png"
mime="$prefix/share/mime/packages/skenario.xml"

refresh() {
  if command -v update-mime-database >/dev/null 2>&1; then
    update-mime-database "$prefix/share/mime"
  else
    echo "install.sh: update-mime-database is missing (package shared-mime-info); the file types take effect once it runs" >&2
  fi
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$prefix/share/applications"
  fi
}

if $uninstall; then
  rm -f "$bin" "$desktop" "$icon" "$mime"
  refresh
  echo "removed Skenario from $prefix"
  exit 0
fi

install -Dm755 "$(find_file "$here/skenario" "$here/../target/release/skenario")" "$bin"
# The launcher names the installed program by its full path, so it works off the PATH too.
entry="$(find_file "$here/skenario.desktop" "$here/../assets/skenario.desktop")"
mkdir -p "$(dirname "$desktop")"
sed "s|^Exec=skenario |Exec=\"$bin\" |" "$entry" >"$desktop"
install -Dm644 "$(find_file "$here/skenario.png" "$here/../assets/icon.png")" "$icon"
install -Dm644 "$(find_file "$here/skenario-mime.xml" "$here/../assets/skenario-mime.xml")" "$mime"
refresh

# Make Skenario the program that opens its own files (only for this user's ~/.local).
if [ "$prefix" = "$HOME/.local" ] && command -v xdg-mime >/dev/null 2>&1; then
  xdg-mime default skenario.desktop application/x-skenario-case application/x-skenario-scenario
fi

echo "installed Skenario into $prefix: $bin"
case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) echo "note: $prefix/bin is not on your PATH; the launcher works, the command needs the full path" ;;
esac
