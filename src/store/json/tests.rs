//! `store::json` checked against the serde derives it replaced: the same
//! values and problems for fixtures and damaged variants, the same bytes.
use crate::meeting::thought::{Thought, ThoughtKind};
use crate::meeting::thoughts::ThoughtSet;
use crate::meeting::{Countdown, Meeting, Place, Plan, Step, StepTime, Turns};
use crate::store::schema::{
    decode_meeting, decode_thought, decode_thoughts, encode_meeting, encode_thought,
    encode_thoughts, DecodeProblem, SavedMeeting, SavedThought, SavedThoughts, SCHEMA_VERSION,
};
use serde::de::DeserializeOwned;
use serde_json::{json, Value};

const FIXTURES: [&str; 3] = [
    include_str!("../../../tests/fixtures/meeting-v1.json"),
    include_str!("../../../tests/fixtures/thoughts-v1.json"),
    include_str!("../../../tests/fixtures/thought-v1.json"),
];

/// `schema::decode_versioned` as it was with serde.
fn serde_decode<T: DeserializeOwned>(raw: &str) -> Result<T, DecodeProblem> {
    let corrupt = |s: String| DecodeProblem::Corrupt(s);
    let mut value: Value = serde_json::from_str(raw).map_err(|e| {
        if e.is_eof() {
            corrupt("not JSON: cut short".into())
        } else {
            corrupt(format!(
                "not JSON (line {}, column {})",
                e.line(),
                e.column()
            ))
        }
    })?;
    let object = value
        .as_object_mut()
        .ok_or_else(|| corrupt("not a JSON object".into()))?;
    let version = match object.get("schema_version") {
        None => return Err(corrupt("no schema_version".into())),
        Some(Value::Number(n)) => n.as_u64(),
        Some(Value::String(s)) if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) => {
            s.parse::<u64>().ok()
        }
        Some(_) => None,
    }
    .ok_or_else(|| corrupt("schema_version is not a whole number".into()))?;
    if version > SCHEMA_VERSION {
        return Err(DecodeProblem::Newer(version));
    }
    if version == 0 {
        return Err(corrupt("schema_version 0 was never written".into()));
    }
    object.insert("schema_version".into(), Value::String(version.to_string()));
    serde_json::from_value(value).map_err(|e| {
        let msg = e.to_string();
        if msg.starts_with("missing field") {
            corrupt(format!("version {version}: {msg}"))
        } else {
            corrupt(format!("version {version}: wrong shape"))
        }
    })
}

/// What each decoder makes of `raw`, old and new. The line and column of
/// a JSON syntax error are for logs only, and not compared.
fn outcomes(raw: &str) -> (Vec<String>, Vec<String>) {
    let show = |r: Result<String, DecodeProblem>| match r {
        Err(DecodeProblem::Corrupt(why)) if why.starts_with("not JSON (") => {
            "not JSON (..)".to_string()
        }
        r => format!("{r:?}"),
    };
    let old = vec![
        show(
            serde_decode::<SavedMeeting>(raw)
                .map(|SavedMeeting::V1 { meeting }| format!("{meeting:?}")),
        ),
        show(
            serde_decode::<SavedThoughts>(raw)
                .map(|SavedThoughts::V1(s)| format!("{:?}", s.normalized())),
        ),
        show(serde_decode::<SavedThought>(raw).map(|SavedThought::V1(t)| format!("{t:?}"))),
    ];
    let new = vec![
        show(decode_meeting(raw).map(|m| format!("{m:?}"))),
        show(decode_thoughts(raw).map(|s| format!("{s:?}"))),
        show(decode_thought(raw).map(|t| format!("{t:?}"))),
    ];
    (old, new)
}

fn check(raw: &str) {
    let (old, new) = outcomes(raw);
    assert_eq!(old, new, "{raw}");
}

/// For a struct or tagged enum written as an array, which serde also
/// read: now always damaged, and nothing else changes.
fn check_array_form(raw: &str) {
    let (old, new) = outcomes(raw);
    for (o, n) in old.iter().zip(&new) {
        assert!(o == n || n.starts_with("Err(Corrupt("), "{raw}: {o} vs {n}");
    }
}

#[test]
fn fixtures_and_every_cut() {
    for f in FIXTURES {
        check(f);
        for (i, _) in f.char_indices() {
            check(&f[..i]);
        }
    }
}

#[test]
fn every_insertion_and_deletion() {
    const BITS: [&str; 24] = [
        ",",
        "}",
        "]",
        "{",
        "[",
        "\"",
        ":",
        " ",
        "\n",
        "x",
        "null",
        "0",
        "-1",
        "1.5",
        "1e999",
        "[]",
        "{}",
        "\\",
        "\\u0000",
        "\\ud83d",
        "\"a\":1,",
        "\"question\":null,",
        "\u{0}",
        "\u{feff}",
    ];
    for f in FIXTURES {
        let at: Vec<usize> = f.char_indices().map(|(i, _)| i).collect();
        for (n, &i) in at.iter().enumerate() {
            let next = at.get(n + 1).copied().unwrap_or(f.len());
            check(&format!("{}{}", &f[..i], &f[next..]));
            for bit in BITS {
                check(&format!("{}{bit}{}", &f[..i], &f[i..]));
            }
        }
    }
}

/// Every path into a JSON value.
fn paths(v: &Value, here: Vec<String>, out: &mut Vec<Vec<String>>) {
    out.push(here.clone());
    match v {
        Value::Object(m) => {
            for (k, v) in m {
                let mut p = here.clone();
                p.push(k.clone());
                paths(v, p, out);
            }
        }
        Value::Array(a) => {
            for (i, v) in a.iter().enumerate() {
                let mut p = here.clone();
                p.push(i.to_string());
                paths(v, p, out);
            }
        }
        _ => {}
    }
}

fn at<'a>(v: &'a mut Value, path: &[String]) -> &'a mut Value {
    path.iter().fold(v, |v, k| match v {
        Value::Object(m) => m.get_mut(k).unwrap(),
        Value::Array(a) => &mut a[k.parse::<usize>().unwrap()],
        _ => unreachable!(),
    })
}

/// The meeting fixture with the fields added later in version 1: where
/// steps were left, and the revision.
fn with_places() -> String {
    let mut v: Value = serde_json::from_str(FIXTURES[0]).unwrap();
    v["meeting"]["places"] = json!([
        {"step": {"step": "thinking", "question": 0},
         "clock": {"state": "paused", "left": 12000},
         "turns": {"people": 5, "started": 0, "speaking": false}},
        {"step": {"step": "turns", "question": 0},
         "clock": {"state": "running", "deadline": 1764773000000i64, "cap": 120000},
         "turns": {"people": 5, "started": 4, "speaking": true}}
    ]);
    v["meeting"]["revision"] = json!(41);
    v.to_string()
}

#[test]
fn fields_added_later_read_as_serde_read_them() {
    let raw = with_places();
    check(&raw);
    let m = decode_meeting(&raw).unwrap();
    assert_eq!(m.places.len(), 2);
    assert_eq!(m.places[1].turns.started, 4);
    assert_eq!(m.revision, 41);
    // Missing, they are empty and 0, as `#[serde(default)]` makes them.
    let old = decode_meeting(FIXTURES[0]).unwrap();
    assert!(old.places.is_empty());
    assert_eq!(old.revision, 0);
}

#[test]
fn every_value_swapped_or_dropped() {
    let alts = [
        json!(null),
        json!(true),
        json!(false),
        json!(0),
        json!(1),
        json!(-1),
        json!(4294967296u64),
        json!(u64::MAX),
        json!(i64::MIN),
        json!(1.5),
        json!(-0.0),
        json!(""),
        json!("x"),
        json!("1"),
        json!("thinking"),
        json!("lasting"),
        json!({"lasting": null}),
        json!({"thought": 1}),
        json!([]),
        json!(["x"]),
        json!([5, 3, true]),
        json!({}),
        json!({"step": "brew"}),
        json!({"step": "turns", "question": 2}),
        json!({"state": "off"}),
        json!({"state": "paused", "left": 5}),
        json!("Table 9"),
        json!({"state": 1, "deadline": 5, "cap": 6}),
        json!({"step": 4, "question": 1}),
        json!({"step": 8}),
        json!({"step": -1}),
        json!(3),
        json!(7),
    ];
    let with_places = with_places();
    for f in FIXTURES.iter().copied().chain([with_places.as_str()]) {
        let base: Value = serde_json::from_str(f).unwrap();
        let mut all = Vec::new();
        paths(&base, Vec::new(), &mut all);
        for path in all {
            for alt in &alts {
                let mut v = base.clone();
                let here = at(&mut v, &path);
                let array_form = here.is_object() && alt.is_array();
                *here = alt.clone();
                if array_form {
                    check_array_form(&v.to_string());
                } else {
                    check(&v.to_string());
                }
            }
            if let Some((last, parent)) = path.split_last() {
                let mut v = base.clone();
                match at(&mut v, parent) {
                    Value::Object(m) => {
                        m.remove(last);
                    }
                    Value::Array(a) => {
                        a.remove(last.parse::<usize>().unwrap());
                    }
                    _ => unreachable!(),
                }
                check(&v.to_string());
            }
            let mut v = base.clone();
            if let Value::Object(m) = at(&mut v, &path) {
                m.insert("zz_unknown".into(), json!([1, {"a": "b"}]));
                check(&v.to_string());
            }
        }
    }
}

#[test]
fn odd_numbers_strings_and_nesting() {
    let m = FIXTURES[0];
    let numbers = [
        "0",
        "-0",
        "1",
        "-1",
        "1.0",
        "1e2",
        "1E+2",
        "1e-2",
        "4294967295",
        "4294967296",
        "9223372036854775807",
        "9223372036854775808",
        "-9223372036854775808",
        "-9223372036854775809",
        "18446744073709551615",
        "18446744073709551616",
        "123456789012345678901234567890",
        "1e308",
        "1e309",
        "-1e400",
        "0e999",
        "0.0e999",
        "1.7976931348623157e308",
        "17976931348623157e292",
        "1.7976931348623159e308",
        "2e308",
        "0.00000000000000000000001e330",
        "01",
        "-",
        "1.",
        ".1",
        "+1",
        "1e",
        "1e+",
        "00",
        "-01",
        "1.e3",
        "1ee3",
        "0x10",
    ];
    for n in numbers {
        check(&m.replacen("\"turns_taken\":8", &format!("\"turns_taken\":{n}"), 1));
        check(&m.replacen(
            "\"turns_taken\":8",
            &format!("\"turns_taken\":8,\"zz\":{n}"),
            1,
        ));
        check(&m.replacen(
            "\"schema_version\":\"1\"",
            &format!("\"schema_version\":{n}"),
            1,
        ));
    }
    let strings = [
        r#""\u0041""#,
        r#""\ud83d\ude00""#,
        r#""\ud83d""#,
        r#""\ude00""#,
        r#""\ud83dx""#,
        r#""\ud83d\u0041""#,
        r#""\ud83d\ud83d\ude00""#,
        r#""\x""#,
        "\"\t\"",
        r#""\/""#,
        r#""\u00e9""#,
        r#""\u00""#,
        r#""\u00G0""#,
        "\"\u{7f}\"",
        r#""\"""#,
        r#""a\\""#,
    ];
    for s in strings {
        check(&m.replacen("\"Table 2\"", s, 1));
        check(&m.replacen("\"theme\"", &format!("{s}:1,\"theme\""), 1));
    }
    for depth in 120..135 {
        let deep = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
        check(&m.replacen(
            "\"turns_taken\":8",
            &format!("\"turns_taken\":8,\"zz\":{deep}"),
            1,
        ));
        check(&deep);
    }
    for ws in [" ", "\t", "\r\n", "\u{a0}", "\u{c}"] {
        check(&format!("{ws}{m}{ws}"));
    }
    check(&m.replacen("\"plan\":{", "\"plan\":{\"people\":7,\"people\":\"x\",", 1));
    check(&m.replacen("\"plan\":{", "\"plan\":{\"people\":\"x\",\"people\":7,", 1));
}

// ------------------------------------------------------------ writing

/// A small deterministic random source.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn int(&mut self) -> i64 {
        match self.below(4) {
            0 => [i64::MIN, i64::MAX, 0, -1][self.below(4) as usize],
            1 => self.below(1000) as i64 - 500,
            _ => ((self.next() << 31) ^ self.next()) as i64,
        }
    }
    fn text(&mut self) -> String {
        let pool: Vec<char> = (0u32..0x21)
            .filter_map(char::from_u32)
            .chain("\"\\/\u{7f}\u{80}\u{2028}\u{feff}é☕👩\u{200d}ش a{}[]:,".chars())
            .collect();
        (0..self.below(12))
            .map(|_| pool[self.below(pool.len() as u64) as usize])
            .collect()
    }
    fn step(&mut self) -> Step {
        let q = self.below(1 << 20) as usize;
        [
            Step::Brew,
            Step::Timekeeper,
            Step::Principles,
            Step::Thinking(q),
            Step::Turns(q),
            Step::TalkAbout,
            Step::StillTime,
            Step::Thanks,
        ][self.below(8) as usize]
    }
    fn clock(&mut self) -> Countdown {
        match self.below(4) {
            0 => Countdown::Ready { length: self.int() },
            1 => Countdown::Running {
                deadline: self.int(),
                cap: self.int(),
            },
            2 => Countdown::Paused { left: self.int() },
            _ => Countdown::Off,
        }
    }
    fn turns(&mut self) -> Turns {
        Turns {
            people: self.next() as u32,
            started: self.next() as u32,
            speaking: self.below(2) == 0,
        }
    }
    fn opt(&mut self) -> Option<i64> {
        (self.below(3) > 0).then(|| self.int())
    }
    fn thought(&mut self) -> Thought {
        Thought {
            id: self.text(),
            meeting: self.text(),
            text: self.text(),
            step: self.step(),
            question: (self.below(2) == 0).then(|| self.text()),
            question_index: (self.below(2) == 0).then(|| self.below(100) as usize),
            kind: if self.below(2) == 0 {
                ThoughtKind::Thought
            } else {
                ThoughtKind::Lasting
            },
            minute: self.int(),
            table: if self.below(2) == 0 {
                String::new()
            } else {
                self.text()
            },
        }
    }
}

#[test]
fn writing_is_byte_for_byte_what_serde_wrote() {
    let mut r = Rng(7);
    for _ in 0..3000 {
        let plan = Plan {
            theme: r.text(),
            table: r.text(),
            questions: (0..r.below(4)).map(|_| r.text()).collect(),
            people: r.next() as u32,
            thinking: r.opt(),
            turn: r.opt(),
            talk: r.opt(),
            sound: r.below(2) == 0,
            volume: r.next() as u32,
            speech: r.below(2) == 0,
            show_thoughts: r.below(2) == 0,
            one_at_a_time: r.below(2) == 0,
            opening: r.text(),
            show_digits: r.below(2) == 0,
        };
        let mut m = Meeting::new(plan, r.text(), r.int());
        m.step = r.step();
        m.clock = r.clock();
        m.added = r.int();
        m.turns = r.turns();
        m.sound = r.below(2) == 0;
        m.turns_taken = r.next() as u32;
        m.turns_passed = r.next() as u32;
        m.step_started = r.int();
        m.saved_to_file = r.opt();
        m.step_times = (0..r.below(4))
            .map(|_| StepTime {
                step: r.step(),
                ms: r.int(),
            })
            .collect();
        m.places = (0..r.below(4))
            .map(|_| Place {
                step: r.step(),
                clock: r.clock(),
                added: r.int(),
                turns: r.turns(),
            })
            .collect();
        m.revision = match r.below(3) {
            0 => u64::MAX,
            _ => (r.next() << 33) ^ r.next(),
        };
        let saved = encode_meeting(&m);
        let serde = serde_json::to_string(&SavedMeeting::V1 { meeting: m.clone() }).unwrap();
        assert_eq!(saved, serde);
        // `now` is not saved.
        m.now = 0;
        assert_eq!(decode_meeting(&saved), Ok(m));

        let t = r.thought();
        let saved = encode_thought(&t);
        assert_eq!(
            saved,
            serde_json::to_string(&SavedThought::V1(t.clone())).unwrap()
        );
        assert_eq!(decode_thought(&saved), Ok(t));

        let set = ThoughtSet {
            thoughts: (0..r.below(3)).map(|_| r.thought()).collect(),
            removed: (0..r.below(3)).map(|_| r.text()).collect(),
        };
        let saved = encode_thoughts(&set);
        assert_eq!(
            saved,
            serde_json::to_string(&SavedThoughts::V1(set.clone())).unwrap()
        );
    }
    for f in FIXTURES {
        check(f);
    }
    let m = decode_meeting(FIXTURES[0]).unwrap();
    let serde = serde_json::to_string(&SavedMeeting::V1 { meeting: m.clone() }).unwrap();
    assert_eq!(encode_meeting(&m), serde);
}
