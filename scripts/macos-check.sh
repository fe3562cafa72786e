#!/usr/bin/env bash
# macOS cannot be built or run here (no Mac, no Apple SDK to link with), but the core and the
# command line can be type-checked for Apple's two targets. The window (eframe, wgpu on Metal,
# rfd, AppKit) is not checked: its type-check alone is longer than CI's budget allows. A
# target rustup cannot install is said in one loud line, and the rest of CI goes on.
set -euo pipefail
cd "$(dirname "$0")/.."

for target in aarch64-apple-darwin x86_64-apple-darwin; do
  if ! rustup target list --installed | grep -qx "$target" && ! rustup target add "$target"; then
    echo "!!!!! SKIPPED THE macOS CHECK FOR $target: rustup cannot install its standard library on this machine !!!!!"
    continue
  fi
  cargo check --locked --target "$target" --no-default-features --bin skenario
done
