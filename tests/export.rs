//! Saving a meeting to files: golden files compared byte for byte, the full
//! record's round trip, refusing files that are not records, and the laws
//! of bringing in thoughts from another tablet.
//!
//! The golden files in `tests/golden/` are only ever rewritten on purpose:
//!
//! ```sh
//! UPDATE_GOLDEN=1 cargo test --test export
//! ```
//!
//! and then read by a person before they are kept.

use over_a_brew::export::csv::{csv, BOM};
use over_a_brew::export::record::{
    bring_in, read_record, record, ImportProblem, ImportReport, Record, MAX_IMPORT_BYTES,
};
use over_a_brew::export::summary::{markdown, summary};
use over_a_brew::export::{File, Meta};
use over_a_brew::meeting::plan::READY_QUESTIONS;
use over_a_brew::meeting::thought::{to_minute, Thought, ThoughtKind};
use over_a_brew::meeting::thoughts::ThoughtSet;
use over_a_brew::meeting::{Meeting, Ms, Msg, Plan, Step};
use over_a_brew::store::schema::encode_meeting;
use proptest::prelude::*;
use std::collections::BTreeSet;
use std::path::PathBuf;

// ------------------------------------------------------------ the meeting

/// 2026-11-25 12:58:12.345 UTC: 13:58 on a tablet one hour ahead of UTC.
const T0: Ms = 1_795_564_800_000 + 12 * 3_600_000 + 58 * 60_000 + 12_345;
const SEC: Ms = 1_000;
const MIN: Ms = 60_000;
/// The tablet is one hour ahead of UTC (say Paris in November).
const OFFSET: i32 = 60;

fn meta() -> Meta {
    Meta {
        now: T0 + 2_000 * SEC,
        offset_minutes: OFFSET,
    }
}

fn plan(table: &str) -> Plan {
    Plan {
        theme: "Feeling at home".into(),
        table: table.into(),
        questions: READY_QUESTIONS[..2].iter().map(|q| q.to_string()).collect(),
        people: 3,
        // This meeting asks its questions one at a time, with a clock on talk.
        one_at_a_time: true,
        talk: Some(10 * MIN),
        opening: "Come as you are.\nSit where you like.".into(),
        ..Plan::default()
    }
}

/// Every awkward thing a thought can hold, and each way a cell could start
/// a formula.
const EMOJI: &str =
    "Nobody rushes me here ☕🙂\nand the biscuits 🍪 are good. 👩\u{200D}👩\u{200D}👧";
const QUOTES: &str = "She said \"it's fine\", but it wasn't.";
const EQUALS: &str = "=HYPERLINK(\"http://example.com\",\"see\")";
const PLUS: &str = "+44 7700 900123 is not a real number";
const MINUS: &str = "- first\r\n- second, with a comma";
const AT: &str = "@everyone listen";
const ARABIC: &str = "أشعر أن الناس يستمعون إليّ حقًا في Over a Brew";
const HEBREW: &str = "אני מרגישה שמקשיבים לי, באמת.";
const MARKUP: &str =
    "*Not bold*, _not italic_ # [not](a link) <b>not html</b> | a | b\n1. not a list\n\n> not a quote";
const OLD: &str = "Written before tables were kept";
const TALK: &str = "We could meet again next month";
const LASTING: &str = "Ask Sam how the allotment is going 🌱";
const LASTING_QUOTED: &str = "\"Quotes\" at the start, and a comma";

// From Table 3, brought in from its full record.
const TAB: &str = "\tA tab at the start";
const CR: &str = "\r=1+1 after a carriage return";
const ELSEWHERE: &str = "Different question, different table";
const THEIR_LASTING: &str = "-- a lasting thought from Table 3";
const OTHER_QUESTION: &str = "What would you say to a new neighbour?";

fn at(m: &mut Meeting, msg: Msg, now: Ms) {
    m.update(msg, now);
}

fn write(m: &Meeting, set: &mut ThoughtSet, id: &str, text: &str, now: Ms) {
    let t = Thought::new(id.into(), m, text, now).expect("a good thought");
    assert!(set.add(t));
}

/// Table 2's meeting, scripted, now on "Still got some time?" (visited
/// twice), with its thoughts.
fn our_meeting() -> (Meeting, ThoughtSet) {
    let mut set = ThoughtSet::default();
    let mut m = Meeting::new(plan("Table 2"), "meeting-2".into(), T0);
    at(&mut m, Msg::Next, T0 + 41 * SEC); // who keeps time
    at(&mut m, Msg::Next, T0 + 66 * SEC); // how we talk together
    at(&mut m, Msg::Next, T0 + 159 * SEC); // thinking time, question 1
    at(&mut m, Msg::Start, T0 + 160 * SEC);
    write(&m, &mut set, "t01", EMOJI, T0 + 170 * SEC);
    write(&m, &mut set, "t02", QUOTES, T0 + 180 * SEC);
    write(&m, &mut set, "t03", EQUALS, T0 + 190 * SEC);
    write(&m, &mut set, "t04", PLUS, T0 + 200 * SEC);
    write(&m, &mut set, "t05", MINUS, T0 + 210 * SEC);
    write(&m, &mut set, "t06", AT, T0 + 220 * SEC);
    at(&mut m, Msg::Next, T0 + 226 * SEC); // have your say, question 1
    at(&mut m, Msg::Start, T0 + 230 * SEC);
    write(&m, &mut set, "t07", ARABIC, T0 + 300 * SEC);
    at(&mut m, Msg::NextPerson, T0 + 350 * SEC);
    write(&m, &mut set, "t08", HEBREW, T0 + 400 * SEC);
    at(&mut m, Msg::NextPerson, T0 + 470 * SEC);
    at(&mut m, Msg::Next, T0 + 600 * SEC); // thinking time, question 2
    at(&mut m, Msg::Start, T0 + 601 * SEC);
    write(&m, &mut set, "t09", MARKUP, T0 + 630 * SEC);
    // A thought from before thoughts kept their table.
    let mut old = Thought::new("t10".into(), &m, OLD, T0 + 640 * SEC).expect("a good thought");
    old.table = String::new();
    assert!(set.add(old));
    at(&mut m, Msg::Next, T0 + 665 * SEC); // have your say, question 2
    at(&mut m, Msg::Start, T0 + 670 * SEC);
    at(&mut m, Msg::Pass, T0 + 790 * SEC); // person 1 would rather not speak
    at(&mut m, Msg::NextPerson, T0 + 910 * SEC);
    at(&mut m, Msg::Next, T0 + 1_100 * SEC); // talk about what you heard
    write(&m, &mut set, "t11", TALK, T0 + 1_200 * SEC);
    at(&mut m, Msg::Next, T0 + 1_700 * SEC); // still got some time?
    write(&m, &mut set, "t12", LASTING, T0 + 1_710 * SEC);
    at(&mut m, Msg::Back, T0 + 1_760 * SEC); // back to talk
    at(&mut m, Msg::Next, T0 + 1_820 * SEC); // and on again
    write(&m, &mut set, "t13", LASTING_QUOTED, T0 + 1_850 * SEC);
    // One thought taken back with "Undo".
    write(&m, &mut set, "t14", "Taken back", T0 + 1_860 * SEC);
    assert!(set.remove("t14").is_some());
    assert_eq!(m.step, Step::StillTime);
    assert_eq!(m.turns_taken, 5);
    assert_eq!(m.turns_passed, 1);
    (m, set)
}

fn their_thought(id: &str, m: &Meeting, step: Step, text: &str, minute: Ms) -> Thought {
    let question_index = step.question();
    Thought {
        id: id.into(),
        meeting: m.id.clone(),
        text: text.into(),
        step,
        question: question_index.and_then(|q| m.plan.questions.get(q).cloned()),
        question_index,
        kind: if step.is_for_lasting_thoughts() {
            ThoughtKind::Lasting
        } else {
            ThoughtKind::Thought
        },
        minute: to_minute(minute),
        table: m.plan.table.clone(),
    }
}

/// Table 3's full record, as read from its file. Its thoughts were built
/// by hand (a tab and a CR at the start are trimmed by `Thought::new`, but
/// a file from elsewhere may hold them).
fn their_record() -> Record {
    let mut m = Meeting::new(plan("Table 3"), "meeting-3".into(), T0 + 5 * SEC);
    m.plan.questions[1] = OTHER_QUESTION.into();
    let mut set = ThoughtSet::default();
    set.add(their_thought(
        "u01",
        &m,
        Step::Thinking(0),
        TAB,
        T0 + 2 * MIN,
    ));
    let mut cr = their_thought("u02", &m, Step::Turns(0), CR, T0 + 7 * MIN);
    cr.table = String::new(); // written before tables were kept
    set.add(cr);
    set.add(their_thought(
        "u03",
        &m,
        Step::Turns(1),
        ELSEWHERE,
        T0 + 14 * MIN,
    ));
    set.add(their_thought(
        "u04",
        &m,
        Step::StillTime,
        THEIR_LASTING,
        T0 + 29 * MIN,
    ));
    Record {
        meeting: m,
        thoughts: set,
        saved_at: T0 + 31 * MIN,
    }
}

/// Table 2 with Table 3's thoughts brought in.
fn everything() -> (Meeting, ThoughtSet) {
    let (m, ours) = our_meeting();
    let (all, report) = bring_in(&ours, &their_record());
    assert_eq!(
        report,
        ImportReport {
            added: 4,
            already_here: 0,
            from: "Table 3".into()
        }
    );
    (m, all)
}

// ------------------------------------------------------------ golden files

fn golden(name: &str, actual: &str) {
    let path: PathBuf = [env!("CARGO_MANIFEST_DIR"), "tests", "golden", name]
        .iter()
        .collect();
    if std::env::var("UPDATE_GOLDEN").as_deref() == Ok("1") {
        std::fs::create_dir_all(path.parent().expect("a folder")).expect("make tests/golden");
        std::fs::write(&path, actual).expect("write the golden file");
        return;
    }
    let expected = std::fs::read(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}. Make it with UPDATE_GOLDEN=1 cargo test --test export",
            path.display()
        )
    });
    if expected != actual.as_bytes() {
        let expected = String::from_utf8_lossy(&expected);
        let line = expected
            .split('\n')
            .zip(actual.split('\n'))
            .position(|(a, b)| a != b)
            .unwrap_or_else(|| expected.split('\n').count().min(actual.split('\n').count()));
        panic!(
            "{name} differs from the golden file at line {}:\n  golden: {:?}\n  now:    {:?}\n\
             If the change is meant, run UPDATE_GOLDEN=1 cargo test --test export and read the diff.",
            line + 1,
            expected.split('\n').nth(line),
            actual.split('\n').nth(line),
        );
    }
}

#[test]
fn csv_matches_the_golden_file() {
    let (m, all) = everything();
    let file = csv(&m, &all, &meta());
    assert_eq!(file.name, "over-a-brew-2026-11-25-table-2.csv");
    assert_eq!(file.mime, "text/csv;charset=utf-8");
    golden("thoughts.csv", &file.body);
}

#[test]
fn record_matches_the_golden_file() {
    let (m, all) = everything();
    let file = record(&m, &all, &meta());
    assert_eq!(file.name, "over-a-brew-2026-11-25-table-2.json");
    assert_eq!(file.mime, "application/json");
    golden("record.json", &file.body);
}

#[test]
fn summary_matches_the_golden_file() {
    let (m, all) = everything();
    let s = summary(&m, &all, &meta());
    let file = markdown(&s, &m, &meta());
    assert_eq!(file.name, "over-a-brew-2026-11-25-table-2.md");
    assert_eq!(file.mime, "text/markdown;charset=utf-8");
    golden("summary.md", &file.body);
}

// ------------------------------------------------------------ the spreadsheet

/// A small RFC 4180 reader, to check the file reads back as written.
fn parse_csv(body: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut cell = String::new();
    let mut chars = body.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') => {
                assert!(cell.is_empty(), "a quote inside an unquoted cell");
                quoted = true;
            }
            (false, ',') => row.push(std::mem::take(&mut cell)),
            (false, '\r') => {
                assert_eq!(chars.next(), Some('\n'), "rows end with CRLF");
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => panic!("{c:?} outside quotes"),
        }
    }
    assert!(!quoted, "a quote left open");
    assert!(
        cell.is_empty() && row.is_empty(),
        "the last row ends with CRLF"
    );
    rows
}

#[test]
fn csv_reads_back_exactly() {
    let (m, all) = everything();
    let body = csv(&m, &all, &meta()).body;
    let body = body.strip_prefix(BOM).expect("a BOM first");
    assert!(!body.contains(BOM));
    let rows = parse_csv(body);
    assert_eq!(
        rows[0],
        ["Meeting", "Table", "Date", "Step", "Question", "Kind", "Time", "Thought"]
    );
    assert_eq!(rows.len(), 1 + all.len());
    assert_eq!(all.len(), 17);
    for (row, t) in rows[1..].iter().zip(all.live()) {
        assert_eq!(row.len(), 8);
        // Risky cells got an apostrophe; everything else is exactly as typed.
        let risky = t.text.starts_with(['=', '+', '-', '@', '\t', '\r']);
        let shown = if risky {
            format!("'{}", t.text)
        } else {
            t.text.clone()
        };
        assert_eq!(row[7], shown, "{}", t.id);
        assert_eq!(row[0], "Feeling at home");
    }
    let by_text = |text: &str| {
        rows.iter()
            .find(|r| r[7].trim_start_matches('\'') == text)
            .unwrap_or_else(|| panic!("{text:?} is in the file"))
            .clone()
    };
    for text in [EQUALS, PLUS, MINUS, AT, TAB, CR, THEIR_LASTING] {
        assert!(by_text(text)[7].starts_with('\''), "{text:?}");
    }
    assert_eq!(
        by_text(EMOJI),
        [
            "Feeling at home",
            "Table 2",
            "2026-11-25",
            "Thinking time",
            READY_QUESTIONS[0],
            "Thought",
            "14:01",
            EMOJI
        ]
    );
    assert_eq!(
        by_text(OLD)[1],
        "Table 2",
        "the plan's table when none kept"
    );
    assert_eq!(by_text(CR)[1], "Table 3", "filled from their plan");
    assert_eq!(by_text(TAB)[1], "Table 3");
    assert_eq!(by_text(ELSEWHERE)[4], OTHER_QUESTION);
    assert_eq!(by_text(LASTING)[5], "Lasting thought");
    assert_eq!(by_text(LASTING)[3], "Still got some time?");
    assert_eq!(by_text(LASTING_QUOTED)[5], "Lasting thought");
    assert_eq!(by_text(TALK)[4], "");
    assert!(!rows.iter().any(|r| r[7] == "Taken back"));
}

#[test]
fn csv_of_no_thoughts_is_just_the_header() {
    let m = Meeting::new(Plan::default(), "m".into(), T0);
    let file = csv(&m, &ThoughtSet::default(), &meta());
    assert_eq!(
        file.body,
        "\u{FEFF}\"Meeting\",\"Table\",\"Date\",\"Step\",\"Question\",\"Kind\",\"Time\",\"Thought\"\r\n"
    );
    assert_eq!(file.name, "over-a-brew-2026-11-25.csv");
}

#[test]
fn csv_guards_every_cell_not_only_thoughts() {
    let mut m = Meeting::new(plan("@Table"), "m".into(), T0);
    m.plan.theme = "=cmd|' /C calc'!A0".into();
    let mut set = ThoughtSet::default();
    m.update(Msg::Next, T0);
    m.update(Msg::Next, T0);
    m.update(Msg::Next, T0);
    m.plan.questions[0] = "-What now?".into();
    set.add(Thought::new("t".into(), &m, "fine", T0).expect("a good thought"));
    let body = csv(&m, &set, &meta()).body;
    let rows = parse_csv(body.trim_start_matches(BOM));
    assert_eq!(rows[1][0], "'=cmd|' /C calc'!A0");
    assert_eq!(rows[1][1], "'@Table");
    assert_eq!(rows[1][4], "'-What now?");
    assert_eq!(rows[1][7], "fine");
}

// ------------------------------------------------------------ the full record

#[test]
fn a_record_reads_back_as_the_same_meeting_and_thoughts() {
    let (m, all) = everything();
    let file = record(&m, &all, &meta());
    let back = read_record(file.body.as_bytes()).expect("a record");
    assert_eq!(back.saved_at, meta().now);
    assert_eq!(back.thoughts, all);
    // `now` is not saved: the same meeting once restored at the same time.
    assert_eq!(back.meeting.clone().restore(T0), m.clone().restore(T0));
    assert_eq!(encode_meeting(&back.meeting), encode_meeting(&m));
    assert!(back.thoughts.removed.contains("t14"));
    // And again, byte for byte.
    assert_eq!(record(&back.meeting, &back.thoughts, &meta()), file);
}

#[test]
fn a_record_starts_with_its_version_and_kind() {
    let (m, all) = our_meeting();
    let body = record(&m, &all, &meta()).body;
    assert!(
        body.starts_with(
            "{\n  \"schema_version\": \"1\",\n  \"kind\": \"over-a-brew-record\",\n  \"saved_at\": "
        ),
        "{}",
        &body[..120]
    );
}

#[test]
fn a_record_with_a_bom_or_a_numbered_version_still_reads() {
    let (m, all) = our_meeting();
    let body = record(&m, &all, &meta()).body;
    let with_bom = format!("\u{FEFF}{body}");
    assert!(read_record(with_bom.as_bytes()).is_ok());
    let numbered = body.replacen("\"schema_version\": \"1\"", "\"schema_version\": 1", 1);
    assert_ne!(numbered, body);
    assert_eq!(
        read_record(numbered.as_bytes()).map(|r| r.thoughts),
        Ok(all.clone())
    );
    // Keys in another order (say tidied by hand) are fine too.
    let value: serde_json::Value = serde_json::from_str(&body).expect("JSON");
    let compact = serde_json::to_string(&value).expect("JSON");
    assert_eq!(read_record(compact.as_bytes()).map(|r| r.thoughts), Ok(all));
}

#[test]
fn too_big_is_refused_before_it_is_read() {
    // Not text and not JSON: only the size check can say TooBig.
    let big = vec![0xFF_u8; MAX_IMPORT_BYTES + 1];
    assert_eq!(
        read_record(&big),
        Err(ImportProblem::TooBig {
            bytes: MAX_IMPORT_BYTES + 1
        })
    );
    assert_eq!(
        read_record(&big[..MAX_IMPORT_BYTES]),
        Err(ImportProblem::NotText)
    );
    // A good record of exactly 5 MB is read.
    let (m, all) = our_meeting();
    let mut body = record(&m, &all, &meta()).body;
    body.push_str(&" ".repeat(MAX_IMPORT_BYTES - body.len()));
    assert_eq!(body.len(), MAX_IMPORT_BYTES);
    assert!(read_record(body.as_bytes()).is_ok());
    body.push(' ');
    assert_eq!(
        read_record(body.as_bytes()),
        Err(ImportProblem::TooBig {
            bytes: MAX_IMPORT_BYTES + 1
        })
    );
}

#[test]
fn files_that_are_not_records_are_refused() {
    let (m, all) = our_meeting();
    let good = record(&m, &all, &meta()).body;
    let cases: Vec<(Vec<u8>, ImportProblem)> = vec![
        (vec![0xFF, 0xFE, 0x00, 0x7B], ImportProblem::NotText),
        (
            b"{\"kind\":\"over-a-brew-record\xC3\x28\"}".to_vec(),
            ImportProblem::NotText,
        ),
        (Vec::new(), ImportProblem::NotJson),
        (b"hello".to_vec(), ImportProblem::NotJson),
        (
            good.as_bytes()[..good.len() / 2].to_vec(),
            ImportProblem::NotJson,
        ),
        (
            csv(&m, &all, &meta()).body.into_bytes(),
            ImportProblem::NotJson,
        ),
        (b"[1, 2]".to_vec(), ImportProblem::NotARecord),
        (
            b"\"over-a-brew-record\"".to_vec(),
            ImportProblem::NotARecord,
        ),
        (b"null".to_vec(), ImportProblem::NotARecord),
        (b"{}".to_vec(), ImportProblem::NotARecord),
        // The right kind and version, the wrong shape.
        (
            br#"{"schema_version":"1","kind":"over-a-brew-record"}"#.to_vec(),
            ImportProblem::NotARecord,
        ),
        (
            good.replacen("\"saved_at\": ", "\"saved_at\": \"x", 1)
                .replacen(",\n  \"meeting\"", "\",\n  \"meeting\"", 1)
                .into_bytes(),
            ImportProblem::NotARecord,
        ),
        // A wrong kind, or none (the quick copy of the thoughts, say).
        (
            good.replacen("over-a-brew-record", "over-a-brew-notes", 1)
                .into_bytes(),
            ImportProblem::NotARecord,
        ),
        (
            include_bytes!("fixtures/thoughts-v1.json").to_vec(),
            ImportProblem::NotARecord,
        ),
        (
            include_bytes!("fixtures/meeting-v1.json").to_vec(),
            ImportProblem::NotARecord,
        ),
        // Odd versions.
        (
            good.replacen("\"schema_version\": \"1\"", "\"schema_version\": \"0\"", 1)
                .into_bytes(),
            ImportProblem::NotARecord,
        ),
        (
            good.replacen("\"schema_version\": \"1\"", "\"schema_version\": \"v1\"", 1)
                .into_bytes(),
            ImportProblem::NotARecord,
        ),
        (
            good.replacen("\"schema_version\": \"1\",", "", 1)
                .into_bytes(),
            ImportProblem::NotARecord,
        ),
        // A newer app's record: the kind is checked first.
        (
            good.replacen("\"schema_version\": \"1\"", "\"schema_version\": \"2\"", 1)
                .into_bytes(),
            ImportProblem::Newer(2),
        ),
        (
            br#"{"schema_version":17,"kind":"over-a-brew-record","what":"new"}"#.to_vec(),
            ImportProblem::Newer(17),
        ),
        (
            br#"{"schema_version":"2","kind":"something-else"}"#.to_vec(),
            ImportProblem::NotARecord,
        ),
    ];
    for (bytes, want) in cases {
        assert_eq!(
            read_record(&bytes),
            Err(want),
            "{:?}",
            String::from_utf8_lossy(&bytes[..bytes.len().min(80)])
        );
    }
}

// ------------------------------------------------------------ bringing in

#[test]
fn bringing_in_keeps_their_tables_and_counts() {
    let (_, ours) = our_meeting();
    let theirs = their_record();
    let (all, report) = bring_in(&ours, &theirs);
    assert_eq!(report.words(), "Added 4 thoughts from Table 3.");
    for t in all.live() {
        let want = if t.meeting == "meeting-3" {
            "Table 3"
        } else if t.id == "t10" {
            ""
        } else {
            "Table 2"
        };
        assert_eq!(t.table, want, "{}", t.id);
    }
    // The same file again adds nothing.
    let (again, report) = bring_in(&all, &theirs);
    assert_eq!(again, all);
    assert_eq!(report.words(), "No new thoughts. 4 were already here.");
    // Our own record brought back in: all here already.
    let (m, _) = our_meeting();
    let own = Record {
        meeting: m,
        thoughts: ours.clone(),
        saved_at: 0,
    };
    let (same, report) = bring_in(&ours, &own);
    assert_eq!(same, ours);
    assert_eq!(
        (report.added, report.already_here, report.from.as_str()),
        (0, 13, "Table 2")
    );
}

#[test]
fn a_record_with_no_table_says_where_it_is_from_by_theme() {
    let mut theirs = their_record();
    theirs.meeting.plan.table = " ".into();
    let (_, report) = bring_in(&ThoughtSet::default(), &theirs);
    assert_eq!(report.from, "Feeling at home");
    assert_eq!(report.added, 4);
    theirs.meeting.plan.theme.clear();
    let (all, report) = bring_in(&ThoughtSet::default(), &theirs);
    assert_eq!(report.words(), "Added 4 thoughts.");
    assert_eq!(all.get("u02").map(|t| t.table.as_str()), Some(""));
}

fn pooled_thought() -> impl Strategy<Value = Thought> {
    (
        0u8..10,
        0i64..4,
        prop_oneof![Just("tea"), Just("=cake"), Just("שלום 👋\n")],
        prop_oneof![Just(""), Just("Table 1"), Just("Table 9")],
        any::<bool>(),
    )
        .prop_map(|(id, minute, text, table, lasting)| Thought {
            id: format!("t{id}"),
            meeting: "m".into(),
            text: text.into(),
            step: if lasting {
                Step::StillTime
            } else {
                Step::Thinking(0)
            },
            question: (!lasting).then(|| "Q?".to_string()),
            question_index: (!lasting).then_some(0),
            kind: if lasting {
                ThoughtKind::Lasting
            } else {
                ThoughtKind::Thought
            },
            minute: minute * MIN,
            table: table.into(),
        })
}

fn any_set() -> impl Strategy<Value = ThoughtSet> {
    (
        proptest::collection::vec(pooled_thought(), 0..8),
        proptest::collection::btree_set((0u8..30).prop_map(|i| format!("t{i}")), 0..3),
    )
        .prop_map(|(thoughts, removed)| {
            ThoughtSet {
                thoughts,
                removed: removed.into_iter().collect(),
            }
            .normalized()
        })
}

fn any_record() -> impl Strategy<Value = Record> {
    (
        any_set(),
        prop_oneof![Just(""), Just("Table 3"), Just("Table 4")],
    )
        .prop_map(|(thoughts, table)| Record {
            meeting: Meeting::new(plan(table), "other".into(), T0),
            thoughts,
            saved_at: T0,
        })
}

fn ids(set: &ThoughtSet) -> BTreeSet<String> {
    set.live().iter().map(|t| t.id.clone()).collect()
}

/// The ids taken back, as a standard set (the tests' own oracle).
fn taken_back(set: &ThoughtSet) -> BTreeSet<String> {
    set.removed.iter().cloned().collect()
}

proptest! {
    #[test]
    fn bringing_in_twice_changes_nothing(ours in any_set(), theirs in any_record()) {
        let (once, first) = bring_in(&ours, &theirs);
        let (twice, second) = bring_in(&once, &theirs);
        prop_assert_eq!(&twice, &once);
        prop_assert_eq!(second.added, 0);
        prop_assert_eq!(second.already_here, ids(&theirs.thoughts).difference(&taken_back(&once)).count());
        prop_assert!(first.added <= theirs.thoughts.len());
    }

    #[test]
    fn the_order_files_come_in_does_not_matter(
        ours in any_set(),
        a in any_record(),
        b in any_record(),
    ) {
        let ab = bring_in(&bring_in(&ours, &a).0, &b).0;
        let ba = bring_in(&bring_in(&ours, &b).0, &a).0;
        prop_assert_eq!(ab, ba);
    }

    #[test]
    fn no_thought_is_lost(ours in any_set(), theirs in any_record()) {
        let (all, report) = bring_in(&ours, &theirs);
        let removed: BTreeSet<String> = taken_back(&ours).union(&taken_back(&theirs.thoughts)).cloned().collect();
        let want: BTreeSet<String> = ids(&ours)
            .union(&ids(&theirs.thoughts))
            .filter(|id| !removed.contains(*id))
            .cloned()
            .collect();
        prop_assert_eq!(ids(&all), want);
        prop_assert_eq!(all.len(), all.live().len());
        // The counts add up.
        let kept_of_ours = ids(&ours).difference(&taken_back(&theirs.thoughts)).count();
        prop_assert_eq!(all.len(), kept_of_ours + report.added);
        // Every thought is one of the copies brought together, its table
        // filled from their plan only where it had none.
        let their_table = theirs.meeting.plan.table.trim();
        for t in all.live() {
            let from_ours = ours.get(&t.id) == Some(t);
            let from_theirs = theirs.thoughts.get(&t.id).is_some_and(|x| {
                let mut x = x.clone();
                if x.table.is_empty() {
                    x.table = their_table.to_string();
                }
                &x == t
            });
            prop_assert!(from_ours || from_theirs, "{:?}", t);
        }
    }
}

// ------------------------------------------------------------ the summary

#[test]
fn the_summary_gathers_each_question() {
    let (m, all) = everything();
    let s = summary(&m, &all, &meta());
    assert_eq!(s.title, "Feeling at home");
    assert_eq!(s.date, "Wednesday 25 November 2026");
    assert_eq!(s.tables, ["Table 2", "Table 3"]);
    let questions: Vec<&str> = s.questions.iter().map(|(q, _)| q.as_str()).collect();
    assert_eq!(
        questions,
        [READY_QUESTIONS[0], READY_QUESTIONS[1], OTHER_QUESTION]
    );
    assert_eq!(
        s.questions[0].1,
        [TAB, EMOJI, QUOTES, EQUALS, PLUS, MINUS, AT, ARABIC, HEBREW, CR]
    );
    assert_eq!(s.questions[1].1, [MARKUP, OLD]);
    assert_eq!(s.questions[2].1, [ELSEWHERE]);
    assert_eq!(s.other_thoughts, [TALK]);
    assert_eq!(s.lasting, [LASTING, THEIR_LASTING, LASTING_QUOTED]);
    assert_eq!(s.turns_taken, 5);
    assert_eq!(s.turns_passed, 1);
    assert_eq!(s.opening, "Come as you are.\nSit where you like.");
    assert!(!s.questions_together);
    let steps: Vec<(&str, &str)> = s
        .step_times
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    assert_eq!(
        steps,
        [
            ("Grab a brew", "1 minute"),                   // 41 s
            ("Who will keep time?", "less than a minute"), // 25 s
            ("How we talk together", "2 minutes"),         // 93 s
            ("Thinking time, question 1", "1 minute"),     // 67 s
            ("Have your say, question 1", "6 minutes"),    // 374 s
            ("Thinking time, question 2", "1 minute"),     // 65 s
            ("Have your say, question 2", "7 minutes"),    // 435 s
            ("Talk about what you heard", "11 minutes"),   // 600 s + 60 s
            ("Still got some time?", "4 minutes"),         // 60 s + 180 s so far
        ]
    );
}

#[test]
fn time_on_thank_you_is_not_counted_and_one_question_has_no_number() {
    let mut m = Meeting::new(Plan::default(), "m".into(), T0);
    let mut now = T0;
    while m.step != Step::Thanks {
        now += 2 * MIN;
        m.update(Msg::Next, now);
    }
    let late = Meta {
        now: now + 600 * MIN,
        offset_minutes: 0,
    };
    let s = summary(&m, &ThoughtSet::default(), &late);
    assert_eq!(s.title, "Over a Brew");
    assert!(s.tables.is_empty());
    assert_eq!(s.questions, [(READY_QUESTIONS[0].to_string(), Vec::new())]);
    let steps: Vec<&str> = s.step_times.iter().map(|(a, _)| a.as_str()).collect();
    assert_eq!(
        steps,
        [
            "Grab a brew",
            "Who will keep time?",
            "How we talk together",
            "Thinking time",
            "Have your say",
            "Talk about what you heard",
            "Still got some time?",
        ]
    );
    assert!(s.step_times.iter().all(|(_, t)| t == "2 minutes"));
    let md = markdown(&s, &m, &late).body;
    assert!(md.starts_with("# Over a Brew\n\nWednesday 25 November 2026\n\n## Questions\n\n### What do you value about the Over a Brew approach?\n\nNo thoughts were written down.\n"), "{md}");
    assert!(md.contains("\nNo turns were taken. That is fine too.\n"));
}

/// The default meeting asks two questions together: one thinking time, one
/// round of turns; its thoughts are about them all.
#[test]
fn questions_asked_together_keep_their_thoughts_together() {
    let plan = Plan {
        questions: READY_QUESTIONS[..2].iter().map(|q| q.to_string()).collect(),
        people: 2,
        ..Plan::default()
    };
    let mut m = Meeting::new(plan, "m".into(), T0);
    let mut set = ThoughtSet::default();
    for _ in 0..3 {
        m.update(Msg::Next, T0 + MIN);
    }
    write(&m, &mut set, "a", "About both", T0 + 2 * MIN);
    m.update(Msg::Next, T0 + 3 * MIN);
    m.update(Msg::Start, T0 + 3 * MIN);
    m.update(Msg::Pass, T0 + 4 * MIN);
    m.update(Msg::NextPerson, T0 + 5 * MIN);
    let s = summary(&m, &set, &meta());
    assert!(s.questions_together);
    assert!(s.questions.iter().all(|(_, t)| t.is_empty()));
    assert_eq!(s.other_thoughts, ["About both"]);
    assert_eq!((s.turns_taken, s.turns_passed), (1, 1));
    let steps: Vec<&str> = s.step_times.iter().map(|(a, _)| a.as_str()).collect();
    assert_eq!(steps[3..], ["Thinking time", "Have your say"]);
    let md = markdown(&s, &m, &meta()).body;
    let want = format!(
        "## Questions\n\n### Question 1: {}\n\n### Question 2: {}\n\n## Thoughts\n\n- About both\n",
        READY_QUESTIONS[0], READY_QUESTIONS[1]
    );
    assert!(md.contains(&want), "{md}");
    assert!(
        md.contains("\n1 turn was taken.\n\n1 turn was passed.\n"),
        "{md}"
    );
}

/// The printable summary draws the same blocks the text file writes: the
/// same things, in the same order.
#[test]
fn the_printable_summary_and_the_text_file_say_the_same_in_the_same_order() {
    use over_a_brew::export::summary::{blocks, thought_item, Block};
    let (m, all) = everything();
    let s = summary(&m, &all, &meta());
    let md = markdown(&s, &m, &meta()).body;
    let b = blocks(&s);
    assert!(matches!(b.first(), Some(Block::Title(t)) if t == "Feeling at home"));
    // Every heading and line of the blocks is in the file, in order.
    let mut from = 0;
    for block in &b {
        let want = match block {
            Block::Title(t) => format!("# {t}\n"),
            Block::Heading(t) => format!("## {t}\n"),
            Block::Subheading(t) => format!("### {t}\n"),
            Block::Line(t) => format!("{t}\n"),
            Block::Verse(lines) => lines[0].clone(),
            Block::List(items) => {
                let item = thought_item(&items[0]);
                format!("- {}", item.lines().next().unwrap_or_default())
            }
        };
        let at = md[from..].find(&want).map(|i| i + from);
        assert!(at.is_some(), "{want:?} not found in order in\n{md}");
        from = at.unwrap_or(from) + 1;
    }
    // The opening words and the passes are in it.
    assert!(b.contains(&Block::Heading("Opening words".into())));
    assert!(b.contains(&Block::Line("1 turn was passed.".into())));
}

#[test]
fn a_clock_that_went_backwards_counts_no_time() {
    let m = Meeting::new(Plan::default(), "m".into(), T0);
    let before = Meta {
        now: T0 - 10 * MIN,
        offset_minutes: 0,
    };
    let s = summary(&m, &ThoughtSet::default(), &before);
    assert_eq!(
        s.step_times,
        [("Grab a brew".to_string(), "less than a minute".to_string())]
    );
}

#[test]
fn files_are_plain_values() {
    // A File is what the browser part needs, nothing more.
    let f = File {
        name: "x.csv".into(),
        mime: "text/csv;charset=utf-8",
        body: String::new(),
    };
    assert_eq!(f.clone(), f);
}
