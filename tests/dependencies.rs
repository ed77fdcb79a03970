//! Dependencies run one way: `ui → app → meeting / store / export / platform`,
//! and `meeting` depends on nothing of ours and nothing of the browser's.
//! Mounting the pages is the job of `main.rs` and `bin/host.rs`.

use std::fs;
use std::path::Path;

/// Every `.rs` file under `src/<dir>`, with its text.
fn sources(dir: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut todo = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src").join(dir)];
    while let Some(p) = todo.pop() {
        if p.is_dir() {
            for e in fs::read_dir(&p).expect("a source folder") {
                todo.push(e.expect("an entry").path());
            }
        } else if p.extension().is_some_and(|x| x == "rs") {
            let text = fs::read_to_string(&p).expect("a source file");
            out.push((p.display().to_string(), text));
        }
    }
    assert!(!out.is_empty(), "no sources under src/{dir}");
    out
}

/// Files under `dir` that name any of `forbidden` (as `crate::x` or `x::` paths).
fn offenders(dir: &str, forbidden: &[&str]) -> Vec<String> {
    let mut out = Vec::new();
    for (path, text) in sources(dir) {
        for f in forbidden {
            if text.contains(f) {
                out.push(format!("{path} uses {f}"));
            }
        }
    }
    out
}

#[test]
fn the_meeting_core_is_pure() {
    let bad = offenders(
        "meeting",
        &[
            "leptos",
            "web_sys",
            "js_sys",
            "gloo",
            "wasm_bindgen",
            "crate::store",
            "crate::app",
            "crate::ui",
            "crate::platform",
            "crate::export",
        ],
    );
    assert!(bad.is_empty(), "{bad:#?}");
}

#[test]
fn the_shell_never_reaches_up_into_the_screens() {
    let mut bad = offenders("store", &["crate::ui", "crate::app", "leptos"]);
    bad.extend(offenders("export", &["crate::ui", "crate::app", "leptos"]));
    bad.extend(offenders("platform", &["crate::ui", "crate::app"]));
    let app = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/app.rs"))
        .expect("app.rs");
    if app.contains("crate::ui") || app.contains("mount_to_body") {
        bad.push("app.rs imports ui or mounts a page".into());
    }
    assert!(bad.is_empty(), "{bad:#?}");
}

#[test]
fn the_check_can_fail() {
    assert!(!offenders("ui", &["crate::app"]).is_empty());
}

/// The stand-in for wasm-streams (src/no-streams) is the one built: the real
/// crate exports code that no request of ours would ever use (about 7 KB of
/// the table page's first load), and this app fetches only its own files.
#[test]
fn no_streaming_code_is_shipped() {
    let lock = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.lock"))
        .expect("Cargo.lock");
    let block = lock
        .split("[[package]]")
        .find(|b| b.contains("\nname = \"wasm-streams\"\n"))
        .expect("wasm-streams is in Cargo.lock (server_fn needs it)");
    assert!(
        !block.contains("\nsource = "),
        "wasm-streams comes from a registry, not src/no-streams:{block}"
    );
}
