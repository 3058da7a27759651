//! Every message `init` and its placeholder warnings show, in one place, so
//! that a catalogue in another language can replace them.

use std::path::Path;

/// The prompt for the zone's Chinese name.
pub const ASK_NAME_ZH: &str = "The zone's name in Chinese, e.g. 某某经济技术开发区";
/// The prompt for the zone's English name.
pub const ASK_NAME_EN: &str =
    "The zone's name in English, e.g. Someplace Economic and Technological Development Zone";
/// The prompt for the site's address.
pub const ASK_BASE_URL: &str = "The address the site will be published at";
/// What an empty answer to a name means.
pub const LATER: &str = "Enter: fill it in later";

/// A prompt with its default, as the terminal shows it.
pub fn prompt(question: &str, default: &str) -> String {
    format!("{question} [{default}]: ")
}

/// The folder cannot take a new site: it holds files.
pub fn not_empty(dir: &Path) -> String {
    format!(
        "{} is not empty; `zonesite init` writes a new site only into an empty or new folder, so that it never overwrites a file\n  = help: choose a new folder, e.g. `zonesite init my-zone`",
        dir.display()
    )
}

/// The folder is a file.
pub fn not_a_folder(dir: &Path) -> String {
    format!("{} is a file, not a folder", dir.display())
}

/// A name given on the command line or at the prompt is not one line of text.
pub fn bad_name(what: &str) -> String {
    format!("{what}: a name is one line of text, without control characters")
}

/// The address given is not one a site can be published at.
pub fn bad_base_url(message: &str) -> String {
    format!(
        "--base-url: {message}\n  = help: pass the address the site will be published at, e.g. https://kfq.example.gov.cn/"
    )
}

/// The folder could not be read.
pub fn cannot_read(dir: &Path, err: &std::io::Error) -> String {
    format!("cannot read {}: {err}", dir.display())
}

/// A file could not be written.
pub fn cannot_write(path: &Path, err: &std::io::Error) -> String {
    format!("cannot write {}: {err}", path.display())
}

/// What `init` wrote for the zone `name` (none: left to fill in) and what
/// to do next.
pub fn written(dir: &Path, name: Option<&str>, files: usize) -> String {
    let cd = if dir == Path::new(".") {
        String::new()
    } else {
        format!("cd {} && ", dir.display())
    };
    let site = name.map_or_else(|| "a new site".to_string(), |n| format!("the site of {n}"));
    format!(
        "created {site} in {dir}: {files} files
  content/site.yaml              the zone: names, address, key figures, sources, menu, footer
  content/glossary.yaml          the zone's proper names in both languages
  content/<section>/             an example record per section, in Chinese and English
  schemas/                       JSON Schemas of the content files, for editors' YAML tooling
  README.md                      how to edit, preview and publish the site
  .github/workflows/publish.yml  checks, builds and publishes the site with GitHub Pages
  .gitignore                     keeps the built site out of git
next: {cd}zonesite serve, then replace each 待填写 and TO FILL IN (zonesite check lists those left)",
        dir = dir.display()
    )
}

/// The warning of a file that still has placeholders; `later` are the lines
/// after the first that have one.
pub fn placeholders_left(later: &[usize]) -> String {
    match later {
        [] => "a placeholder is left to fill in".into(),
        [line] => format!("placeholders are left to fill in here and on line {line}"),
        [rest @ .., last] => {
            let rest: Vec<String> = rest.iter().map(ToString::to_string).collect();
            format!(
                "placeholders are left to fill in here and on lines {} and {last}",
                rest.join(", ")
            )
        }
    }
}

/// How to clear a placeholder warning of `site.yaml` or the glossary.
pub const PLACEHOLDERS_HELP: &str = "replace each 待填写 and TO FILL IN with the zone's own text (zonesite init wrote them where it could not know it)";

/// How to clear a placeholder warning of an example record.
pub const EXAMPLE_HELP: &str =
    "replace each 待填写 and TO FILL IN with the zone's own text, or delete this example record";

/// The warning of an example address in `base_url`.
pub fn example_address(url: &str) -> String {
    format!("base_url is still the example address {url}")
}

/// How to clear the example-address warning.
pub const EXAMPLE_ADDRESS_HELP: &str = "set it to the address the site will be published at; a build with --base-url (as the publish workflow runs it) uses that address instead";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_the_placeholders_of_a_file() {
        assert_eq!(placeholders_left(&[]), "a placeholder is left to fill in");
        assert_eq!(
            placeholders_left(&[4]),
            "placeholders are left to fill in here and on line 4"
        );
        assert_eq!(
            placeholders_left(&[4, 7, 9]),
            "placeholders are left to fill in here and on lines 4, 7 and 9"
        );
    }
}
