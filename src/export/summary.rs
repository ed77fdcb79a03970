//! "Print a summary" and the same summary as a plain text file.
//!
//! In the spirit of the report written after a real Over a Brew meeting:
//! the meeting's name and date, the opening words, each question with what
//! people wrote, the lasting thoughts, how many turns were taken and passed,
//! and how long each step took.
//!
//! [`summary`] gathers it and [`blocks`] puts it in order, in words from
//! `crate::text::files`. The printable page draws those blocks, and
//! [`markdown`] writes the same blocks as a Markdown file that reads well as
//! plain text, so both say the same things in the same order. In that file
//! every thought is shown exactly as typed, never as markup.

use super::{date, file_name, weekday, words, File, Meta};
use crate::meeting::thought::{Thought, ThoughtKind};
use crate::meeting::thoughts::ThoughtSet;
use crate::meeting::{Meeting, Ms, Step};
use crate::text::{self, step_words};
use std::collections::{BTreeMap, BTreeSet};

pub const MIME: &str = "text/markdown;charset=utf-8";

/// What the summary says, ready to draw.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// The meeting's theme, or "Over a Brew" when it has none.
    pub title: String,
    /// The day the meeting started, say "Wednesday 25 November 2026".
    pub date: String,
    /// The host's opening words (a poem or a few lines), trimmed; may be empty.
    pub opening: String,
    /// This tablet's table first, then the tables of thoughts brought in from
    /// other tablets (A to Z). Empty when no table was named.
    pub tables: Vec<String>,
    /// Each question with the texts of its thoughts, in order. The plan's
    /// questions come first (even with no thoughts), then any other
    /// questions of thoughts brought in from other tablets.
    pub questions: Vec<(String, Vec<String>)>,
    /// Thoughts written on a step with no question (say "Talk about what you
    /// heard"), that are not lasting thoughts.
    pub other_thoughts: Vec<String>,
    /// Lasting thoughts ("Still got some time?" and "Thank you").
    pub lasting: Vec<String>,
    /// The questions were asked all together (one thinking time and one
    /// round of turns), so a thought written then is about them all.
    pub questions_together: bool,
    /// Turns taken at this table.
    pub turns_taken: u32,
    /// Turns passed at this table (a number, never who).
    pub turns_passed: u32,
    /// How long each step took, in the order of the meeting, say
    /// `("Have your say", "12 minutes")`.
    pub step_times: Vec<(String, String)>,
}

/// "Wednesday 25 November 2026".
pub fn long_date(ms: Ms, offset_minutes: i32) -> String {
    let (y, m, d) = date(ms, offset_minutes);
    let day = words::DAYS
        .get(weekday(ms, offset_minutes) as usize)
        .copied()
        .unwrap_or("");
    let month = words::MONTHS
        .get((m as usize).saturating_sub(1))
        .copied()
        .unwrap_or("");
    format!("{day} {d} {month} {y}")
}

/// Gather the summary of a meeting.
///
/// Step times: every visit to the same step is added up (going back to a
/// step and on again counts both times). Each question's "Thinking time"
/// and "Have your say" are their own steps when there are several
/// questions. The step the meeting is on counts until `meta.now`, unless it
/// is "Thank you": time on "Thank you" is after the meeting, so it is never
/// counted.
pub fn summary(meeting: &Meeting, thoughts: &ThoughtSet, meta: &Meta) -> Summary {
    let plan = &meeting.plan;
    let thoughts = thoughts.normalized();

    let title = match plan.theme.trim() {
        "" => text::APP_NAME.to_string(),
        theme => theme.to_string(),
    };

    let plan_table = plan.table.trim();
    let mut tables = Vec::new();
    if !plan_table.is_empty() {
        tables.push(plan_table.to_string());
    }
    let others: BTreeSet<&str> = thoughts
        .live()
        .iter()
        .map(|t| t.table.trim())
        .filter(|t| !t.is_empty() && *t != plan_table)
        .collect();
    tables.extend(others.into_iter().map(String::from));

    let mut questions: Vec<(String, Vec<String>)> = plan
        .questions
        .iter()
        .map(|q| (q.trim().to_string(), Vec::new()))
        .collect();
    let mut other_thoughts = Vec::new();
    let mut lasting = Vec::new();
    for t in thoughts.live() {
        if t.kind == ThoughtKind::Lasting {
            lasting.push(t.text.clone());
            continue;
        }
        match question_slot(meeting, &mut questions, t) {
            Some(i) => {
                if let Some((_, texts)) = questions.get_mut(i) {
                    texts.push(t.text.clone());
                }
            }
            None => other_thoughts.push(t.text.clone()),
        }
    }

    Summary {
        title,
        date: long_date(meeting.created, meta.offset_minutes),
        opening: plan.opening.trim().to_string(),
        tables,
        questions,
        other_thoughts,
        lasting,
        questions_together: !plan.one_at_a_time && plan.questions.len() > 1,
        turns_taken: meeting.turns_taken,
        turns_passed: meeting.turns_passed,
        step_times: step_times(meeting, meta),
    }
}

/// Which question a thought answers: its own question number when it was
/// written in this meeting and the words still match, else the first
/// question with the same words, else a new question at the end. `None`
/// when it answers none.
fn question_slot(
    meeting: &Meeting,
    questions: &mut Vec<(String, Vec<String>)>,
    t: &Thought,
) -> Option<usize> {
    let asked = t.question.as_deref().map(str::trim).unwrap_or("");
    if asked.is_empty() {
        return None;
    }
    if let Some(i) = t.question_index {
        let same = questions.get(i).is_some_and(|(q, _)| q == asked);
        if t.meeting == meeting.id && same {
            return Some(i);
        }
    }
    if let Some(i) = questions.iter().position(|(q, _)| q == asked) {
        return Some(i);
    }
    questions.push((asked.to_string(), Vec::new()));
    Some(questions.len() - 1)
}

/// Where a step comes in a meeting.
fn rank(step: Step) -> (u8, usize, u8) {
    match step {
        Step::Brew => (0, 0, 0),
        Step::Timekeeper => (1, 0, 0),
        Step::Principles => (2, 0, 0),
        Step::Thinking(q) => (3, q, 0),
        Step::Turns(q) => (3, q, 1),
        Step::TalkAbout => (4, 0, 0),
        Step::StillTime => (5, 0, 0),
        Step::Thanks => (6, 0, 0),
    }
}

fn step_times(meeting: &Meeting, meta: &Meta) -> Vec<(String, String)> {
    let mut total: BTreeMap<(u8, usize, u8), (Step, Ms)> = BTreeMap::new();
    let now_on = (
        meeting.step,
        meta.now.saturating_sub(meeting.step_started).max(0),
    );
    let visits = meeting.step_times.iter().map(|v| (v.step, v.ms.max(0)));
    for (step, ms) in visits.chain(std::iter::once(now_on)) {
        if step == Step::Thanks {
            continue;
        }
        let entry = total.entry(rank(step)).or_insert((step, 0));
        entry.1 = entry.1.saturating_add(ms);
    }
    let several = meeting.plan.rounds() > 1;
    total
        .into_values()
        .map(|(step, ms)| {
            let heading = step_words(step).heading;
            let name = match step.question() {
                Some(q) if several || q > 0 => words::step_of_question(heading, q),
                _ => heading.to_string(),
            };
            (name, words::duration(ms))
        })
        .collect()
}

/// One part of the summary, in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    /// The meeting's name (the page's one top heading).
    Title(String),
    Heading(String),
    Subheading(String),
    /// A line of words.
    Line(String),
    /// Lines kept as they are (the opening words).
    Verse(Vec<String>),
    /// Thoughts or times, one item each.
    List(Vec<String>),
}

/// The summary in order, ready to draw or write.
pub fn blocks(s: &Summary) -> Vec<Block> {
    let mut out = vec![
        Block::Title(s.title.clone()),
        Block::Line(words::dated(&s.title, &s.date)),
    ];
    if !s.tables.is_empty() {
        out.push(Block::Line(words::tables(&s.tables)));
    }
    if !s.opening.is_empty() {
        out.push(Block::Heading(words::OPENING.to_string()));
        let lines = s.opening.lines().map(|l| l.trim().to_string()).collect();
        out.push(Block::Verse(lines));
    }
    out.push(Block::Heading(words::QUESTIONS.to_string()));
    let several = s.questions.len() > 1;
    for (i, (question, texts)) in s.questions.iter().enumerate() {
        out.push(Block::Subheading(if several {
            words::numbered_question(i, question)
        } else {
            question.clone()
        }));
        // Asked together, thoughts are about them all: they follow below.
        if !texts.is_empty() || !s.questions_together {
            out.push(list(texts));
        }
    }
    if !s.other_thoughts.is_empty() {
        out.push(Block::Heading(
            if s.questions_together {
                words::THOUGHTS
            } else {
                words::OTHER_THOUGHTS
            }
            .to_string(),
        ));
        out.push(list(&s.other_thoughts));
    }
    out.push(Block::Heading(words::LASTING_THOUGHTS.to_string()));
    out.push(list(&s.lasting));
    out.push(Block::Heading(words::HOW_IT_WENT.to_string()));
    out.push(Block::Line(text::thanks::turns_taken(s.turns_taken)));
    out.push(Block::Line(text::thanks::turns_passed(s.turns_passed)));
    if !s.step_times.is_empty() {
        out.push(Block::Subheading(words::HOW_LONG.to_string()));
        out.push(Block::List(
            s.step_times
                .iter()
                .map(|(step, took)| words::step_took(step, took))
                .collect(),
        ));
    }
    out
}

/// Thoughts as a list, or a line saying there were none.
fn list(texts: &[String]) -> Block {
    if texts.is_empty() {
        Block::Line(words::NO_THOUGHTS.to_string())
    } else {
        Block::List(texts.to_vec())
    }
}

/// The summary as a Markdown file (`.md`), which reads well as plain text.
pub fn markdown(s: &Summary, meeting: &Meeting, meta: &Meta) -> File {
    let mut out = String::new();
    for (i, block) in blocks(s).iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        match block {
            Block::Title(t) => out.push_str(&format!("# {}\n", inline(t))),
            Block::Heading(t) => out.push_str(&format!("## {}\n", inline(t))),
            Block::Subheading(t) => out.push_str(&format!("### {}\n", inline(t))),
            Block::Line(t) => out.push_str(&format!("{}\n", inline(t))),
            Block::Verse(lines) => {
                let escaped: Vec<String> = lines.iter().map(|l| escape_line(l)).collect();
                out.push_str(&escaped.join("  \n"));
                out.push('\n');
            }
            Block::List(items) => {
                for t in items {
                    out.push_str("- ");
                    out.push_str(&thought_item(t));
                    out.push('\n');
                }
            }
        }
    }
    File {
        name: file_name(meeting, meta, "md"),
        mime: MIME,
        body: out,
    }
}

/// A thought as the body of a list item: every line escaped; a line break
/// becomes a hard break (two spaces, then the next line indented under the
/// bullet); an empty line starts a new paragraph in the same item.
/// Spaces at the start and end of each line are left out (at the start
/// they would turn the line into code).
pub fn thought_item(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut out = String::new();
    let mut blank = false;
    for l in text.split('\n').map(str::trim) {
        if l.is_empty() {
            blank = !out.is_empty();
            continue;
        }
        if blank {
            out.push_str("\n\n  ");
        } else if !out.is_empty() {
            out.push_str("  \n  ");
        }
        blank = false;
        out.push_str(&escape_line(l));
    }
    out
}

/// One line of text made safe to start a Markdown line, shown as typed.
pub fn escape_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    // A line that starts like a list item, a heading underline or a
    // numbered list ("1. ", "2) ") gets a backslash.
    if line.starts_with(['-', '+', '=']) {
        out.push('\\');
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    let numbered = digits > 0 && matches!(line.as_bytes().get(digits), Some(b'.' | b')'));
    for (i, c) in line.char_indices() {
        if is_special(c) || (numbered && i == digits) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Text for one line (a heading or a name): line breaks become spaces.
fn inline(text: &str) -> String {
    let one_line: String = text
        .trim()
        .chars()
        .map(|c| if c == '\r' || c == '\n' { ' ' } else { c })
        .collect();
    escape_line(&one_line)
}

/// Characters that mean something to Markdown anywhere in a line.
fn is_special(c: char) -> bool {
    matches!(
        c,
        '\\' | '*' | '_' | '#' | '`' | '[' | ']' | '<' | '>' | '|' | '~' | '&'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_escaped() {
        for (raw, want) in [
            ("plain words", "plain words"),
            ("*bold* _it_", r"\*bold\* \_it\_"),
            ("# not a heading", r"\# not a heading"),
            ("`code`", r"\`code\`"),
            ("[link](x)", r"\[link\](x)"),
            ("<b>hi</b>", r"\<b\>hi\</b\>"),
            ("a | b", r"a \| b"),
            ("- not a list", r"\- not a list"),
            ("+ not a list", r"\+ not a list"),
            ("= not a heading line", r"\= not a heading line"),
            ("1. not a list", r"1\. not a list"),
            ("2024) not a list", r"2024\) not a list"),
            ("3.5 cups", r"3\.5 cups"),
            ("tea-cake 1. 2", "tea-cake 1. 2"),
            ("> not a quote", r"\> not a quote"),
            (r"back\slash", r"back\\slash"),
            ("~~gone~~", r"\~\~gone\~\~"),
            ("&amp;", r"\&amp;"),
            ("☕ أهلا", "☕ أهلا"),
        ] {
            assert_eq!(escape_line(raw), want, "{raw:?}");
        }
    }

    #[test]
    fn line_breaks_stay_line_breaks() {
        assert_eq!(thought_item("one\ntwo"), "one  \n  two");
        assert_eq!(thought_item("one\r\ntwo\rthree"), "one  \n  two  \n  three");
        assert_eq!(thought_item("one\n\n\ntwo"), "one\n\n  two");
        assert_eq!(thought_item("one  \n    - two"), "one  \n  \\- two");
        assert_eq!(thought_item("\n\nx\n\n"), "x");
    }

    #[test]
    fn dates_in_words() {
        assert_eq!(
            long_date(1_795_564_800_000, 0),
            "Wednesday 25 November 2026"
        );
        assert_eq!(long_date(1_709_164_800_000, 0), "Thursday 29 February 2024");
        assert_eq!(
            long_date(1_709_164_800_000 - 1, 0),
            "Wednesday 28 February 2024"
        );
        assert_eq!(long_date(0, 0), "Thursday 1 January 1970");
    }
}
