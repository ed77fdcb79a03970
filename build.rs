//! The table page's WebAssembly keeps its relocations, which wasm-split-cli
//! needs to cut it in two (see src/ui/later.rs and
//! tests/tools/finish-dist.mjs). Only that page: wasm-opt cannot work on a
//! module that has them, and host tools are not cut.
fn main() {
    if std::env::var("CARGO_CFG_TARGET_FAMILY").as_deref() == Ok("wasm") {
        println!("cargo:rustc-link-arg-bin=over-a-brew=--emit-relocs");
    }
}
