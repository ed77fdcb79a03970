#!/usr/bin/env bash
# `make bench`: what a tablet downloads on first load, and how fast the core runs.
# Measurements only: nothing here passes or fails on a number.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== First load (dist/), bytes"
total_raw=0
total_gz=0
printf '%-44s %10s %10s\n' file raw gzip-9
for f in dist/*.wasm dist/*.js dist/*.css dist/index.html dist/snippets/*/*/*.js; do
  [ -f "$f" ] || continue
  raw=$(stat -c%s "$f")
  gz=$(gzip -9c "$f" | wc -c)
  printf '%-44s %10d %10d\n' "${f#dist/}" "$raw" "$gz"
  case "$f" in
    *.wasm|*.js|*.css) total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz)) ;;
  esac
done
printf '%-44s %10d %10d\n' "wasm + js + css" "$total_raw" "$total_gz"
pics=$(cat public/pictures/*.svg | wc -c)
echo "pictures (loaded as needed): $pics bytes raw"

echo
echo "== Meeting core (native, release)"
cargo test --release --quiet --test bench_core -- --ignored --nocapture 2>&1 | grep -E '^(bench|test result)'

echo
echo "== Load in Chromium (built app, served locally)"
(cd tests && node bench-load.mjs)
