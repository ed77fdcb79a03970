//! The files in public/ that code names by hand stay in step with the folder.

use std::fs;

/// The width and height in a PNG file's header, if it is a PNG.
fn png_size(bytes: &[u8]) -> Option<(u32, u32)> {
    const SIGNATURE: [u8; 8] = [0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a];
    if bytes.len() < 24 || bytes[..8] != SIGNATURE || &bytes[12..16] != b"IHDR" {
        return None;
    }
    let word =
        |at: usize| u32::from_be_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]);
    Some((word(16), word(20)))
}

#[test]
fn the_png_check_can_fail() {
    assert_eq!(png_size(b"not a picture at all, not even close"), None);
    let svg = fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/public/pictures/brew.svg"
    ))
    .expect("brew.svg");
    assert_eq!(png_size(&svg), None);
}

#[test]
fn the_manifest_icons_exist_at_their_sizes() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/public");
    let text = fs::read_to_string(format!("{root}/manifest.webmanifest")).expect("the manifest");
    let manifest: serde_json::Value = serde_json::from_str(&text).expect("the manifest is JSON");
    for key in [
        "name",
        "short_name",
        "start_url",
        "theme_color",
        "background_color",
    ] {
        assert!(
            manifest[key].as_str().is_some_and(|v| !v.is_empty()),
            "the manifest has no {key}"
        );
    }
    let display = manifest["display"].as_str().unwrap_or_default();
    assert!(
        matches!(display, "standalone" | "fullscreen"),
        "display is {display:?}"
    );

    let mut sizes = Vec::new();
    let mut maskable = false;
    for icon in manifest["icons"].as_array().expect("icons") {
        let src = icon["src"].as_str().expect("an icon's src");
        let path = format!("{root}/{src}");
        let bytes = fs::read(&path).unwrap_or_else(|_| panic!("{path} is missing"));
        if icon["type"] != "image/png" {
            continue;
        }
        let (w, h) = png_size(&bytes).unwrap_or_else(|| panic!("{src} is not a PNG"));
        assert_eq!(
            icon["sizes"].as_str(),
            Some(format!("{w}x{h}").as_str()),
            "{src}"
        );
        assert_eq!(w, h, "{src} is not square");
        sizes.push(w);
        maskable |= icon["purpose"]
            .as_str()
            .unwrap_or("any")
            .split(' ')
            .any(|p| p == "maskable");
    }
    assert!(
        sizes.contains(&192) && sizes.contains(&512),
        "PNG icons: {sizes:?}"
    );
    assert!(maskable, "no maskable icon");
}

#[test]
fn the_service_worker_is_ready_to_be_told_the_files() {
    // tests/tools/finish-dist.mjs fills in these two lines after each build.
    let sw = include_str!("../public/sw.js");
    assert!(sw
        .lines()
        .any(|l| l.starts_with("const BUILD = ") && l.ends_with(';')));
    assert!(sw.lines().any(|l| l == "const FILES = [];"));
    // A new build waits for the host: it never takes over by itself.
    assert_eq!(
        sw.matches("skipWaiting()").count(),
        1,
        "skipWaiting only for \"Update now\""
    );
}

#[test]
fn every_picture_the_screens_name_exists() {
    use over_a_brew::meeting::Step;
    let root = env!("CARGO_MANIFEST_DIR");
    for step in Step::all(2) {
        let path = over_a_brew::ui::screens::picture(step);
        assert!(
            fs::metadata(format!("{root}/{path}")).is_ok(),
            "{path} is missing"
        );
    }
    for p in over_a_brew::text::PRINCIPLES {
        let path = format!("{root}/public/pictures/{}.svg", p.picture);
        assert!(fs::metadata(&path).is_ok(), "{path} is missing");
    }
}
