//! Every message `new` shows, as messages of the catalogue
//! (`locales/*/new.ftl`).

use std::path::Path;

use crate::catalogue::Text;
use crate::init::Problem;
use crate::text;

/// `name` is no section.
pub fn not_a_section(name: &str, best: Option<&str>, names: &[&str]) -> Problem {
    Problem::new(match best {
        Some(best) => text!("new-not-a-section", name = name, best = best),
        None => {
            let names = names.to_vec();
            text!("new-not-a-section-list", name = name, names = names)
        }
    })
}

/// `slug` cannot name a record.
pub fn bad_slug(slug: &str) -> Problem {
    Problem::new(text!("new-bad-slug", slug = slug))
}

/// `root` holds no site.
pub fn no_site(root: &Path) -> Problem {
    let root = crate::init::messages::folder(root);
    Problem::new(text!("new-no-site", root = root)).with_help(text!("new-no-site-help"))
}

/// A file of the record exists already.
pub fn exists(path: &Path) -> Problem {
    Problem::new(text!("new-exists", path = path.display().to_string()))
}

/// A folder could not be made.
pub fn cannot_create(dir: &Path, err: &std::io::Error) -> Problem {
    let (path, error) = (dir.display().to_string(), crate::output::io_error(err));
    Problem::new(text!("new-cannot-create", path = path, error = error))
}

/// A file could not be written.
pub fn cannot_write(path: &Path, err: &std::io::Error) -> Problem {
    let (path, error) = (path.display().to_string(), crate::output::io_error(err));
    Problem::new(text!("new-cannot-write", path = path, error = error))
}

/// A file was written.
pub fn wrote(path: &Path) -> Text {
    text!("new-wrote", path = path.display().to_string())
}

/// What to do with the files written.
pub fn drafts() -> Text {
    text!("new-drafts")
}
