//! "Save as a spreadsheet": one row per thought, as CSV (RFC 4180).
//!
//! - UTF-8 with a byte order mark first, so Excel reads emoji and Arabic
//!   right instead of guessing an old code page.
//! - CRLF between rows, as RFC 4180 asks.
//! - EVERY field is quoted, and `"` inside is doubled. One rule for every
//!   cell: no field can break the row however it is typed (commas, quotes,
//!   CR, LF, leading spaces, or `;`, which some spreadsheet apps in Europe
//!   split on), and the line breaks and quotes inside a thought come back
//!   exactly when the file is opened.
//! - Against CSV injection (OWASP): a cell starting with `=`, `+`, `-`, `@`,
//!   TAB or CR would be read by a spreadsheet as a formula, so it gets a `'`
//!   in front. Every cell is checked, not only the thought: the theme,
//!   table and question are typed by people too.

use super::{clock_time, file_name, iso_date, words, File, Meta};
use crate::meeting::thought::ThoughtKind;
use crate::meeting::thoughts::ThoughtSet;
use crate::meeting::Meeting;
use crate::text::step_words;

pub const MIME: &str = "text/csv;charset=utf-8";

/// The byte order mark that starts the file.
pub const BOM: char = '\u{FEFF}';

/// The spreadsheet of the meeting's thoughts, in order of (minute, id).
///
/// Columns: Meeting (the theme), Table (the thought's own table, or the
/// plan's for a thought written before tables were kept), Date (of the
/// thought, local), Step (its heading, say "Have your say"), Question, Kind
/// ("Thought" or "Lasting thought"), Time ("14:05", local), Thought.
pub fn csv(meeting: &Meeting, thoughts: &ThoughtSet, meta: &Meta) -> File {
    let mut body = String::new();
    body.push(BOM);
    push_row(&mut body, words::CSV_HEADER);
    let theme = meeting.plan.theme.trim();
    let plan_table = meeting.plan.table.trim();
    let off = meta.offset_minutes;
    for t in thoughts.normalized().live() {
        let table = if t.table.is_empty() {
            plan_table
        } else {
            &t.table
        };
        let kind = match t.kind {
            ThoughtKind::Thought => words::THOUGHT,
            ThoughtKind::Lasting => words::LASTING,
        };
        push_row(
            &mut body,
            [
                theme,
                table,
                &iso_date(t.minute, off),
                step_words(t.step).heading,
                t.question.as_deref().unwrap_or(""),
                kind,
                &clock_time(t.minute, off),
                &t.text,
            ],
        );
    }
    File {
        name: file_name(meeting, meta, "csv"),
        mime: MIME,
        body,
    }
}

fn push_row<const N: usize>(out: &mut String, cells: [&str; N]) {
    for (i, cell) in cells.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_cell(out, cell);
    }
    out.push_str("\r\n");
}

/// A cell that could start a formula: `'` goes in front.
pub fn is_risky(cell: &str) -> bool {
    cell.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

/// One field: quoted, inner quotes doubled, a `'` first if it is risky.
pub fn push_cell(out: &mut String, cell: &str) {
    out.push('"');
    if is_risky(cell) {
        out.push('\'');
    }
    for c in cell.chars() {
        if c == '"' {
            out.push('"');
        }
        out.push(c);
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cell(s: &str) -> String {
        let mut out = String::new();
        push_cell(&mut out, s);
        out
    }

    #[test]
    fn cells_are_quoted_with_quotes_doubled() {
        assert_eq!(cell(""), r#""""#);
        assert_eq!(cell("tea"), r#""tea""#);
        assert_eq!(cell(r#"say "hi", then"#), r#""say ""hi"", then""#);
        assert_eq!(cell("a\r\nb\nc"), "\"a\r\nb\nc\"");
        assert_eq!(cell(r#"""#), r#""""""#);
    }

    #[test]
    fn formulas_are_made_harmless() {
        for (raw, want) in [
            ("=1+1", "\"'=1+1\""),
            ("+44 7700", "\"'+44 7700\""),
            ("-2", "\"'-2\""),
            ("@SUM(A1)", "\"'@SUM(A1)\""),
            ("\tx", "\"'\tx\""),
            ("\rx", "\"'\rx\""),
            ("=\"x\"", "\"'=\"\"x\"\"\""),
            ("a=b", "\"a=b\""),
            (" =1", "\" =1\""),
            ("'=1", "\"'=1\""),
        ] {
            assert_eq!(cell(raw), want, "{raw:?}");
        }
    }
}
