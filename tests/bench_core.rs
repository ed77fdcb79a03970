//! Timings of the meeting core, for `make bench`. Ignored by `cargo test`;
//! they print numbers and assert nothing about speed (that is not a test).

use over_a_brew::meeting::thought::Thought;
use over_a_brew::meeting::thoughts::{merge, ThoughtSet};
use over_a_brew::meeting::{Meeting, Msg, Plan};
use over_a_brew::store::schema;
use std::hint::black_box;
use std::time::Instant;

const T0: i64 = 1_764_000_000_000;

fn per_op(label: &str, n: u32, mut f: impl FnMut(u32)) {
    let start = Instant::now();
    for i in 0..n {
        f(i);
    }
    let ns = start.elapsed().as_nanos() as f64 / f64::from(n);
    println!("bench {label:<44} {ns:>12.0} ns/op ({n} runs)");
}

fn meeting_with_thoughts(n: usize) -> (Meeting, ThoughtSet) {
    let m = Meeting::new(Plan::default(), "m".into(), T0);
    let mut set = ThoughtSet::default();
    for i in 0..n {
        let text = format!("Thought number {i}: tea helps people talk ☕");
        if let Ok(t) = Thought::new(format!("id{i:05}"), &m, &text, T0 + i as i64 * 1000) {
            set.add(t);
        }
    }
    (m, set)
}

#[test]
#[ignore]
fn bench_core() {
    // A tick: what the shell does four times a second while a clock runs.
    let mut m = Meeting::new(Plan::default(), "m".into(), T0);
    for _ in 0..4 {
        m.update(Msg::Next, T0);
    }
    m.update(Msg::Start, T0);
    per_op("tick while a turn runs", 1_000_000, |i| {
        black_box(m.update(Msg::Tick, T0 + i64::from(i % 120_000)));
    });

    // A whole meeting of 6 people, scripted.
    per_op("whole meeting, 6 people, ticks every 250 ms", 50, |_| {
        let mut m = Meeting::new(Plan::default(), "m".into(), T0);
        let mut t = T0;
        for _ in 0..4 {
            m.update(Msg::Next, t);
        }
        m.update(Msg::Start, t);
        for _ in 0..6 {
            for _ in 0..480 {
                t += 250;
                black_box(m.update(Msg::Tick, t));
            }
            m.update(Msg::NextPerson, t);
        }
        black_box(m);
    });

    let (m, _) = meeting_with_thoughts(0);
    per_op("encode + decode the meeting's place", 20_000, |_| {
        let raw = schema::encode_meeting(&m);
        black_box(schema::decode_meeting(&raw).ok());
    });

    let (_, set) = meeting_with_thoughts(500);
    let raw = schema::encode_thoughts(&set);
    println!(
        "bench 500 thoughts saved as                        {:>12} bytes",
        raw.len()
    );
    per_op("decode 500 thoughts", 200, |_| {
        black_box(schema::decode_thoughts(&raw).ok());
    });
    let (_, half) = meeting_with_thoughts(250);
    per_op("merge 500 thoughts with 250 of them", 200, |_| {
        black_box(merge(&set, &half));
    });
}
