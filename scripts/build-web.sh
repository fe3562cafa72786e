#!/usr/bin/env bash
# Builds Skenario for the browser into target/web/: index.html, the .wasm, its JS glue and the
# icon, nothing loaded from other hosts, and an empty list of lessons (lessons/index.json) for
# `skenario publish` to add to. `--bare` builds the bare eframe app
# (examples/minimal_window.rs) the same way into target/web-bare/, for the size and start-up
# budgets in BENCHMARKS.md.
#
# Needs the wasm32 target (`rustup target add wasm32-unknown-unknown`) and wasm-bindgen-cli of
# the same version as the wasm-bindgen in Cargo.lock; this script installs it from crates.io
# when it is missing or another version.
set -euo pipefail
cd "$(dirname "$0")/.."

what=(--bin skenario)
out=target/web
wasm=target/wasm32-unknown-unknown/web/skenario.wasm
if [ "${1:-}" = "--bare" ]; then
  what=(--example minimal_window)
  out=target/web-bare
  wasm=target/wasm32-unknown-unknown/web/examples/minimal_window.wasm
fi

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  rustup target add wasm32-unknown-unknown
fi
version=$(grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | sed -n 's/^version = "\(.*\)"$/\1/p')
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $version" ]; then
  # The CLI's own lock file names crate versions a registry may no longer offer; then its
  # dependencies are resolved afresh (the CLI itself stays at exactly $version).
  cargo install --locked wasm-bindgen-cli --version "=$version" ||
    cargo install wasm-bindgen-cli --version "=$version"
fi

cargo build --locked --profile web --target wasm32-unknown-unknown "${what[@]}"
rm -rf "$out"
mkdir -p "$out"
wasm-bindgen --target web --no-typescript --remove-name-section --remove-producers-section --out-dir "$out" --out-name skenario "$wasm"
cp web/index.html "$out/index.html"
cp assets/icon.png "$out/icon.png"
if [ "$out" = target/web ]; then
  # A site with no lessons yet: `skenario publish CASE… --site target/web` adds them.
  mkdir -p "$out/lessons"
  printf '{\n  "version": 1,\n  "lessons": []\n}\n' >"$out/lessons/index.json"
fi
echo "Built $out/ ($(du -h "$out/skenario_bg.wasm" | cut -f1) of WebAssembly)."
echo "Serve it locally:  python3 -m http.server --bind 127.0.0.1 --directory $out 8080"
echo "then open          http://127.0.0.1:8080/"
