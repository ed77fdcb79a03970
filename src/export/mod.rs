//! Saving a meeting to files. Pure: no browser.
//!
//! One renderer per format, each `(&Meeting, &ThoughtSet, &Meta) -> File`:
//!
//! - [`csv::csv`]: "Save as a spreadsheet" (one row per thought).
//! - [`record::record`]: "Save the full record" (everything needed to rebuild
//!   the meeting), and [`record::read_record`] / [`record::bring_in`] for
//!   "Add thoughts from another tablet".
//! - [`summary::summary`] and [`summary::markdown`]: "Print a summary" and the
//!   same summary as a plain text (Markdown) file.
//!
//! The browser part (a Blob and an `<a download>`) lives in
//! `platform::download`; it only takes a [`File`]'s name, mime and body.
//!
//! Times are turned into local dates and clock times here, without a date
//! library: the shell passes the tablet's offset from UTC in [`Meta`].

pub mod csv;
pub mod record;
pub mod summary;

use crate::meeting::{Meeting, Ms};

/// A file ready to save: its name, its type and what is in it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct File {
    /// Say `over-a-brew-2026-11-25-table-2.csv`.
    pub name: String,
    /// The type to give the Blob, say `text/csv;charset=utf-8`.
    pub mime: &'static str,
    pub body: String,
}

/// When the file is made.
///
/// `offset_minutes` is the tablet's offset from UTC in minutes AHEAD of UTC:
/// British Summer Time is `+60`, New York in winter is `-300`. JavaScript's
/// `Date.getTimezoneOffset()` gives the opposite sign (`-60` for BST), so
/// the shell passes `-getTimezoneOffset()`.
///
/// The one offset is used for every time in the file (the meeting's date and
/// each thought's time), so a meeting saved days later, after the clocks
/// changed, shows its times in the offset of the day it was saved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Meta {
    /// Wall-clock ms (`Date.now()`).
    pub now: Ms,
    /// Minutes ahead of UTC (BST = +60).
    pub offset_minutes: i32,
}

const DAY: Ms = 86_400_000;

/// Local wall-clock ms: UTC ms moved by the offset. Never overflows.
fn local(ms: Ms, offset_minutes: i32) -> Ms {
    ms.saturating_add(i64::from(offset_minutes).saturating_mul(60_000))
}

/// Days since 1970-01-01 to (year, month 1-12, day 1-31), proleptic
/// Gregorian. Howard Hinnant's `civil_from_days`
/// (<https://howardhinnant.github.io/date_algorithms.html>).
fn civil_from_days(days: i64) -> (i32, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097); // [0, 146096]
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365; // [0, 399]
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100); // [0, 365]
    let mp = (5 * doy + 2) / 153; // [0, 11], March first
    let d = doy - (153 * mp + 2) / 5 + 1; // [1, 31]
    let m = if mp < 10 { mp + 3 } else { mp - 9 }; // [1, 12]
    let y = yoe + era * 400 + i64::from(m <= 2);
    let y = i32::try_from(y).unwrap_or(if y < 0 { i32::MIN } else { i32::MAX });
    // d and m are small and positive by construction.
    (y, m as u32, d as u32)
}

/// The local calendar date (year, month 1-12, day 1-31) at wall-clock `ms`,
/// for a tablet `offset_minutes` ahead of UTC.
pub fn date(ms: Ms, offset_minutes: i32) -> (i32, u32, u32) {
    civil_from_days(local(ms, offset_minutes).div_euclid(DAY))
}

/// The local time of day (hours 0-23, minutes 0-59) at wall-clock `ms`.
pub fn time_hm(ms: Ms, offset_minutes: i32) -> (u32, u32) {
    let in_day = local(ms, offset_minutes).rem_euclid(DAY) / 60_000; // [0, 1439]
    ((in_day / 60) as u32, (in_day % 60) as u32)
}

/// The local day of the week: 0 is Monday, 6 is Sunday.
pub fn weekday(ms: Ms, offset_minutes: i32) -> u32 {
    // 1970-01-01 was a Thursday (3 when Monday is 0).
    (local(ms, offset_minutes).div_euclid(DAY) + 3).rem_euclid(7) as u32
}

/// "2026-11-25".
pub fn iso_date(ms: Ms, offset_minutes: i32) -> String {
    let (y, m, d) = date(ms, offset_minutes);
    format!("{y:04}-{m:02}-{d:02}")
}

/// "14:05".
pub fn clock_time(ms: Ms, offset_minutes: i32) -> String {
    let (h, m) = time_hm(ms, offset_minutes);
    format!("{h:02}:{m:02}")
}

/// The longest a name part of a file name may be.
pub const SLUG_MAX: usize = 40;

/// A name saying what and when:
/// `over-a-brew-2026-11-25-table-2.csv`.
///
/// The date is the day the meeting started (`meeting.created`, local). Then
/// comes the table name as a [`slug`]; when the plan has no table (or none
/// of its letters can be used in a file name, say it is written in Arabic),
/// the theme instead; when neither gives anything, no name part at all:
/// `over-a-brew-2026-11-25.csv`. `ext` is given without the dot.
pub fn file_name(meeting: &Meeting, meta: &Meta, ext: &str) -> String {
    let day = iso_date(meeting.created, meta.offset_minutes);
    let what = [&meeting.plan.table, &meeting.plan.theme]
        .into_iter()
        .map(|s| slug(s, SLUG_MAX))
        .find(|s| !s.is_empty());
    let ext = ext.trim_start_matches('.');
    match what {
        Some(what) => format!("over-a-brew-{day}-{what}.{ext}"),
        None => format!("over-a-brew-{day}.{ext}"),
    }
}

/// Text made safe for a file name: lowercase ASCII letters and digits, with
/// every other run of characters made one `-`, none at either end, at most
/// `max` characters. Accented Latin letters lose their accents ("Café" is
/// "cafe", "Straße" is "strasse"); apostrophes are dropped ("Sam's" is
/// "sams"); Arabic-Indic digits become 0-9; other letters (Arabic, Chinese,
/// ...) and emoji count as gaps.
pub fn slug(text: &str, max: usize) -> String {
    let mut out = String::new();
    let mut gap = false;
    for c in text.chars().map(lower) {
        let piece: Option<&str> = if c.is_ascii_alphanumeric() {
            None
        } else if is_dropped(c) {
            continue;
        } else if let Some(p) = fold(c) {
            Some(p)
        } else {
            gap = true;
            continue;
        };
        if gap && !out.is_empty() {
            out.push('-');
        }
        gap = false;
        match piece {
            Some(p) => out.push_str(p),
            None => out.push(c),
        }
    }
    if out.len() > max {
        out.truncate(max); // ASCII only, so any cut is on a char boundary
    }
    out.trim_end_matches('-').to_string()
}

/// The lower case of the letters `fold` knows (ASCII, Latin-1, Latin
/// Extended-A, Romanian comma letters); any other character as it is. For a
/// slug this is the same as `char::to_lowercase`, whose tables would add
/// about 5 KB to the table page's download (checked for every character by
/// a test). The one two-character lower case among them, `İ` ("i" and a
/// dot above, which is dropped), is "i" here.
fn lower(c: char) -> char {
    let n = c as u32;
    let to = match n {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE => n + 0x20,
        0x130 => 0x69,
        0x178 => 0xFF,
        0x212A => 0x6B, // KELVIN SIGN
        0x212B => 0xE5, // ANGSTROM SIGN
        0x1E9E => 0xDF, // capital sharp s
        // Upper case even, lower case odd.
        0x100..=0x137 | 0x14A..=0x177 | 0x218..=0x21B if n.is_multiple_of(2) => n + 1,
        // Upper case odd, lower case even.
        0x139..=0x148 | 0x179..=0x17E if !n.is_multiple_of(2) => n + 1,
        _ => n,
    };
    char::from_u32(to).unwrap_or(c)
}

/// Marks that join the letters around them rather than part them.
fn is_dropped(c: char) -> bool {
    matches!(
        c,
        '\'' | '\u{2019}' | '\u{02BC}' | '\u{0300}'..='\u{036F}' | '\u{200B}'..='\u{200D}' | '\u{00AD}'
    )
}

/// A plain ASCII spelling of a lowercase letter or digit, if there is a
/// simple one.
fn fold(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'ĳ' => "ij",
        'ĵ' => "j",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' | 'ŉ' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
        'œ' => "oe",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
        'ß' => "ss",
        'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
        'þ' => "th",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        // Arabic-Indic and Eastern Arabic-Indic digits.
        '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}' => {
            const DIGITS: [&str; 10] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];
            let n = (c as u32 & 0xF) as usize; // U+0660 and U+06F0 both end in 0
            DIGITS.get(n).copied()?
        }
        _ => return None,
    })
}

/// Every word the saved files use lives with the screen words, in
/// `crate::text::files`.
pub use crate::text::files as words;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::meeting::Plan;

    /// 2026-11-25T00:00:00Z, a Wednesday.
    const NOV_25: Ms = 1_795_564_800_000;

    fn meeting(table: &str, theme: &str, created: Ms) -> Meeting {
        let plan = Plan {
            table: table.into(),
            theme: theme.into(),
            ..Plan::default()
        };
        Meeting::new(plan, "m1".into(), created)
    }

    fn meta(offset_minutes: i32) -> Meta {
        Meta {
            now: NOV_25,
            offset_minutes,
        }
    }

    #[test]
    fn dates_of_known_days() {
        assert_eq!(date(0, 0), (1970, 1, 1));
        assert_eq!(date(-1, 0), (1969, 12, 31));
        assert_eq!(date(NOV_25, 0), (2026, 11, 25));
        assert_eq!(date(951_782_400_000, 0), (2000, 2, 29)); // a leap day (year 2000)
        assert_eq!(date(1_709_164_800_000, 0), (2024, 2, 29)); // leap day
        assert_eq!(date(1_709_164_800_000 + DAY, 0), (2024, 3, 1));
        assert_eq!(date(1_709_164_800_000 - 1, 0), (2024, 2, 28));
        assert_eq!(date(1_740_700_800_000, 0), (2025, 2, 28)); // no leap day in 2025
        assert_eq!(date(1_740_700_800_000 + DAY, 0), (2025, 3, 1));
        assert_eq!(date(-2_203_891_200_000, 0), (1900, 3, 1)); // 1900 had no Feb 29
        assert_eq!(date(-2_203_891_200_000 - 1, 0), (1900, 2, 28));
        assert_eq!(date(253_402_300_799_999, 0), (9999, 12, 31));
    }

    #[test]
    fn every_day_follows_the_last() {
        // 1968 to 2032, day by day, against a simple count.
        let mut day = date(-731 * DAY, 0);
        assert_eq!(day, (1968, 1, 1));
        for n in -730..(62 * 366) {
            let next = date(n * DAY + 12 * 3_600_000, 0);
            let (y, m, d) = day;
            let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
            let days_in_month = match m {
                2 if leap => 29,
                2 => 28,
                4 | 6 | 9 | 11 => 30,
                _ => 31,
            };
            let expected = if d < days_in_month {
                (y, m, d + 1)
            } else if m < 12 {
                (y, m + 1, 1)
            } else {
                (y + 1, 1, 1)
            };
            assert_eq!(next, expected, "day {n}");
            day = next;
        }
    }

    #[test]
    fn the_offset_moves_the_date_near_midnight() {
        let late = NOV_25 - 30 * 60_000; // 23:30 UTC on the 24th
        assert_eq!(date(late, 0), (2026, 11, 24));
        assert_eq!(time_hm(late, 0), (23, 30));
        assert_eq!(date(late, 60), (2026, 11, 25)); // BST: 00:30 on the 25th
        assert_eq!(time_hm(late, 60), (0, 30));
        assert_eq!(date(late, 29), (2026, 11, 24));
        assert_eq!(time_hm(late, 29), (23, 59));
        assert_eq!(date(late, 30), (2026, 11, 25));
        assert_eq!(time_hm(late, 30), (0, 0));

        let early = NOV_25 + 3 * 3_600_000; // 03:00 UTC on the 25th
        assert_eq!(date(early, -300), (2026, 11, 24)); // New York: 22:00 on the 24th
        assert_eq!(time_hm(early, -300), (22, 0));
        assert_eq!(date(early, 330), (2026, 11, 25)); // India: 08:30
        assert_eq!(time_hm(early, 330), (8, 30));
        assert_eq!(date(early, -180), (2026, 11, 25)); // exactly midnight
        assert_eq!(time_hm(early, -180), (0, 0));
        assert_eq!(date(early - 1, -180), (2026, 11, 24));
        assert_eq!(time_hm(early - 1, -180), (23, 59));

        // A leap day that starts early east of UTC.
        let leap_eve = 1_709_164_800_000 - 60 * 60_000; // 23:00 UTC on Feb 28
        assert_eq!(date(leap_eve, 60), (2024, 2, 29));
        assert_eq!(date(leap_eve, 0), (2024, 2, 28));
        assert_eq!(iso_date(leap_eve, 600), "2024-02-29");
        assert_eq!(clock_time(leap_eve, 600), "09:00");
    }

    #[test]
    fn weekdays() {
        assert_eq!(weekday(0, 0), 3); // Thursday
        assert_eq!(weekday(NOV_25, 0), 2); // Wednesday
        assert_eq!(weekday(NOV_25 - 1, 0), 1);
        assert_eq!(weekday(NOV_25 - 1, 60), 2);
        assert_eq!(weekday(-DAY, 0), 2);
        assert_eq!(weekday(1_709_164_800_000, 0), 3); // 29 Feb 2024, a Thursday
    }

    #[test]
    fn extreme_times_do_not_panic() {
        for ms in [i64::MIN, i64::MIN + 1, -1, 0, i64::MAX - 1, i64::MAX] {
            for off in [i32::MIN, -1440, 0, 1440, i32::MAX] {
                let (_, m, d) = date(ms, off);
                assert!((1..=12).contains(&m) && (1..=31).contains(&d));
                let (h, mi) = time_hm(ms, off);
                assert!(h < 24 && mi < 60);
                assert!(weekday(ms, off) < 7);
            }
        }
    }

    #[test]
    fn file_names_say_what_and_when() {
        let meta = meta(0);
        let m = meeting("Table 2", "Feeling at home", NOV_25 + 14 * 3_600_000);
        assert_eq!(
            file_name(&m, &meta, "csv"),
            "over-a-brew-2026-11-25-table-2.csv"
        );
        assert_eq!(
            file_name(&m, &meta, ".json"),
            "over-a-brew-2026-11-25-table-2.json"
        );

        let m = meeting("", "Feeling at home", NOV_25);
        assert_eq!(
            file_name(&m, &meta, "md"),
            "over-a-brew-2026-11-25-feeling-at-home.md"
        );

        let m = meeting("  ", "", NOV_25);
        assert_eq!(file_name(&m, &meta, "csv"), "over-a-brew-2026-11-25.csv");

        // A table name with no letters we can use: the theme instead.
        let m = meeting("طاولة ☕", "Café & cake", NOV_25);
        assert_eq!(
            file_name(&m, &meta, "csv"),
            "over-a-brew-2026-11-25-cafe-cake.csv"
        );
        let m = meeting("🍵", "日本", NOV_25);
        assert_eq!(file_name(&m, &meta, "csv"), "over-a-brew-2026-11-25.csv");

        // A long theme is cut to 40 characters, with no '-' at the end.
        let m = meeting(
            "",
            "What do you value about the Over a Brew approach?",
            NOV_25,
        );
        let name = file_name(&m, &meta, "csv");
        assert_eq!(
            name,
            "over-a-brew-2026-11-25-what-do-you-value-about-the-over-a-brew.csv"
        );
        assert_eq!("what-do-you-value-about-the-over-a-brew".len(), 39);
    }

    #[test]
    fn file_names_use_the_local_date_of_the_meeting() {
        // The meeting started at 23:30 UTC on 24 November: in BST that is the 25th.
        let m = meeting("Table 2", "", NOV_25 - 30 * 60_000);
        assert_eq!(
            file_name(&m, &meta(0), "csv"),
            "over-a-brew-2026-11-24-table-2.csv"
        );
        assert_eq!(
            file_name(&m, &meta(60), "csv"),
            "over-a-brew-2026-11-25-table-2.csv"
        );
        // On a leap day.
        let m = meeting("Table 1", "", 1_709_164_800_000 + 10 * 3_600_000);
        assert_eq!(
            file_name(&m, &meta(-300), "csv"),
            "over-a-brew-2024-02-29-table-1.csv"
        );
        // Made later, at another time of day: the name keeps the meeting's date.
        let later = Meta {
            now: NOV_25 + 40 * DAY,
            offset_minutes: 0,
        };
        assert_eq!(
            file_name(&m, &later, "csv"),
            "over-a-brew-2024-02-29-table-1.csv"
        );
    }

    #[test]
    fn slugs() {
        for (text, want) in [
            ("Table 2", "table-2"),
            ("  TABLE   two!! ", "table-two"),
            ("--a--b--", "a-b"),
            ("Sam's table", "sams-table"),
            ("Sam\u{2019}s table", "sams-table"),
            ("Café crème", "cafe-creme"),
            ("Straße Æsir Øresund Łódź", "strasse-aesir-oresund-lodz"),
            ("Cafe\u{0301}", "cafe"), // an accent written as its own mark
            ("ISTANBUL İstanbul", "istanbul-istanbul"),
            ("طاولة ٢", "2"),
            ("Table ۳", "table-3"),
            ("שולחן 4", "4"),
            ("☕ Table 👩\u{200D}👩\u{200D}👧 5", "table-5"),
            ("a/b\\c:d*e?f\"g<h>i|j", "a-b-c-d-e-f-g-h-i-j"),
            ("../../etc", "etc"),
            ("", ""),
            ("  ", ""),
            ("🍵", ""),
        ] {
            assert_eq!(slug(text, SLUG_MAX), want, "{text:?}");
        }
        assert_eq!(slug("abcdefghij", 4), "abcd");
        assert_eq!(slug("abcd efgh", 5), "abcd");
        assert_eq!(slug(&"x".repeat(100), SLUG_MAX).len(), SLUG_MAX);
    }

    /// `slug` as it was with the standard library's lower case.
    fn slug_with_std_lower(text: &str) -> String {
        let lowered: String = text.chars().flat_map(char::to_lowercase).collect();
        let mut out = String::new();
        let mut gap = false;
        for c in lowered.chars() {
            let piece = if c.is_ascii_alphanumeric() {
                None
            } else if is_dropped(c) {
                continue;
            } else if let Some(p) = fold(c) {
                Some(p)
            } else {
                gap = true;
                continue;
            };
            if gap && !out.is_empty() {
                out.push('-');
            }
            gap = false;
            match piece {
                Some(p) => out.push_str(p),
                None => out.push(c),
            }
        }
        out.trim_end_matches('-').to_string()
    }

    #[test]
    fn the_small_lower_case_slugs_every_character_as_the_standard_one_does() {
        let mut checked = 0;
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            for text in [format!("{c}"), format!("a{c}b")] {
                assert_eq!(slug(&text, SLUG_MAX), slug_with_std_lower(&text), "{c:?}");
            }
            checked += 1;
        }
        assert!(checked > 1_000_000);
        // And it really is a lower case where it matters.
        assert_eq!(lower('Ś'), 'ś');
        assert_eq!(lower('Ș'), 'ș');
        assert_eq!(lower('Ÿ'), 'ÿ');
        assert_eq!(lower('Σ'), 'Σ'); // not folded, so left alone
    }
}
