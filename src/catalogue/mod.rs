//! The message catalogue: every text the tool says to its user, in Simplified
//! Chinese and English, kept as Fluent files under `locales/<lang>/`.
//!
//! A message travels as a [`Text`] (its id and arguments) and is put into words
//! only when it is shown, in the language the user reads: so one diagnostic
//! prints in Chinese in the terminal and in English in a test, and `serve` and
//! `build` compare equal whatever the language.

use std::borrow::Cow;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use include_dir::{Dir, include_dir};
use serde::{Deserialize, Serialize};

pub use crate::i18n::Lang;

mod choose;

pub use choose::{from_env, from_tag};

/// The catalogue's files, one folder per language, embedded in the binary.
static LOCALES: Dir = include_dir!("$CARGO_MANIFEST_DIR/locales");

/// A message to show: its id in the catalogue and the values it names.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Text {
    id: Cow<'static, str>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    args: Vec<(Cow<'static, str>, Arg)>,
}

/// A value a message names.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Arg {
    /// Shown as it is: a file name, a field, a value the editor wrote.
    Str(String),
    /// A count; English chooses "1 error" or "2 errors" by it.
    Num(u64),
    /// Another message, put into words in the same language.
    Text(Box<Text>),
    /// Names listed in the language's way: `a, b, c` or `a、b、c`.
    List(Vec<String>),
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Str(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Str(s.clone())
    }
}
impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Str(s.to_string())
    }
}
impl From<Cow<'_, str>> for Arg {
    fn from(s: Cow<'_, str>) -> Self {
        Arg::Str(s.into_owned())
    }
}
impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Num(n as u64)
    }
}
impl From<u64> for Arg {
    fn from(n: u64) -> Self {
        Arg::Num(n)
    }
}
impl From<u32> for Arg {
    fn from(n: u32) -> Self {
        Arg::Num(n.into())
    }
}
impl From<Text> for Arg {
    fn from(t: Text) -> Self {
        Arg::Text(Box::new(t))
    }
}
impl From<Vec<String>> for Arg {
    fn from(list: Vec<String>) -> Self {
        Arg::List(list)
    }
}
impl From<&[&str]> for Arg {
    fn from(list: &[&str]) -> Self {
        Arg::List(list.iter().map(|s| s.to_string()).collect())
    }
}
impl From<Vec<&str>> for Arg {
    fn from(list: Vec<&str>) -> Self {
        Arg::List(list.into_iter().map(str::to_string).collect())
    }
}

/// A [`Text`]: `text!("id")` or `text!("id", name = value, …)`, each value
/// anything that converts into an [`Arg`].
#[macro_export]
macro_rules! text {
    ($id:literal $(, $key:ident = $value:expr)* $(,)?) => {
        $crate::catalogue::Text::new($id)
            $(.arg(stringify!($key), $value))*
    };
}

impl Text {
    /// The message `id`, with no values yet.
    pub fn new(id: &'static str) -> Self {
        Text {
            id: Cow::Borrowed(id),
            args: Vec::new(),
        }
    }

    /// Adds the value `key` (in the catalogue, `$key`).
    pub fn arg(mut self, key: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((Cow::Borrowed(key), value.into()));
        self
    }

    /// The message's id.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The value `key`, as the message was given it.
    pub fn get(&self, key: &str) -> Option<&Arg> {
        self.args.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// The message with the values it quotes left out: the kind of problem
    /// it tells, as in "errors like `there is no park …`".
    pub fn shape(&self) -> Text {
        let mut shape = self.clone();
        for (_, value) in &mut shape.args {
            if let Arg::Str(s) = value {
                *s = "…".to_string();
            }
        }
        shape
    }

    /// The message in `lang`. A message missing from the catalogue (which a
    /// test rules out) shows as its id and values rather than nothing.
    pub fn render(&self, lang: Lang) -> String {
        let bundle = bundle(lang);
        let Some(pattern) = bundle.get_message(&self.id).and_then(|m| m.value()) else {
            return format!("{} {:?}", self.id, self.args);
        };
        let mut args = FluentArgs::new();
        for (key, value) in &self.args {
            let value = match value {
                Arg::Str(s) => FluentValue::from(s.as_str()),
                Arg::Num(n) => FluentValue::from(*n),
                Arg::Text(t) => FluentValue::from(t.render(lang)),
                Arg::List(items) => FluentValue::from(items.join(list_separator(lang))),
            };
            args.set(key.as_ref(), value);
        }
        let mut errors = Vec::new();
        bundle
            .format_pattern(pattern, Some(&args), &mut errors)
            .into_owned()
    }

    /// The message as a string that survives `serde::de::Error::custom`, to be
    /// read back by [`Text::decode`] where the error is reported.
    pub fn encode(&self) -> String {
        format!("{MARK}{}", serde_json::to_string(self).unwrap_or_default())
    }

    /// The message that [`Text::encode`] made, if `s` is one.
    pub fn decode(s: &str) -> Option<Text> {
        serde_json::from_str(s.strip_prefix(MARK)?).ok()
    }
}

/// Starts an encoded message: a character no editor's text is reported with.
const MARK: char = '\u{1e}';

/// How a language separates the names of a list.
pub fn list_separator(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "、",
        Lang::En => ", ",
    }
}

/// The catalogue of `lang`, loaded once.
fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    static BUNDLES: [OnceLock<FluentBundle<FluentResource>>; 2] =
        [OnceLock::new(), OnceLock::new()];
    let index = Lang::ALL.iter().position(|&l| l == lang).unwrap_or(0);
    BUNDLES[index].get_or_init(|| {
        let tag = lang.code().parse().expect("a language code is a valid tag");
        let mut bundle = FluentBundle::new_concurrent(vec![tag]);
        // Terminals and HTML show the text as it is; Unicode isolation marks
        // around each value would print as stray characters.
        bundle.set_use_isolating(false);
        for (_, source) in sources(lang) {
            let resource = match FluentResource::try_new(source.to_string()) {
                Ok(r) => r,
                Err((r, _)) => r,
            };
            let _ = bundle.add_resource(resource);
        }
        bundle
    })
}

/// The catalogue files of `lang`: each one's name and text.
pub fn sources(lang: Lang) -> impl Iterator<Item = (&'static str, &'static str)> {
    LOCALES
        .get_dir(lang.code())
        .into_iter()
        .flat_map(|dir| dir.files())
        .filter_map(|f| {
            let name = f.path().file_name()?.to_str()?;
            Some((name, f.contents_utf8()?))
        })
}

#[cfg(test)]
mod tests;
