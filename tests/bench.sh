#!/usr/bin/env bash
# `make bench`: what a tablet downloads on first load, and how fast the core runs.
# Measurements only: nothing here passes or fails on a number.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== First load (dist/), bytes"
total_raw=0
total_gz=0
printf '%-44s %10s %10s\n' file raw gzip-9
# The table's first load: dist/ without host/ (host tools load only when opened).
for f in $(find dist -path dist/host -prune -o -type f \( -name '*.wasm' -o -name '*.js' -o -name '*.css' -o -name 'index.html' \) -print | sort); do
  [ -f "$f" ] || continue
  raw=$(stat -c%s "$f")
  gz=$(gzip -9c "$f" | wc -c)
  printf '%-44s %10d %10d\n' "${f#dist/}" "$raw" "$gz"
  case "$f" in
    *.wasm|*.js|*.css) total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz)) ;;
  esac
done
printf '%-44s %10d %10d\n' "first load: wasm + js + css" "$total_raw" "$total_gz"
host_gz=0
for f in $(find dist/host -type f \( -name '*.wasm' -o -name '*.js' -o -name '*.css' \) | sort); do
  host_gz=$((host_gz + $(gzip -9c "$f" | wc -c)))
done
echo "host tools page (loaded only when opened), gzip-9: $host_gz"
pics=$(cat public/pictures/*.svg | wc -c)
echo "pictures (loaded as needed): $pics bytes raw"

echo
echo "== Meeting core (native, release)"
cargo test --release --quiet --test bench_core -- --ignored --nocapture 2>&1 | grep -E '^(bench|test result)'

echo
echo "== Load in Chromium (built app, served locally)"
(cd tests && node bench-load.mjs)
