//! The `zonesite` command: parses arguments, runs the library, maps the result
//! to an exit code (0 success, 1 content or theme errors, 2 usage or I/O).

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use zonesite::build::{self, Failure, Report};
use zonesite::catalogue::Lang;
use zonesite::diag::Diagnostic;
use zonesite::model::Options;

/// Rendering makes and frees millions of small strings (Tera's lookups among
/// them); mimalloc serves them from per-thread pages, where the system
/// allocator spent a quarter of the build.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "zonesite",
    version,
    about = "Builds the bilingual website of a development zone from YAML and Markdown"
)]
struct Cli {
    /// The language of messages: zh or en (else LC_ALL, LC_MESSAGES or LANG,
    /// else the site's first language).
    #[arg(long, global = true, value_parser = parse_lang)]
    lang: Option<Lang>,
    #[command(subcommand)]
    command: Command,
}

fn parse_lang(tag: &str) -> Result<Lang, String> {
    zonesite::catalogue::from_tag(tag).ok_or_else(|| format!("`{tag}` is not zh or en"))
}

#[derive(Subcommand)]
enum Command {
    /// Write a new site for a zone into DIR: site.yaml, an example record per
    /// section in both languages, a glossary, the JSON Schemas, a README and
    /// the publish workflow. It builds at once; asks for the zone's names
    /// when run at a terminal.
    Init {
        /// The new site's folder, missing or empty (`.`: the current folder).
        dir: PathBuf,
        /// The zone's name in Chinese, e.g. 某某经济技术开发区.
        #[arg(long)]
        name_zh: Option<String>,
        /// The zone's name in English.
        #[arg(long)]
        name_en: Option<String>,
        /// The address the site will be published at (else an example
        /// address, which check warns about).
        #[arg(long)]
        base_url: Option<String>,
    },
    /// Write the JSON Schemas of the site's content files to schemas/, one
    /// per declared section, for editors' YAML tooling.
    Schemas {
        /// The site's directory, holding content/.
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
    /// Load, validate, render and write the site.
    Build {
        /// The site's directory, holding content/ and themes/.
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Where to write the site (replaced whole); defaults to ROOT/public.
        #[arg(long)]
        output: Option<PathBuf>,
        /// Replace the output even if it is a non-empty folder zonesite did not
        /// write, deleting the files it holds.
        #[arg(long)]
        force: bool,
        /// Publish under this URL instead of site.yaml's base_url.
        #[arg(long)]
        base_url: Option<String>,
        /// Also build texts marked `draft: true`.
        #[arg(long)]
        drafts: bool,
        /// Leave out the search index, page and box, for a quicker build.
        #[arg(long)]
        no_search: bool,
        /// Print how long each stage took.
        #[arg(long)]
        timings: bool,
    },
    /// Build into memory, serve on a local port, rebuild on every change and reload open pages.
    Serve {
        /// The site's directory.
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// The address to listen on.
        #[arg(long, default_value = "127.0.0.1")]
        bind: String,
        /// The port to listen on (0 picks a free one).
        #[arg(long, default_value_t = 1111)]
        port: u16,
        /// Also build texts marked `draft: true`.
        #[arg(long)]
        drafts: bool,
    },
    /// Write a new record's files, with every field of its section, ready to fill.
    New {
        /// The section: parks, industries, initiatives, enterprises, news or pages.
        section: String,
        /// The record's slug, e.g. `nanchuan` or `lithium-batteries`.
        slug: String,
        /// The site's directory.
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
    /// Run every validation of build, writing nothing.
    Check {
        /// The site's directory.
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Also fail when a record is missing a translation.
        #[arg(long)]
        strict: bool,
        /// Check links as published under this URL instead of site.yaml's
        /// base_url (as `build --base-url`).
        #[arg(long)]
        base_url: Option<String>,
    },
}

/// A bad --base-url is the command line's fault (exit 2), found before
/// anything is read or written.
fn check_base_url(base_url: Option<&str>) -> Result<(), ExitCode> {
    if let Some(url) = base_url
        && let Err(message) = zonesite::urls::BaseUrl::parse(url)
    {
        eprintln!("error: --base-url: {message}");
        eprintln!(
            "  = help: pass the address the site will be published at, e.g. --base-url https://example.org/zone/"
        );
        return Err(ExitCode::from(2));
    }
    Ok(())
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let color = std::io::stderr().is_terminal();
    let lang = cli
        .lang
        .or_else(zonesite::catalogue::from_env)
        .unwrap_or(Lang::ALL[0]);
    match cli.command {
        Command::Init {
            dir,
            name_zh,
            name_en,
            base_url,
        } => {
            let mut zone = zonesite::init::Zone {
                name_zh,
                name_en,
                base_url,
            };
            // Questions are for a person at a terminal; a script gets the
            // placeholders it did not pass flags for.
            if std::io::stdin().is_terminal()
                && let Err(err) = zonesite::init::ask(
                    &mut zone,
                    &mut std::io::stdin().lock(),
                    &mut std::io::stderr(),
                )
            {
                eprintln!("error: {err}");
                return ExitCode::from(2);
            }
            match zonesite::init::init(&dir, &zone) {
                Ok(files) => {
                    let name = zone.name_zh.as_deref().or(zone.name_en.as_deref());
                    eprintln!(
                        "{}",
                        zonesite::init::messages::written(&dir, name, files.len())
                    );
                    ExitCode::SUCCESS
                }
                Err(message) => {
                    eprintln!("error: {message}");
                    ExitCode::from(2)
                }
            }
        }
        Command::Build {
            root,
            output,
            force,
            base_url,
            drafts,
            no_search,
            timings,
        } => {
            if let Err(code) = check_base_url(base_url.as_deref()) {
                return code;
            }
            let output = output.unwrap_or_else(|| root.join("public"));
            let base_url_given = base_url.is_some();
            let options = Options {
                drafts,
                base_url,
                no_search,
                ..Options::default()
            };
            match build::build_with(&root, &output, &options, force) {
                Ok(report) => {
                    let mut warnings = zonesite::diag::Diagnostics::default();
                    warnings.extend(report.warnings.iter().cloned());
                    warnings.extend(zonesite::init::placeholders(&root, base_url_given));
                    print_warnings(&warnings.into_sorted(), lang, color);
                    summarise(
                        &report,
                        &format!("built {} pages into {}", report.pages, output.display()),
                    );
                    if timings {
                        for (stage, time) in &report.timings {
                            eprintln!("  {stage:<22} {:>8.1} ms", time.as_secs_f64() * 1000.0);
                        }
                    }
                    ExitCode::SUCCESS
                }
                Err(failure) => fail(failure, lang, color),
            }
        }
        Command::Serve {
            root,
            bind,
            port,
            drafts,
        } => {
            match zonesite::serve::serve(zonesite::serve::ServeOptions {
                root,
                bind,
                port,
                drafts,
                lang,
            }) {
                Ok(()) => ExitCode::SUCCESS,
                Err(message) => {
                    eprintln!("{}", zonesite::diag::error_line(lang, message));
                    ExitCode::from(2)
                }
            }
        }
        Command::Schemas { root } => match zonesite::section::schema::write_schemas(&root) {
            Ok(files) => {
                for file in files {
                    eprintln!("wrote {}", file.display());
                }
                ExitCode::SUCCESS
            }
            Err(message) => {
                eprintln!("error: {message}");
                ExitCode::from(2)
            }
        },
        Command::New {
            section,
            slug,
            root,
        } => match zonesite::scaffold::new_record(&root, &section, &slug) {
            Ok(files) => {
                for file in files {
                    eprintln!("{}", zonesite::scaffold::messages::wrote(&file));
                }
                eprintln!("{}", zonesite::scaffold::messages::DRAFTS);
                ExitCode::SUCCESS
            }
            Err(message) => {
                eprintln!("error: {message}");
                ExitCode::from(2)
            }
        },
        Command::Check {
            root,
            strict,
            base_url,
        } => {
            if let Err(code) = check_base_url(base_url.as_deref()) {
                return code;
            }
            // Checking needs the search page and box, not the index, and
            // the names of images, not the images: it writes nothing.
            let options = Options {
                defer_index: true,
                plan_media: true,
                base_url,
                ..Options::default()
            };
            match build::render_site(&root, &options) {
                Ok(rendered) => {
                    let report = &rendered.report;
                    let base_path = &rendered.site.config.base_url.path;
                    let mut all = zonesite::diag::Diagnostics::default();
                    all.extend(report.warnings.iter().cloned());
                    all.extend(zonesite::check::broken_links(
                        &rendered.site,
                        &rendered.files,
                        base_path,
                        "public",
                    ));
                    all.extend(zonesite::check::untranslated(&rendered.site, strict));
                    all.extend(zonesite::init::placeholders(&root, false));
                    // Sorted, and each kind capped per file like every other report.
                    let found = all.into_sorted();
                    print_warnings(&found, lang, color);
                    print_coverage(report);
                    let errors = Diagnostic::errors_in(&found);
                    if errors > 0 {
                        eprintln!(
                            "error: check found {errors} error{}",
                            if errors == 1 { "" } else { "s" }
                        );
                        return ExitCode::from(1);
                    }
                    eprintln!("checked {} pages: no errors", report.pages);
                    ExitCode::SUCCESS
                }
                Err(failure) => fail(failure, lang, color),
            }
        }
    }
}

fn print_warnings(warnings: &[Diagnostic], lang: Lang, color: bool) {
    for w in warnings {
        eprint!("{}", w.render(lang, color));
    }
}

fn summarise(report: &Report, what: &str) {
    let untranslated = report.untranslated.len();
    if untranslated > 0 {
        eprintln!(
            "{what} ({untranslated} pages show the other language's text: run `zonesite check` for the list)"
        );
    } else {
        eprintln!("{what}");
    }
}

fn print_coverage(report: &Report) {
    eprintln!(
        "{:<12} {:>7} {:>5} {:>5} {:>7}",
        "section", "records", "zh", "en", "missing"
    );
    for (section, count) in &report.records {
        let missing = |lang| {
            report
                .untranslated
                .iter()
                .filter(|(s, _, l)| s == section && *l == lang)
                .count()
        };
        let (zh, en) = (
            missing(zonesite::i18n::Lang::Zh),
            missing(zonesite::i18n::Lang::En),
        );
        eprintln!(
            "{:<12} {:>7} {:>5} {:>5} {:>7}",
            section.name(),
            count,
            count - zh,
            count - en,
            zh + en
        );
    }
}

fn fail(failure: Failure, lang: Lang, color: bool) -> ExitCode {
    match failure {
        Failure::Content(diags) => {
            let errors = Diagnostic::errors_in(&diags);
            for d in &diags {
                eprint!("{}", d.render(lang, color));
            }
            eprintln!(
                "error: the build failed with {errors} error{}; nothing was written",
                if errors == 1 { "" } else { "s" }
            );
            ExitCode::from(1)
        }
        Failure::Output(err) => {
            eprintln!("{err}");
            ExitCode::from(2)
        }
    }
}
