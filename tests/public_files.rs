//! The files in public/ that code names by hand stay in step with the folder.

use std::fs;

#[test]
fn the_service_worker_keeps_every_picture() {
    let sw = include_str!("../public/sw.js");
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/public/pictures");
    let mut count = 0;
    for entry in fs::read_dir(dir).expect("public/pictures") {
        let name = entry
            .expect("an entry")
            .file_name()
            .into_string()
            .expect("a name");
        assert!(
            sw.contains(&format!("\"public/pictures/{name}\"")),
            "public/sw.js does not keep {name}"
        );
        count += 1;
    }
    assert!(count >= 14, "expected the 14 pictures, found {count}");
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
