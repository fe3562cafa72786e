#!/usr/bin/env bash
# Builds the release artifacts from this checkout into target/dist/:
#
#   skenario-VERSION-linux-x86_64.tar.gz   the program, its launcher, icon, file types and
#                                          install.sh (user-level, into ~/.local)
#   skenario_VERSION_amd64.deb             the same as a Debian package (apt install ./…)
#   skenario-VERSION-windows-x86_64.zip    skenario.exe (cross-built with mingw-w64) and a README
#   skenario-VERSION-web.zip               the browser site (scripts/build-web.sh)
#
# Needs what .ci/run installs: gcc-mingw-w64-x86-64 and the x86_64-pc-windows-gnu target for
# the .exe, dpkg-deb for the package, zip, and what scripts/build-web.sh needs for the site.
set -euo pipefail
cd "$(dirname "$0")/.."

version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
dist=target/dist
stage=target/dist-stage
rm -rf "$dist" "$stage"
mkdir -p "$dist" "$stage"

step() { printf '\n== release: %s\n' "$*"; }

step "Linux binary (release)"
cargo build --locked --release --bin skenario
linux_bin=target/release/skenario

step "Windows binary (release, x86_64-pc-windows-gnu)"
rustup target list --installed | grep -qx x86_64-pc-windows-gnu || rustup target add x86_64-pc-windows-gnu
cargo build --locked --release --target x86_64-pc-windows-gnu --bin skenario
windows_exe=target/x86_64-pc-windows-gnu/release/skenario.exe

step "browser site"
bash scripts/build-web.sh

step "Linux tarball"
name="skenario-$version-linux-x86_64"
mkdir -p "$stage/$name"
install -m755 "$linux_bin" "$stage/$name/skenario"
install -m755 scripts/install.sh "$stage/$name/install.sh"
install -m644 assets/skenario.desktop "$stage/$name/skenario.desktop"
install -m644 assets/icon.png "$stage/$name/skenario.png"
install -m644 assets/skenario-mime.xml "$stage/$name/skenario-mime.xml"
cat >"$stage/$name/README.txt" <<EOF
Skenario $version for Linux (x86_64)

  bash install.sh        installs it for you alone, into ~/.local: the program
                         (~/.local/bin/skenario), its launcher in the applications menu,
                         and the file types, so a double-click on a .case.ron or
                         .scenario.ron file opens it.
  bash install.sh --uninstall   removes it again.
  ./skenario             runs it from here without installing.

The window needs X11 or Wayland and OpenGL or Vulkan (on Debian and Ubuntu: libgl1,
libegl1, libxkbcommon-x11-0). \`./skenario --help\` lists the commands.
EOF
tar -C "$stage" -czf "$dist/$name.tar.gz" "$name"

step "Debian package"
deb="$stage/deb"
install -Dm755 "$linux_bin" "$deb/usr/bin/skenario"
install -Dm644 assets/skenario.desktop "$deb/usr/share/applications/skenario.desktop"
install -Dm644 assets/icon.png "$deb/usr/share/icons/hicolor/256x256/apps/skenario.png"
install -Dm644 assets/skenario-mime.xml "$deb/usr/share/mime/packages/skenario.xml"
mkdir -p "$deb/usr/share/doc/skenario" "$deb/DEBIAN"
cat >"$deb/usr/share/doc/skenario/copyright" <<EOF
Skenario $version — MIT OR Apache-2.0
EOF
# The program links only the C library and libgcc; the window loads X11, Wayland and OpenGL
# when it opens (so the command line works without them).
cat >"$deb/DEBIAN/control" <<EOF
Package: skenario
Version: $version
Section: education
Priority: optional
Architecture: amd64
Maintainer: Skenario <skenario@invalid>
Depends: libc6 (>= 2.35), libgcc-s1
Recommends: libgl1, libegl1, libxkbcommon-x11-0, libxcursor1, libxi6, libxrandr2, libx11-xcb1, shared-mime-info, desktop-file-utils
Installed-Size: $(du -sk "$deb/usr" | cut -f1)
Description: what-if reader for news texts
 Flip the conditions in a news story and see what the article says would
 follow, who says so, how firmly, and the exact sentence that says it.
EOF
dpkg-deb --root-owner-group --build "$deb" "$dist/skenario_${version}_amd64.deb" >/dev/null

step "Windows zip"
name="skenario-$version-windows-x86_64"
mkdir -p "$stage/$name"
cp "$windows_exe" "$stage/$name/skenario.exe"
# Windows' Notepad reads either line ending; CRLF keeps older ones happy.
sed 's/$/\r/' >"$stage/$name/README.txt" <<EOF
Skenario $version for Windows (64-bit)

Double-click skenario.exe to open the window. Nothing needs installing; the program is
not signed, so Windows may ask whether to run it ("More info", then "Run anyway").

To open .case.ron and .scenario.ron files with a double-click, run once, in a terminal
in this folder:

    skenario.exe --register-file-types

(for your user only; "skenario.exe --unregister-file-types" undoes it). Keep skenario.exe
where it is afterwards, or register again after moving it.

In a terminal, "skenario.exe --help" lists the commands (check, eval, table, diff, new,
export, renumber, link, publish). Settings and unsaved work are kept in your AppData
folder (AppData\\Roaming\\skenario).
EOF
(cd "$stage" && zip -qr "../dist/$name.zip" "$name")

step "browser site zip"
name="skenario-$version-web"
rm -rf "${stage:?}/$name"
cp -r target/web "$stage/$name"
(cd "$stage" && zip -qr "../dist/$name.zip" "$name")

step "artifacts"
(cd "$dist" && ls -l)
