//! Reading and writing the saved format without serde. Pure: no browser.
//!
//! This is the one reader and the one writer of the saved format (the
//! meeting's place, the quick copy of the thoughts, one durable thought):
//! a small parser into [`Json`], one plain function per saved type, and
//! writers. `serde_json` with derived impls cost about 30 KB of the table
//! app's gzipped wasm, so the app does not use them for saving. The serde
//! derives stay on the types only as a test oracle: `json/tests.rs` checks
//! this module against them (the same values and the same kind of problem
//! for the fixtures and thousands of damaged variants, identical bytes for
//! random values).
//!
//! It accepts exactly what the serde path accepted, with two exceptions,
//! neither ever written by this app: serde also read a struct written as a
//! JSON array of its fields (`"turns":[5,3,true]`) and a tagged enum written
//! as an array; and a number beyond `f64::MAX` by less than half a unit in
//! the last place counts here as out of range. The line and column in the
//! "not JSON" reason (for logs only) may differ by one.
//!
//! Like serde's derive, an object's fields are read in key order, unknown
//! fields are ignored, the last of two equal keys wins, and a missing field
//! is reported by name ("missing field `x`").

use crate::meeting::thought::{Thought, ThoughtKind};
use crate::meeting::thoughts::IdSet;
use crate::meeting::{Countdown, Meeting, Ms, Place, Plan, Step, StepTime, Turns};

/// Why a saved value could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bad {
    /// Not JSON: it stops in the middle.
    Eof,
    /// Not JSON: something wrong at this byte.
    Syntax(usize),
    /// JSON, but this field is missing.
    Missing(&'static str),
    /// JSON, but not the shape of a saved value.
    Shape,
}

type R<T> = Result<T, Bad>;

/// A parsed JSON value. Numbers keep only what the saved format needs:
/// integers that serde_json held as `u64` or `i64`; every other number is
/// `Float`. Objects are sorted by key with one entry per key, like
/// serde_json's `Map`.
#[derive(Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Int(i128),
    Float,
    Str(String),
    Arr(Vec<Json>),
    Obj(Vec<(String, Json)>),
}

/// Parse a whole JSON text (whitespace around it allowed).
pub fn parse(text: &str) -> R<Json> {
    let mut p = Parser {
        s: text,
        b: text.as_bytes(),
        i: 0,
        depth: 0,
    };
    let v = p.value()?;
    p.ws();
    if p.i < p.b.len() {
        return Err(Bad::Syntax(p.i));
    }
    Ok(v)
}

struct Parser<'a> {
    s: &'a str,
    b: &'a [u8],
    i: usize,
    depth: u32,
}

/// serde_json stops at 128 arrays or objects inside one another.
const MAX_DEPTH: u32 = 127;

impl<'a> Parser<'a> {
    fn ws(&mut self) {
        while let Some(b' ' | b'\n' | b'\t' | b'\r') = self.b.get(self.i) {
            self.i += 1;
        }
    }

    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    /// The next byte, which must be there.
    fn next(&mut self) -> R<u8> {
        let c = self.peek().ok_or(Bad::Eof)?;
        self.i += 1;
        Ok(c)
    }

    fn syntax<T>(&self) -> R<T> {
        Err(Bad::Syntax(self.i))
    }

    fn value(&mut self) -> R<Json> {
        self.ws();
        match self.peek().ok_or(Bad::Eof)? {
            b'n' => self.word("null", Json::Null),
            b't' => self.word("true", Json::Bool(true)),
            b'f' => self.word("false", Json::Bool(false)),
            b'"' => {
                self.i += 1;
                self.string().map(Json::Str)
            }
            b'-' | b'0'..=b'9' => self.number(),
            b'[' => self.nested(Self::array),
            b'{' => self.nested(Self::object),
            _ => self.syntax(),
        }
    }

    fn word(&mut self, word: &str, v: Json) -> R<Json> {
        for &w in word.as_bytes() {
            if self.next()? != w {
                return Err(Bad::Syntax(self.i - 1));
            }
        }
        Ok(v)
    }

    fn nested(&mut self, f: fn(&mut Self) -> R<Json>) -> R<Json> {
        if self.depth == MAX_DEPTH {
            return self.syntax();
        }
        self.depth += 1;
        self.i += 1;
        let v = f(self);
        self.depth -= 1;
        v
    }

    fn array(&mut self) -> R<Json> {
        let mut items = Vec::new();
        self.ws();
        if self.peek() == Some(b']') {
            self.i += 1;
            return Ok(Json::Arr(items));
        }
        loop {
            items.push(self.value()?);
            self.ws();
            match self.next()? {
                b',' => {}
                b']' => return Ok(Json::Arr(items)),
                _ => return Err(Bad::Syntax(self.i - 1)),
            }
        }
    }

    fn object(&mut self) -> R<Json> {
        let mut fields: Vec<(String, Json)> = Vec::new();
        self.ws();
        if self.peek() == Some(b'}') {
            self.i += 1;
            return Ok(Json::Obj(fields));
        }
        loop {
            self.ws();
            if self.next()? != b'"' {
                return Err(Bad::Syntax(self.i - 1));
            }
            let key = self.string()?;
            self.ws();
            if self.next()? != b':' {
                return Err(Bad::Syntax(self.i - 1));
            }
            let v = self.value()?;
            match fields.binary_search_by(|(k, _)| k.as_str().cmp(&key)) {
                Ok(at) => fields[at].1 = v,
                Err(at) => fields.insert(at, (key, v)),
            }
            self.ws();
            match self.next()? {
                b',' => {}
                b'}' => return Ok(Json::Obj(fields)),
                _ => return Err(Bad::Syntax(self.i - 1)),
            }
        }
    }

    /// `text[start..end]`; `get` rather than indexing, so that no panic
    /// message code comes along (the ends are always at ASCII bytes).
    fn text(&self, start: usize, end: usize) -> R<&'a str> {
        self.s.get(start..end).ok_or(Bad::Syntax(start))
    }

    /// The rest of a string, after its opening quote.
    fn string(&mut self) -> R<String> {
        let mut out = String::new();
        let mut start = self.i;
        loop {
            let c = self.next()?;
            match c {
                b'"' => {
                    out.push_str(self.text(start, self.i - 1)?);
                    return Ok(out);
                }
                b'\\' => {
                    out.push_str(self.text(start, self.i - 1)?);
                    let e = self.next()?;
                    match e {
                        b'"' | b'\\' | b'/' => out.push(e as char),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => out.push(self.escaped_char()?),
                        _ => return Err(Bad::Syntax(self.i - 1)),
                    }
                    start = self.i;
                }
                0..=0x1f => return Err(Bad::Syntax(self.i - 1)),
                _ => {}
            }
        }
    }

    /// `\uXXXX` (after the `u`), or a surrogate pair `\uD83D\uDE00`.
    fn escaped_char(&mut self) -> R<char> {
        let hi = self.hex4()?;
        let code = if (0xD800..0xDC00).contains(&hi) {
            if self.next()? != b'\\' || self.next()? != b'u' {
                return Err(Bad::Syntax(self.i - 1));
            }
            let lo = self.hex4()?;
            if !(0xDC00..0xE000).contains(&lo) {
                return Err(Bad::Syntax(self.i - 1));
            }
            0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
        } else {
            hi
        };
        char::from_u32(code).ok_or(Bad::Syntax(self.i - 1))
    }

    fn hex4(&mut self) -> R<u32> {
        let mut n = 0;
        for _ in 0..4 {
            let d = (self.next()? as char)
                .to_digit(16)
                .ok_or(Bad::Syntax(self.i - 1))?;
            n = n * 16 + d;
        }
        Ok(n)
    }

    /// The digits from here on; at least one.
    fn digits(&mut self) -> R<&'a [u8]> {
        let (b, start) = (self.b, self.i);
        while let Some(b'0'..=b'9') = self.peek() {
            self.i += 1;
        }
        if self.i == start {
            return self.syntax();
        }
        Ok(&b[start..self.i])
    }

    fn number(&mut self) -> R<Json> {
        let negative = self.peek() == Some(b'-');
        if negative {
            self.i += 1;
        }
        let int = self.digits()?;
        if int.len() > 1 && int[0] == b'0' {
            return Err(Bad::Syntax(self.i - int.len() + 1));
        }
        let mut frac: &[u8] = &[];
        let mut exp: i64 = 0;
        let mut float = false;
        if self.peek() == Some(b'.') {
            self.i += 1;
            frac = self.digits()?;
            float = true;
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.i += 1;
            let minus = self.peek() == Some(b'-');
            if let Some(b'-' | b'+') = self.peek() {
                self.i += 1;
            }
            for &d in self.digits()? {
                exp = (exp * 10 + i64::from(d - b'0')).min(1 << 40);
            }
            if minus {
                exp = -exp;
            }
            float = true;
        }
        // Whole numbers that fit u64 (or i64 when negative, but not -0)
        // are integers, as in serde_json; everything else is a float.
        if !float && int.len() <= 20 {
            let n = int.iter().fold(0i128, |n, d| n * 10 + i128::from(d - b'0'));
            if !negative && n <= i128::from(u64::MAX) {
                return Ok(Json::Int(n));
            }
            if negative && n != 0 && n <= 1i128 << 63 {
                return Ok(Json::Int(-n));
            }
        }
        if too_big(int, frac, exp) {
            return self.syntax();
        }
        Ok(Json::Float)
    }
}

/// Whether `int.frac × 10^exp` is beyond `f64::MAX` (serde_json refuses
/// those as "number out of range").
fn too_big(int: &[u8], frac: &[u8], exp: i64) -> bool {
    let digits: Vec<u8> = int.iter().chain(frac).copied().collect();
    let Some(first) = digits.iter().position(|&d| d != b'0') else {
        return false;
    };
    let last = digits.iter().rposition(|&d| d != b'0').unwrap_or(first);
    // The value is 0.d1d2... × 10^magnitude, with d1 not zero.
    let magnitude = int.len() as i64 - first as i64 + exp;
    match magnitude {
        ..=308 => false,
        // f64::MAX is 1.7976931348623157e308; from about halfway to the
        // next step (1.7976931348623158e308) a number rounds to infinity.
        309 => digits[first..=last] >= b"17976931348623158"[..],
        _ => true,
    }
}

// ---------------------------------------------------------------- reading

fn obj(v: &Json) -> R<&[(String, Json)]> {
    match v {
        Json::Obj(fields) => Ok(fields),
        _ => Err(Bad::Shape),
    }
}

fn get<'a>(fields: &'a [(String, Json)], key: &str) -> Option<&'a Json> {
    fields.iter().find(|(k, _)| k == key).map(|(_, v)| v)
}

fn need<'a>(v: Option<&'a Json>, field: &'static str) -> R<&'a Json> {
    v.ok_or(Bad::Missing(field))
}

fn int<T: TryFrom<i128>>(v: &Json) -> R<T> {
    match v {
        Json::Int(n) => T::try_from(*n).map_err(|_| Bad::Shape),
        _ => Err(Bad::Shape),
    }
}

fn boolean(v: &Json) -> R<bool> {
    match v {
        Json::Bool(b) => Ok(*b),
        _ => Err(Bad::Shape),
    }
}

fn string(v: &Json) -> R<String> {
    match v {
        Json::Str(s) => Ok(s.clone()),
        _ => Err(Bad::Shape),
    }
}

fn option<T>(v: &Json, f: fn(&Json) -> R<T>) -> R<Option<T>> {
    match v {
        Json::Null => Ok(None),
        v => f(v).map(Some),
    }
}

fn list<T>(v: &Json, f: fn(&Json) -> R<T>) -> R<Vec<T>> {
    match v {
        Json::Arr(items) => items.iter().map(f).collect(),
        _ => Err(Bad::Shape),
    }
}

/// Which of `names` the string `v` is.
fn name(v: &Json, names: &[&str]) -> R<usize> {
    match v {
        Json::Str(s) => names.iter().position(|n| n == s).ok_or(Bad::Shape),
        _ => Err(Bad::Shape),
    }
}

/// The tag of `Countdown`: a name, or (as serde also read it, for this
/// internally tagged enum only) the variant's index.
fn tag(v: &Json, names: &[&str]) -> R<usize> {
    match v {
        Json::Int(n) => usize::try_from(*n)
            .ok()
            .filter(|&i| i < names.len())
            .ok_or(Bad::Shape),
        v => name(v, names),
    }
}

/// The object's fields in key order, each given to `read`, which returns
/// false for a field it does not know. This is how serde's derive reads a
/// struct, so the first problem found is the one serde reported.
fn fields(v: &Json, mut read: impl FnMut(&str, &Json) -> R<()>) -> R<()> {
    for (k, v) in obj(v)? {
        read(k, v)?;
    }
    Ok(())
}

/// `{"schema_version":"1","meeting":{...}}`, without the version check.
pub fn meeting_v1(v: &Json) -> R<Meeting> {
    let mut meeting = None;
    fields(v, |k, v| {
        if k == "meeting" {
            meeting = Some(self::meeting(v)?);
        }
        Ok(())
    })?;
    meeting.ok_or(Bad::Missing("meeting"))
}

pub fn meeting(v: &Json) -> R<Meeting> {
    let (mut id, mut created, mut plan, mut step, mut clock) = (None, None, None, None, None);
    let (mut turns, mut sound, mut turns_taken, mut step_started, mut step_times) =
        (None, None, None, None, None);
    let (mut saved_to_file, mut places, mut revision) = (None, Vec::new(), 0);
    let (mut turns_passed, mut added) = (0, 0);
    fields(v, |k, v| {
        match k {
            "id" => id = Some(string(v)?),
            "created" => created = Some(int::<Ms>(v)?),
            "plan" => plan = Some(self::plan(v)?),
            "step" => step = Some(self::step(v)?),
            "clock" => clock = Some(countdown(v)?),
            "added" => added = int::<Ms>(v)?,
            "turns" => turns = Some(self::turns(v)?),
            "sound" => sound = Some(boolean(v)?),
            "turns_taken" => turns_taken = Some(int::<u32>(v)?),
            "turns_passed" => turns_passed = int::<u32>(v)?,
            "step_started" => step_started = Some(int::<Ms>(v)?),
            "step_times" => step_times = Some(list(v, step_time)?),
            "saved_to_file" => saved_to_file = option(v, int)?,
            "places" => places = list(v, place)?,
            "revision" => revision = int(v)?,
            _ => {}
        }
        Ok(())
    })?;
    let id = id.ok_or(Bad::Missing("id"))?;
    let created = created.ok_or(Bad::Missing("created"))?;
    let plan = plan.ok_or(Bad::Missing("plan"))?;
    let mut m = Meeting::new(plan, id, 0);
    m.created = created;
    m.step = step.ok_or(Bad::Missing("step"))?;
    m.clock = clock.ok_or(Bad::Missing("clock"))?;
    m.added = added;
    m.turns = turns.ok_or(Bad::Missing("turns"))?;
    m.sound = sound.ok_or(Bad::Missing("sound"))?;
    m.turns_taken = turns_taken.ok_or(Bad::Missing("turns_taken"))?;
    m.turns_passed = turns_passed;
    m.step_started = step_started.ok_or(Bad::Missing("step_started"))?;
    m.step_times = step_times.ok_or(Bad::Missing("step_times"))?;
    m.saved_to_file = saved_to_file;
    m.places = places;
    m.revision = revision;
    Ok(m)
}

/// Every field may be missing (`#[serde(default)]`): it keeps its default,
/// except `one_at_a_time`, which a plan saved before it existed did.
fn plan(v: &Json) -> R<Plan> {
    let mut p = Plan {
        one_at_a_time: crate::meeting::plan::saved_before_rounds(),
        ..Plan::default()
    };
    fields(v, |k, v| {
        match k {
            "theme" => p.theme = string(v)?,
            "table" => p.table = string(v)?,
            "questions" => p.questions = list(v, string)?,
            "people" => p.people = int(v)?,
            "thinking" => p.thinking = option(v, int)?,
            "turn" => p.turn = option(v, int)?,
            "talk" => p.talk = option(v, int)?,
            "sound" => p.sound = boolean(v)?,
            "volume" => p.volume = int(v)?,
            "speech" => p.speech = boolean(v)?,
            "show_thoughts" => p.show_thoughts = boolean(v)?,
            "one_at_a_time" => p.one_at_a_time = boolean(v)?,
            "opening" => p.opening = string(v)?,
            "show_digits" => p.show_digits = boolean(v)?,
            _ => {}
        }
        Ok(())
    })?;
    Ok(p)
}

/// `{"step":"thinking","question":0}`; a step without a question may have
/// `"question":null`, nothing else.
pub fn step(v: &Json) -> R<Step> {
    const STEPS: [&str; 8] = [
        "brew",
        "timekeeper",
        "principles",
        "thinking",
        "turns",
        "talk_about",
        "still_time",
        "thanks",
    ];
    let f = obj(v)?;
    let which = name(need(get(f, "step"), "step")?, &STEPS)?;
    let question = get(f, "question");
    if let 3 | 4 = which {
        let q = int(need(question, "question")?)?;
        return Ok(if which == 3 {
            Step::Thinking(q)
        } else {
            Step::Turns(q)
        });
    }
    if question.is_some_and(|q| *q != Json::Null) {
        return Err(Bad::Shape);
    }
    Ok(match which {
        0 => Step::Brew,
        1 => Step::Timekeeper,
        2 => Step::Principles,
        5 => Step::TalkAbout,
        6 => Step::StillTime,
        _ => Step::Thanks,
    })
}

/// `{"state":"running","deadline":..,"cap":..}`; fields that the state
/// does not use are ignored, whatever they hold.
fn countdown(v: &Json) -> R<Countdown> {
    let f = obj(v)?;
    let which = tag(
        need(get(f, "state"), "state")?,
        &["ready", "running", "paused", "off"],
    )?;
    let ms = |field| -> R<Ms> { int(need(get(f, field), field)?) };
    Ok(match which {
        0 => Countdown::Ready {
            length: ms("length")?,
        },
        1 => Countdown::Running {
            deadline: ms("deadline")?,
            cap: ms("cap")?,
        },
        2 => Countdown::Paused { left: ms("left")? },
        _ => Countdown::Off,
    })
}

fn turns(v: &Json) -> R<Turns> {
    let (mut people, mut started, mut speaking) = (None, None, None);
    fields(v, |k, v| {
        match k {
            "people" => people = Some(int(v)?),
            "started" => started = Some(int(v)?),
            "speaking" => speaking = Some(boolean(v)?),
            _ => {}
        }
        Ok(())
    })?;
    Ok(Turns {
        people: people.ok_or(Bad::Missing("people"))?,
        started: started.ok_or(Bad::Missing("started"))?,
        speaking: speaking.ok_or(Bad::Missing("speaking"))?,
    })
}

/// `{"step":{...},"clock":{...},"added":0,"turns":{...}}`: `added` may be
/// missing (0), the other three are needed.
fn place(v: &Json) -> R<Place> {
    let (mut step, mut clock, mut turns, mut added) = (None, None, None, 0);
    fields(v, |k, v| {
        match k {
            "step" => step = Some(self::step(v)?),
            "clock" => clock = Some(countdown(v)?),
            "added" => added = int::<Ms>(v)?,
            "turns" => turns = Some(self::turns(v)?),
            _ => {}
        }
        Ok(())
    })?;
    Ok(Place {
        step: step.ok_or(Bad::Missing("step"))?,
        clock: clock.ok_or(Bad::Missing("clock"))?,
        added,
        turns: turns.ok_or(Bad::Missing("turns"))?,
    })
}

fn step_time(v: &Json) -> R<StepTime> {
    let (mut step, mut ms) = (None, None);
    fields(v, |k, v| {
        match k {
            "step" => step = Some(self::step(v)?),
            "ms" => ms = Some(int(v)?),
            _ => {}
        }
        Ok(())
    })?;
    Ok(StepTime {
        step: step.ok_or(Bad::Missing("step"))?,
        ms: ms.ok_or(Bad::Missing("ms"))?,
    })
}

pub fn thought(v: &Json) -> R<Thought> {
    let (mut id, mut meeting, mut text, mut step, mut minute) = (None, None, None, None, None);
    let (mut question, mut question_index, mut kind) = (None, None, ThoughtKind::default());
    let mut table = String::new();
    fields(v, |k, v| {
        match k {
            "id" => id = Some(string(v)?),
            "meeting" => meeting = Some(string(v)?),
            "text" => text = Some(string(v)?),
            "step" => step = Some(self::step(v)?),
            "question" => question = option(v, string)?,
            "question_index" => question_index = option(v, int)?,
            "kind" => kind = thought_kind(v)?,
            "minute" => minute = Some(int(v)?),
            "table" => table = string(v)?,
            _ => {}
        }
        Ok(())
    })?;
    Ok(Thought {
        id: id.ok_or(Bad::Missing("id"))?,
        meeting: meeting.ok_or(Bad::Missing("meeting"))?,
        text: text.ok_or(Bad::Missing("text"))?,
        step: step.ok_or(Bad::Missing("step"))?,
        question,
        question_index,
        kind,
        minute: minute.ok_or(Bad::Missing("minute"))?,
        table,
    })
}

/// `"thought"` or `"lasting"`; serde also read `{"lasting":null}`.
fn thought_kind(v: &Json) -> R<ThoughtKind> {
    let v = match v {
        Json::Obj(f) if f.len() == 1 && f[0].1 == Json::Null => Json::Str(f[0].0.clone()),
        Json::Obj(_) => return Err(Bad::Shape),
        v => return thought_kind_name(v),
    };
    thought_kind_name(&v)
}

fn thought_kind_name(v: &Json) -> R<ThoughtKind> {
    Ok(match name(v, &["thought", "lasting"])? {
        0 => ThoughtKind::Thought,
        _ => ThoughtKind::Lasting,
    })
}

/// `{"thoughts":[...],"removed":[...]}` (`removed` may be missing).
pub fn thought_set(v: &Json) -> R<(Vec<Thought>, IdSet)> {
    let (mut thoughts, mut removed) = (None, IdSet::default());
    fields(v, |k, v| {
        match k {
            "thoughts" => thoughts = Some(list(v, thought)?),
            "removed" => removed.extend(list(v, string)?),
            _ => {}
        }
        Ok(())
    })?;
    Ok((thoughts.ok_or(Bad::Missing("thoughts"))?, removed))
}

// ---------------------------------------------------------------- writing

/// `{"schema_version":"1","meeting":{...}}`, byte for byte what serde_json
/// wrote for `SavedMeeting::V1`.
pub fn write_meeting_v1(m: &Meeting) -> String {
    let mut o = String::from("{\"schema_version\":\"1\",\"meeting\":");
    write_meeting(&mut o, m);
    o.push('}');
    o
}

/// `{"schema_version":"1","thoughts":[...],"removed":[...]}`.
pub fn write_thoughts_v1(thoughts: &[Thought], removed: &IdSet) -> String {
    let mut o = String::from("{\"schema_version\":\"1\",\"thoughts\":[");
    for (i, t) in thoughts.iter().enumerate() {
        if i > 0 {
            o.push(',');
        }
        o.push('{');
        write_thought_fields(&mut o, t);
        o.push('}');
    }
    o.push_str("],\"removed\":[");
    for (i, id) in removed.iter().enumerate() {
        if i > 0 {
            o.push(',');
        }
        write_str(&mut o, id);
    }
    o.push_str("]}");
    o
}

/// `{"schema_version":"1","id":...,...}`: the thought's fields beside the version.
pub fn write_thought_v1(t: &Thought) -> String {
    let mut o = String::from("{\"schema_version\":\"1\"");
    write_thought_fields(&mut o, t);
    o.push('}');
    o
}

/// A string as serde_json writes it: only `"`, `\` and control characters
/// are escaped.
fn write_str(o: &mut String, s: &str) {
    o.push('"');
    for c in s.chars() {
        match c {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            '\u{8}' => o.push_str("\\b"),
            '\u{c}' => o.push_str("\\f"),
            '\n' => o.push_str("\\n"),
            '\r' => o.push_str("\\r"),
            '\t' => o.push_str("\\t"),
            '\0'..='\u{1f}' => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                let b = c as usize;
                o.push_str("\\u00");
                o.push(char::from(HEX[b >> 4]));
                o.push(char::from(HEX[b & 15]));
            }
            c => o.push(c),
        }
    }
    o.push('"');
}

/// A whole number (`i64`, `u32` or `usize`), as serde_json writes it.
fn write_int(o: &mut String, n: impl std::fmt::Display) {
    use std::fmt::Write;
    let _ = write!(o, "{n}");
}

fn write_bool(o: &mut String, b: bool) {
    o.push_str(if b { "true" } else { "false" });
}

/// `,"key":`, or `"key":` right after an object's `{` (no value ends in `{`).
fn key(o: &mut String, k: &str) {
    if !o.ends_with('{') {
        o.push(',');
    }
    o.push('"');
    o.push_str(k);
    o.push_str("\":");
}

fn write_opt_int(o: &mut String, n: Option<impl std::fmt::Display>) {
    match n {
        Some(n) => write_int(o, n),
        None => o.push_str("null"),
    }
}

fn write_meeting(o: &mut String, m: &Meeting) {
    o.push('{');
    key(o, "id");
    write_str(o, &m.id);
    key(o, "created");
    write_int(o, m.created);
    key(o, "plan");
    write_plan(o, &m.plan);
    key(o, "step");
    write_step(o, m.step);
    key(o, "clock");
    write_countdown(o, m.clock);
    key(o, "added");
    write_int(o, m.added);
    key(o, "turns");
    write_turns(o, &m.turns);
    key(o, "sound");
    write_bool(o, m.sound);
    key(o, "turns_taken");
    write_int(o, m.turns_taken);
    key(o, "turns_passed");
    write_int(o, m.turns_passed);
    key(o, "step_started");
    write_int(o, m.step_started);
    key(o, "step_times");
    o.push('[');
    for (i, t) in m.step_times.iter().enumerate() {
        if i > 0 {
            o.push(',');
        }
        o.push('{');
        key(o, "step");
        write_step(o, t.step);
        key(o, "ms");
        write_int(o, t.ms);
        o.push('}');
    }
    o.push(']');
    key(o, "saved_to_file");
    write_opt_int(o, m.saved_to_file);
    key(o, "places");
    o.push('[');
    for (i, p) in m.places.iter().enumerate() {
        if i > 0 {
            o.push(',');
        }
        o.push('{');
        key(o, "step");
        write_step(o, p.step);
        key(o, "clock");
        write_countdown(o, p.clock);
        key(o, "added");
        write_int(o, p.added);
        key(o, "turns");
        write_turns(o, &p.turns);
        o.push('}');
    }
    o.push(']');
    key(o, "revision");
    write_int(o, m.revision);
    o.push('}');
}

fn write_turns(o: &mut String, t: &Turns) {
    o.push('{');
    key(o, "people");
    write_int(o, t.people);
    key(o, "started");
    write_int(o, t.started);
    key(o, "speaking");
    write_bool(o, t.speaking);
    o.push('}');
}

fn write_plan(o: &mut String, p: &Plan) {
    o.push('{');
    key(o, "theme");
    write_str(o, &p.theme);
    key(o, "table");
    write_str(o, &p.table);
    key(o, "questions");
    o.push('[');
    for (i, q) in p.questions.iter().enumerate() {
        if i > 0 {
            o.push(',');
        }
        write_str(o, q);
    }
    o.push(']');
    key(o, "people");
    write_int(o, p.people);
    key(o, "thinking");
    write_opt_int(o, p.thinking);
    key(o, "turn");
    write_opt_int(o, p.turn);
    key(o, "talk");
    write_opt_int(o, p.talk);
    key(o, "sound");
    write_bool(o, p.sound);
    key(o, "volume");
    write_int(o, p.volume);
    key(o, "speech");
    write_bool(o, p.speech);
    key(o, "show_thoughts");
    write_bool(o, p.show_thoughts);
    key(o, "one_at_a_time");
    write_bool(o, p.one_at_a_time);
    key(o, "opening");
    write_str(o, &p.opening);
    key(o, "show_digits");
    write_bool(o, p.show_digits);
    o.push('}');
}

fn write_step(o: &mut String, s: Step) {
    let (name, question) = match s {
        Step::Brew => ("brew", None),
        Step::Timekeeper => ("timekeeper", None),
        Step::Principles => ("principles", None),
        Step::Thinking(q) => ("thinking", Some(q)),
        Step::Turns(q) => ("turns", Some(q)),
        Step::TalkAbout => ("talk_about", None),
        Step::StillTime => ("still_time", None),
        Step::Thanks => ("thanks", None),
    };
    o.push_str("{\"step\":\"");
    o.push_str(name);
    o.push('"');
    if let Some(q) = question {
        key(o, "question");
        write_int(o, q);
    }
    o.push('}');
}

fn write_countdown(o: &mut String, c: Countdown) {
    let (state, fields): (&str, [(&str, Ms); 2]) = match c {
        Countdown::Ready { length } => ("ready", [("length", length), ("", 0)]),
        Countdown::Running { deadline, cap } => ("running", [("deadline", deadline), ("cap", cap)]),
        Countdown::Paused { left } => ("paused", [("left", left), ("", 0)]),
        Countdown::Off => ("off", [("", 0), ("", 0)]),
    };
    o.push_str("{\"state\":\"");
    o.push_str(state);
    o.push('"');
    for (k, v) in fields {
        if !k.is_empty() {
            key(o, k);
            write_int(o, v);
        }
    }
    o.push('}');
}

fn write_thought_fields(o: &mut String, t: &Thought) {
    key(o, "id");
    write_str(o, &t.id);
    key(o, "meeting");
    write_str(o, &t.meeting);
    key(o, "text");
    write_str(o, &t.text);
    key(o, "step");
    write_step(o, t.step);
    key(o, "question");
    match &t.question {
        Some(q) => write_str(o, q),
        None => o.push_str("null"),
    }
    key(o, "question_index");
    write_opt_int(o, t.question_index);
    key(o, "kind");
    o.push_str(match t.kind {
        ThoughtKind::Thought => "\"thought\"",
        ThoughtKind::Lasting => "\"lasting\"",
    });
    key(o, "minute");
    write_int(o, t.minute);
    // Not written when empty (`skip_serializing_if`), as version 1 wrote it.
    if !t.table.is_empty() {
        key(o, "table");
        write_str(o, &t.table);
    }
}

#[cfg(test)]
mod tests;
