//! How the table screen looks, remembered on this tablet: text size, strong
//! colours, turned round, both sides. One small value in localStorage
//! ("over-a-brew:look"); a value that cannot be read means the standard look.
//! Never panics: without storage the choices last until the page closes.

use crate::store::local;

const KEY: &str = "over-a-brew:look";

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum TextSize {
    #[default]
    Standard,
    Large,
    Largest,
}

impl TextSize {
    pub const ALL: [TextSize; 3] = [TextSize::Standard, TextSize::Large, TextSize::Largest];

    fn code(self) -> char {
        match self {
            TextSize::Standard => 's',
            TextSize::Large => 'l',
            TextSize::Largest => 'x',
        }
    }

    fn from_code(c: char) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == c)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Look {
    pub size: TextSize,
    pub strong: bool,
    /// The whole view turned 180° for the far side of the table.
    pub turned: bool,
    /// The heading and the clock drawn twice, one copy for each side.
    pub both_sides: bool,
}

impl Look {
    /// A short text: the size's letter, then a letter for each choice that is on.
    pub fn encode(&self) -> String {
        let mut out = String::from(self.size.code());
        for (on, c) in [
            (self.strong, 'c'),
            (self.turned, 't'),
            (self.both_sides, 'b'),
        ] {
            if on {
                out.push(c);
            }
        }
        out
    }

    /// Reads what `encode` wrote; anything else is the standard look.
    pub fn decode(raw: &str) -> Look {
        let mut chars = raw.chars();
        let Some(size) = chars.next().and_then(TextSize::from_code) else {
            return Look::default();
        };
        let rest: Vec<char> = chars.collect();
        Look {
            size,
            strong: rest.contains(&'c'),
            turned: rest.contains(&'t'),
            both_sides: rest.contains(&'b'),
        }
    }
}

/// The look kept on this tablet (the standard look if none, or unreadable).
pub fn load() -> Look {
    match local::get(KEY) {
        Ok(Some(raw)) => Look::decode(&raw),
        _ => Look::default(),
    }
}

/// Keep the look on this tablet. A failure is not worth a notice: the look
/// still applies until the page closes.
pub fn save(look: &Look) {
    let _ = local::set(KEY, &look.encode());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_look_comes_back_as_it_was_saved() {
        for size in TextSize::ALL {
            for bits in 0..8u8 {
                let look = Look {
                    size,
                    strong: bits & 1 != 0,
                    turned: bits & 2 != 0,
                    both_sides: bits & 4 != 0,
                };
                assert_eq!(Look::decode(&look.encode()), look);
            }
        }
    }

    #[test]
    fn anything_unreadable_is_the_standard_look() {
        for raw in ["", "?", "{\"size\":2}", "ztb"] {
            assert_eq!(Look::decode(raw), Look::default(), "{raw:?}");
        }
        assert_eq!(Look::default().encode(), "s");
    }
}
