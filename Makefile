# Over a Brew — two commands: `make serve` and `make test`.
# Each installs only what is missing, from the package registries, then runs.

SHELL := /bin/bash
.DEFAULT_GOAL := serve

TRUNK_VERSION := 0.21.14
# wasm-bindgen-cli must match the wasm-bindgen in Cargo.lock exactly.
WASM_BINDGEN_VERSION := $(shell awk '/^name = "wasm-bindgen"$$/{getline; gsub(/[^0-9.]/, ""); print}' Cargo.lock)
# wasm-split-cli cuts the table page's WebAssembly in two (see src/ui/later.rs
# and tests/tools/finish-dist.mjs); 0.2.x matches wasm_split_helpers 0.2.
WASM_SPLIT_VERSION := 0.2.4
CARGO_BIN := $(HOME)/.cargo/bin
NODE_BIN := $(CURDIR)/tests/node_modules/.bin
# npm's binaryen gives a wasm-opt that understands this Rust's output.
export PATH := $(NODE_BIN):$(CARGO_BIN):$(PATH)

# Leptos type-erases components: about 9 KB less to download (wasm only).
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS := --cfg erase_components

# The release build of the two pages (`make dist`) also builds the standard
# library itself, with a panic that stops at once (no panic messages or
# formatting code in the download): about 13 KB less on the table page.
# These are unstable cargo and rustc options, allowed on this stable
# toolchain by RUSTC_BOOTSTRAP=1, for this build only (tests and clippy use
# the ordinary standard library). It needs the rust-src component. A panic
# still reaches the page as a WebAssembly trap, which shows the crash page.
# Without reference types, wasm-bindgen keeps JavaScript values in a table of
# its own glue instead of a WebAssembly one: 0.7 KB less.
DIST_ENV := RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$(CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS) -Zunstable-options -Cpanic=immediate-abort -Ctarget-feature=-reference-types"

ADDRESS ?= 127.0.0.1
PORT ?= 8080

.PHONY: serve dist test check unit browser webkit bench tools rust-tools node-tools browser-tools clean

## serve: build the app and serve it at http://$(ADDRESS):$(PORT)
serve: dist
	@echo "Over a Brew: http://$(ADDRESS):$(PORT)/  (Ctrl+C to stop)"
	HOST=$(ADDRESS) PORT=$(PORT) node tests/serve.mjs

## dist: a static folder (dist/) to put on any web host.
## The table app is dist/; host tools are a page of their own, dist/host/,
## so the table's first load stays small. One build at a time (flock).
## Then tests/tools/finish-dist.mjs cuts the table page's wasm in two (what
## the first step needs, and a `later` module: see src/ui/later.rs), gives
## each page its Content-Security-Policy
## (hashes of the inline scripts as built) and tells the service worker
## (dist/sw.js) every file, so both pages open with no network.
dist: tools
	$(DIST_ENV) flock /tmp/over-a-brew-dist.lock sh -c 'trunk build --release --offline=true index.html && trunk build --release --offline=true --dist dist/host host.html && node tests/tools/finish-dist.mjs dist'


## test: every check and every test (the browser tests in Chromium, then in WebKit)
test: tools browser-tools check unit dist browser webkit

check:
	cargo fmt --all -- --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown -- -D warnings

unit:
	cargo test

browser: browser-tools
	cd tests && npx playwright test

## webkit: a whole journey in WebKit, the iPad's engine (needs `make dist`).
## It starts its own Xvfb, WebKitWebDriver and server, and stops them after.
webkit: browser-tools
	cd tests && node webkit/run.mjs

## bench: sizes of the first load, and how fast the core runs
bench: dist
	./tests/bench.sh

tools: rust-tools node-tools

rust-tools:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown \
	  || rustup target add wasm32-unknown-unknown
	@rustup component list --installed | grep -q '^rust-src' \
	  || rustup component add rust-src
	@trunk --version 2>/dev/null | grep -q " $(TRUNK_VERSION)$$" \
	  || cargo install trunk --version $(TRUNK_VERSION) --locked
	@wasm-bindgen --version 2>/dev/null | grep -q " $(WASM_BINDGEN_VERSION)$$" \
	  || cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION) --force
	@cargo install --list | grep -q "^wasm_split_cli_support v$(WASM_SPLIT_VERSION):" \
	  || cargo install wasm_split_cli_support --version $(WASM_SPLIT_VERSION) --locked --features build-binary --force

node-tools:
	@if [ ! -x $(NODE_BIN)/wasm-opt ] || [ tests/package-lock.json -nt tests/node_modules/.package-lock.json ]; then \
	  cd tests && npm ci --no-audit --no-fund; fi

# Debian's Chromium, and the font the layout tests were measured with;
# Debian's WebKitGTK WebDriver (with its MiniBrowser) and Xvfb for `make webkit`.
browser-tools:
	@{ command -v chromium >/dev/null && fc-list 2>/dev/null | grep -q "DejaVu Sans"; } \
	  || { apt-get update && apt-get install -y chromium fonts-dejavu-core; }
	@{ command -v WebKitWebDriver >/dev/null && command -v Xvfb >/dev/null; } \
	  || { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y webkit2gtk-driver xvfb; }

clean:
	rm -rf dist target tests/node_modules tests/test-results
