//! Loading a theme: its Tera templates, compiled once, its interface strings
//! in both languages and its static files. The default theme is embedded in
//! the binary; a site's `themes/<name>/` overrides it file by file (a
//! template, a static file, an interface string at a time), and the rest
//! falls back. Everything is checked up front, so that a missing key or a
//! template syntax error is reported with its file and line before anything
//! renders.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use tera::Tera;

use crate::catalogue::Text;
use crate::diag::{Diagnostic, Diagnostics};
use crate::i18n::Lang;
use crate::text;

mod embedded;
mod files;
mod strings;

pub use files::fnv1a;
use files::read_site_files;
pub(crate) use files::{canonical_root, outside_the_site};
use strings::{check_strings, read_strings};

/// A loaded theme.
pub struct Theme {
    /// The compiled templates.
    pub tera: Tera,
    /// Interface strings, indexed by `Lang::index`.
    pub strings: [BTreeMap<String, String>; 2],
    /// The files of the theme's `static/`, by their path there, copied to the
    /// output as they are: the embedded ones and the site's own.
    pub statics: BTreeMap<String, Cow<'static, [u8]>>,
    /// The theme's stylesheets and scripts, also published under fingerprinted names.
    pub assets: Vec<Asset>,
    /// Each template's source and path, to locate render errors.
    sources: BTreeMap<String, (PathBuf, String)>,
}

/// A stylesheet or script of the theme's `static/`, published a second time under
/// a name that carries a hash of its bytes (`style.css` → `style.3f9a…c2.css`), so
/// that pages can link a file that caches forever and changes name when it changes.
#[derive(Debug, Clone)]
pub struct Asset {
    /// Its path under `static/`, e.g. `style.css`.
    pub name: String,
    /// Its fingerprinted path in the output, e.g. `style.0123456789abcdef.css`.
    pub path: String,
    /// Its bytes.
    pub bytes: Vec<u8>,
}

impl Theme {
    /// The interface string `key` in `lang` (present: keys are checked at load).
    pub fn string(&self, lang: Lang, key: &str) -> &str {
        self.strings[lang.index()]
            .get(key)
            .map_or("", String::as_str)
    }

    /// Whether the theme has the template `name`.
    pub fn has_template(&self, name: &str) -> bool {
        self.sources.contains_key(name)
    }

    /// The sources of template `name` and of every template it extends,
    /// includes or imports, by name: what a page rendered with it reads.
    pub fn closure(&self, name: &str) -> BTreeMap<&str, &str> {
        let mut found = BTreeMap::new();
        let mut queue = vec![name.to_string()];
        while let Some(next) = queue.pop() {
            let Some((key, (_, src))) = self.sources.get_key_value(&next) else {
                continue;
            };
            if found.insert(key.as_str(), src.as_str()).is_none() {
                queue.extend(referenced_templates(src));
            }
        }
        found
    }

    /// Turns a Tera render error into a diagnostic naming the template and, where
    /// the error names a variable, the line that uses it.
    pub fn render_error(&self, template: &str, err: &tera::Error) -> Diagnostic {
        let mut messages = Vec::new();
        let mut source: Option<&dyn std::error::Error> = Some(err);
        while let Some(e) = source {
            messages.push(e.to_string());
            source = e.source();
        }
        let detail = messages.last().cloned().unwrap_or_default();
        let variable = detail
            .split('`')
            .nth(1)
            .filter(|_| detail.starts_with("Variable"));
        let failing = messages
            .iter()
            .rev()
            .find_map(|m| {
                m.strip_prefix("Failed to render '")
                    .and_then(|r| r.split('\'').next())
            })
            .unwrap_or(template)
            .to_string();
        let mut names = vec![failing.clone()];
        names.extend(self.sources.keys().filter(|k| **k != failing).cloned());
        for name in &names {
            let Some((path, src)) = self.sources.get(name) else {
                continue;
            };
            if let Some(var) = variable
                && let Some(at) = src.find(var)
            {
                return Diagnostic::error(
                    path,
                    text!("theme-unknown-variable", variable = var, template = name),
                )
                .at_offset(src, at, var.len())
                .with_help(text!("theme-unknown-variable-help"));
            }
        }
        let path = self
            .sources
            .get(&failing)
            .map_or_else(|| PathBuf::from(&failing), |(p, _)| p.clone());
        Diagnostic::error(
            path,
            Text::new("theme-render-failed")
                .arg("template", failing)
                .arg("detail", messages.join(": ")),
        )
    }
}

/// A theme kept from one build to the next (`serve` keeps one while it runs)
/// until its files change; a theme with errors is never kept.
#[derive(Default)]
pub struct Cache(Mutex<Option<(String, Arc<Theme>)>>);

impl Cache {
    /// The theme `name`, loaded now unless it is kept.
    pub fn load(&self, root: &Path, name: &str, diags: &mut Diagnostics) -> Option<Arc<Theme>> {
        let mut kept = self.0.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((kept_name, theme)) = kept.as_ref()
            && kept_name == name
        {
            return Some(Arc::clone(theme));
        }
        let errors = diags.error_count();
        let theme = Arc::new(load(root, name, diags)?);
        if diags.error_count() == errors {
            *kept = Some((name.to_string(), Arc::clone(&theme)));
        }
        Some(theme)
    }

    /// Drops the kept theme: its files changed.
    pub fn forget(&self) {
        *self.0.lock().unwrap_or_else(|e| e.into_inner()) = None;
    }
}

/// Loads the theme `name`: the embedded default theme, overridden file by
/// file by the site's `themes/<name>/` where it has one, reporting every
/// problem. A theme other than the default must have its folder.
pub fn load(root: &Path, name: &str, diags: &mut Diagnostics) -> Option<Theme> {
    let dir = root.join("themes").join(name);
    let own = dir.is_dir();
    if !own && name != embedded::NAME {
        diags.push(
            Diagnostic::error("content/site.yaml", text!("theme-missing", theme = name)).with_help(
                text!("theme-missing-help", theme = name, default = embedded::NAME),
            ),
        );
        return None;
    }
    if own && let Some(diag) = outside_the_site(root, &canonical_root(root), &dir) {
        diags.push(diag.with_help(text!("theme-outside-help", theme = name)));
        return None;
    }
    let mut sources: BTreeMap<String, (PathBuf, String)> = embedded::files("templates")
        .into_iter()
        .map(|(name, bytes)| {
            let path = embedded::path(&format!("templates/{name}"));
            (name, (path, String::from_utf8_lossy(bytes).into_owned()))
        })
        .collect();
    let mut statics: BTreeMap<String, Cow<'static, [u8]>> = embedded::files("static")
        .into_iter()
        .map(|(name, bytes)| (name, Cow::Borrowed(bytes)))
        .collect();
    let before = diags.error_count();
    if own {
        let templates = dir.join("templates");
        sources.extend(read_site_files(
            root,
            &templates,
            text!("theme-a-template"),
            |p| fs::read_to_string(p),
            diags,
        ));
        let files = read_site_files(
            root,
            &dir.join("static"),
            text!("theme-a-file"),
            |p| fs::read(p),
            diags,
        );
        statics.extend(
            files
                .into_iter()
                .map(|(name, (_, bytes))| (name, Cow::Owned(bytes))),
        );
    }
    let unread = diags.error_count();
    let strings =
        Lang::ALL.map(|lang| read_strings(root, own.then_some(dir.as_path()), lang, diags));
    // Keys are checked only against files that could be read: a broken file's
    // error says it all.
    if diags.error_count() == unread {
        check_strings(root, &dir, &sources, &strings, diags);
    }
    let tera = compile(&sources, diags);
    let assets = files::assets(&statics);
    (diags.error_count() == before).then_some(())?;
    Some(Theme {
        tera: tera?,
        strings,
        statics,
        assets,
        sources,
    })
}

/// The names of the templates that `src` extends, includes or imports: the
/// string literals of its `extends`, `include` and `import` tags.
fn referenced_templates(src: &str) -> Vec<String> {
    let mut names = Vec::new();
    for tag in src.split("{%").skip(1) {
        let tag = tag.split("%}").next().unwrap_or("");
        let tag = tag.trim_matches(|c: char| c == '-' || c.is_whitespace());
        let keyword = tag.split_whitespace().next().unwrap_or("");
        if !matches!(keyword, "extends" | "include" | "import") {
            continue;
        }
        let mut rest = &tag[keyword.len()..];
        while let Some(start) = rest.find(['"', '\'']) {
            let quote = rest[start..].chars().next().unwrap_or('"');
            let after = &rest[start + 1..];
            let Some(end) = after.find(quote) else { break };
            names.push(after[..end].to_string());
            rest = &after[end + 1..];
        }
    }
    names
}

/// Compiles every template, each on its own first so that every syntax error is
/// reported, then together to link inheritance.
fn compile(sources: &BTreeMap<String, (PathBuf, String)>, diags: &mut Diagnostics) -> Option<Tera> {
    let mut ok = true;
    for (name, (path, src)) in sources {
        if let Err(err) = tera::Template::new(name, None, src) {
            ok = false;
            diags.push(parse_error(path, src, &err));
        }
    }
    if !ok {
        return None;
    }
    let mut tera = Tera::default();
    tera.autoescape_on(vec![".html", ".xml"]);
    // The five characters that matter, and not `/`, which Tera's default escapes
    // and which would turn every URL into `&#x2F;` soup.
    tera.set_escape_fn(super::escape::xml_escape);
    match tera.add_raw_templates(sources.iter().map(|(n, (_, s))| (n.as_str(), s.as_str()))) {
        Ok(()) => Some(tera),
        Err(err) => {
            let (path, _) = sources.values().next()?;
            let detail = std::error::Error::source(&err)
                .map_or_else(|| err.to_string(), ToString::to_string);
            diags.push(Diagnostic::error(
                path.parent().unwrap_or(path),
                text!("theme-templates-do-not-fit", detail = detail),
            ));
            None
        }
    }
}

/// A syntax error, located from the ` --> line:col` that Tera's message carries.
fn parse_error(path: &Path, src: &str, err: &tera::Error) -> Diagnostic {
    let detail =
        std::error::Error::source(err).map_or_else(|| err.to_string(), ToString::to_string);
    let position = detail.split("--> ").nth(1).and_then(|rest| {
        let (line, rest) = rest.split_once(':')?;
        let col: String = rest.chars().take_while(char::is_ascii_digit).collect();
        Some((
            line.trim().parse::<usize>().ok()?,
            col.parse::<usize>().ok()?,
        ))
    });
    let expected = detail
        .lines()
        .rev()
        .find(|l| l.trim_start().starts_with('='))
        .map(|l| l.trim_start().trim_start_matches('=').trim());
    let message = match expected {
        Some(expected) => text!("theme-syntax-error", detail = expected),
        None => text!("theme-syntax-error", detail = text!("theme-cannot-parse")),
    };
    let diag = Diagnostic::error(path, message).with_help(text!("theme-syntax-error-help"));
    match position {
        Some((line, col)) => diag.at_line_col(src, line, col, 2),
        None => diag,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_templates_a_template_uses() {
        let src = r#"{% extends "base.html" %}{%- include "a.html" -%}{% import 'm.html' as m %}{% include ["b.html", "c.html"] ignore missing %}{% if x %}"#;
        assert_eq!(
            referenced_templates(src),
            ["base.html", "a.html", "m.html", "b.html", "c.html"]
        );
    }

    #[test]
    fn the_embedded_theme_alone_has_every_page_template_and_string() {
        let root = tempfile::tempdir().unwrap();
        let mut diags = Diagnostics::default();
        let theme = load(root.path(), embedded::NAME, &mut diags).expect("the embedded theme");
        assert!(!diags.has_errors(), "{:?}", diags.into_sorted());
        for name in [
            "home.html",
            "section.html",
            "record.html",
            "search.html",
            "404.html",
            "landing.html",
        ] {
            assert!(theme.has_template(name), "{name}");
        }
        assert_eq!(theme.string(Lang::En, "home"), "Home");
        assert!(theme.statics.contains_key("style.css"));
        assert!(load(root.path(), "other", &mut diags).is_none());
    }

    #[test]
    fn locates_syntax_errors() {
        let src = "<p>\n{{ page.title </p>\n";
        let err = tera::Template::new("x.html", None, src).unwrap_err();
        let d = parse_error(Path::new("themes/t/templates/x.html"), src, &err);
        assert_eq!(d.pos.line, 2, "{d:?}");
        assert!(
            d.message
                .render(crate::i18n::Lang::En)
                .starts_with("template syntax error"),
            "{d:?}"
        );
        assert!(
            d.message.render(Lang::Zh).starts_with("模板语法错误："),
            "{d:?}"
        );
        assert_eq!(
            d.help.as_ref().unwrap().render(Lang::En),
            "check that every {{ }}, {% %} and {# #} is closed and every block has its end tag"
        );
        assert_eq!(
            d.help.as_ref().unwrap().render(Lang::Zh),
            "请检查每个{{ }}、{% %}和{# #}是否都已闭合，每个块是否都有结束标签"
        );
    }
}
