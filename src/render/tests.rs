//! Unit tests of the view-building code, on the basic fixture: what views
//! show, and what a page records that it read.

use std::path::Path;

use super::deps::{Dep, Part, Template};
use super::read::Reader;
use super::theme::{self, Theme};
use super::{Page, Rendered, Selection, items, pages, site_view};
use crate::diag::Diagnostics;
use crate::i18n::Lang;
use crate::model::{Options, Site};
use crate::section::{Section, Sections};

fn sec(id: &str) -> Section {
    Sections::builtin().get(id).unwrap()
}
use crate::urls::Urls;

/// The basic fixture, validated, with the project's theme.
struct Fixture {
    site: Site,
    theme: Theme,
    urls: Urls,
}

fn fixture() -> Fixture {
    let project = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut diags = Diagnostics::default();
    let parsed = crate::content::load(&project.join("tests/fixtures/basic"), &mut diags);
    let site = crate::model::build(parsed, &Options::default(), &mut diags).expect("a site");
    let theme = theme::load(project, "default", &mut diags).expect("the theme");
    assert!(!diags.has_errors(), "{:?}", diags.into_sorted());
    let urls = crate::build::urls(&site);
    Fixture { site, theme, urls }
}

impl Fixture {
    fn reader(&self) -> Reader<'_> {
        Reader::new(&self.site, &self.theme, &self.urls, true)
    }

    fn index(&self, section: Section, slug: &str) -> usize {
        self.site.find(section, slug).expect("the record exists")
    }

    /// What rendering `page` read.
    fn deps(&self, page: Page) -> Vec<Dep> {
        let mut done: Vec<Rendered> = Vec::new();
        let selection = Selection::Only([page].into());
        let mut diags = Diagnostics::default();
        super::render(
            &self.site,
            &self.theme,
            &self.urls,
            &selection,
            true,
            &mut diags,
            &mut |batch| done.extend(batch),
        );
        assert!(!diags.has_errors());
        done.pop().expect("the page rendered").deps
    }
}

#[test]
fn a_record_in_one_language_is_shown_in_it_on_the_other_languages_pages() {
    let f = fixture();
    let read = f.reader();
    let acme = read.record(f.index(sec("enterprises"), "acme"));
    let item = items::item(&read, acme, Lang::En);
    assert_eq!(item.title, "甲公司");
    assert!(!item.translated);
    assert_eq!(item.text_lang_tag, "zh-Hans");
    assert_eq!(item.url, "/en/enterprises/acme/");
    let name = items::name(&read, acme, Lang::En);
    assert_eq!(name.lang_tag, "zh-Hans");
    assert_eq!(items::name(&read, acme, Lang::Zh).lang_tag, "");
}

#[test]
fn relations_are_grouped_by_section_in_menu_order() {
    let f = fixture();
    let read = f.reader();
    let north = read.record(f.index(sec("parks"), "north"));
    let groups: Vec<&str> = items::relations(&read, north, Lang::Zh)
        .iter()
        .map(|g| g.section)
        .collect();
    let mut sorted = groups.clone();
    sorted.sort_by_key(|name| {
        Sections::builtin()
            .all()
            .iter()
            .position(|s| s.name() == *name)
            .expect("a section")
    });
    assert_eq!(groups, sorted);
    assert!(groups.contains(&"industries") && groups.contains(&"enterprises"));
}

#[test]
fn the_menu_names_pages_by_their_title_in_the_language() {
    let f = fixture();
    let menu = site_view::site_view(&f.reader(), Lang::En).menu;
    let about = menu
        .iter()
        .find(|l| l.key == "pages/about")
        .expect("in the menu");
    assert_eq!(
        (about.title.as_str(), about.url.as_str()),
        ("About", "/en/pages/about/")
    );
    assert_eq!(menu[0].key, "parks");
}

#[test]
fn a_short_list_has_one_page_and_no_pagination() {
    let f = fixture();
    let page = pages::section_page(&f.reader(), Lang::Zh, sec("parks"), 0);
    assert!(page.pagination.is_none());
    assert_eq!(page.items.len(), 1);
    assert_eq!(pages::page_count(sec("parks"), 0), 1);
    assert_eq!(pages::page_count(sec("parks"), 50), 1);
    assert_eq!(pages::page_count(sec("parks"), 51), 2);
}

#[test]
fn a_record_page_records_what_it_read_and_nothing_it_did_not() {
    let f = fixture();
    let north = f.index(sec("parks"), "north");
    let batteries = f.index(sec("industries"), "batteries");
    let acme = f.index(sec("enterprises"), "acme");
    let deps = f.deps(Page::Record(Lang::En, north));
    for wanted in [
        Dep::Config,
        Dep::Strings,
        Dep::Assets,
        Dep::Locations,
        Dep::Template(Template::Own(sec("parks"))),
        Dep::Template(Template::Record),
        Dep::Record(north, Part::Body(Lang::En)),
        Dep::Record(north, Part::Data),
        Dep::Record(north, Part::Related),
        Dep::Record(batteries, Part::Title(Lang::En)),
        Dep::Record(acme, Part::Title(Lang::En)),
        Dep::Record(acme, Part::Order(Lang::En)),
    ] {
        assert!(deps.contains(&wanted), "{wanted:?} not in {deps:?}");
    }
    for unread in [
        Dep::Record(acme, Part::Body(Lang::En)),
        Dep::Record(north, Part::Body(Lang::Zh)),
        Dep::Record(acme, Part::Order(Lang::Zh)),
        Dep::List(sec("news"), Lang::En, 0),
        Dep::Facts(sec("parks")),
    ] {
        assert!(!deps.contains(&unread), "{unread:?} in {deps:?}");
    }
}

#[test]
fn a_list_page_reads_its_section_and_the_items_it_shows() {
    let f = fixture();
    let deps = f.deps(Page::List(Lang::Zh, sec("parks"), 0));
    let north = f.index(sec("parks"), "north");
    for wanted in [
        Dep::List(sec("parks"), Lang::Zh, 0),
        Dep::Intro(sec("parks"), Lang::Zh),
        Dep::Facts(sec("parks")),
        Dep::Locations,
        Dep::Template(Template::Section),
        Dep::Record(north, Part::Title(Lang::Zh)),
        Dep::Record(north, Part::Summary(Lang::Zh)),
    ] {
        assert!(deps.contains(&wanted), "{wanted:?} not in {deps:?}");
    }
    assert!(!deps.contains(&Dep::Record(north, Part::Body(Lang::Zh))));
    assert!(
        !deps.contains(&Dep::List(sec("parks"), Lang::En, 0)),
        "a Chinese list reads the Chinese order only"
    );
}

#[test]
fn nothing_is_recorded_when_not_asked() {
    let f = fixture();
    let read = Reader::new(&f.site, &f.theme, &f.urls, false);
    let _ = pages::home(&read, Lang::Zh);
    assert!(read.into_deps().is_empty());
}
