#!/usr/bin/env bash
# `make bench`: what a tablet downloads on first load, how fast the core
# runs, and how soon the first step is on screen. Each figure with a budget
# is printed beside it; the script exits non-zero when any budget is missed.
# A benchmark, not a test: `make test` does not run it.
set -euo pipefail
cd "$(dirname "$0")/.."

# Budgets (1 KB = 1000 bytes, gzip -9).
TABLE_BUDGET=100000
HOST_BUDGET=200000
missed=0

gz() { gzip -9c "$1" | wc -c; }

# The files a page loads at start: its index.html, the .js/.wasm/.css it
# names, and every JavaScript file those scripts import (wasm-bindgen's
# snippets, such as platform/idb.js). Not the pictures, icon or manifest.
first_load() {
  local dir=$1 todo=() seen=() f ref path
  todo+=("$dir/index.html")
  while [ ${#todo[@]} -gt 0 ]; do
    f=${todo[0]}
    todo=("${todo[@]:1}")
    [ -f "$f" ] || continue
    case " ${seen[*]-} " in *" $f "*) continue ;; esac
    seen+=("$f")
    case "$f" in *.html | *.js) ;; *) continue ;; esac
    # href="./x.css", src="./x.js", from './x.js', import './x.js', module_or_path: './x.wasm'
    # (minified, with no space: from"./x.js")
    while read -r ref; do
      path=$(realpath -m --relative-to=. "$(dirname "$f")/$ref")
      todo+=("$path")
    done < <(grep -oE "(href=|src=|from ?|import ?|module_or_path: ?)[\"'][^\"']+\.(js|wasm|css)[\"']" "$f" \
      | sed -E "s/^[^\"']*[\"']//; s/[\"']$//" | grep -vE '^(https?:)?//' || true)
  done
  printf '%s\n' "${seen[@]}"
}

# Print a page's files and check its total against a budget.
page() {
  local name=$1 dir=$2 budget=$3 raw=0 total=0 f r g
  echo "== $name: first load (gzip -9 bytes)"
  printf '  %-58s %9s %9s\n' file raw gzip
  for f in $(first_load "$dir"); do
    r=$(stat -c%s "$f")
    g=$(gz "$f")
    raw=$((raw + r))
    total=$((total + g))
    printf '  %-58s %9d %9d\n' "${f#dist/}" "$r" "$g"
  done
  printf '  %-58s %9d %9d   budget %d: ' "total" "$raw" "$total" "$budget"
  if [ "$total" -le "$budget" ]; then echo ok; else echo "MISSED by $((total - budget))"; missed=1; fi
  echo
}

[ -f dist/index.html ] && [ -f dist/host/index.html ] || { echo "no dist/: run make dist first" >&2; exit 2; }
page "Table page (dist/)" dist "$TABLE_BUDGET"
# The table page's `later` module (src/ui/later.rs): fetched just after the
# first step is on screen, so not part of its first load; weighed here too.
echo "== Table page: fetched just after the first screen (gzip -9 bytes)"
for f in dist/later-*.wasm; do
  printf '  %-58s %9d %9d\n' "${f#dist/}" "$(stat -c%s "$f")" "$(gz "$f")"
done
echo
page "Host tools page (dist/host/, loaded only when opened)" dist/host "$HOST_BUDGET"
pics=$(cat public/pictures/*.svg | wc -c)
echo "Pictures (loaded as each step needs them): $pics bytes raw"

echo
echo "== Meeting core (native, release)"
cargo test --release --quiet --test bench_core -- --ignored --nocapture 2>&1 | grep -E '^(bench|test result)'

echo
echo "== In Chromium (built app, served locally; CPU slowed 4x)"
(cd tests && node bench-load.mjs) || missed=1

echo
if [ "$missed" -ne 0 ]; then
  echo "bench: a budget was missed"
  exit 1
fi
echo "bench: every budget met"
