//! The `zonesite` command: parses arguments, runs the library, maps the result
//! to an exit code (0 success, 1 content or theme errors, 2 usage or I/O).

use std::ffi::OsString;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use zonesite::build;
use zonesite::catalogue::{Lang, Text};
use zonesite::diag::Diagnostic;
use zonesite::init::Problem;
use zonesite::model::Options;
use zonesite::text;

mod printing;
use printing::{coverage, fail, print_warnings, summary, timings_table};

/// Rendering makes and frees millions of small strings (Tera's lookups among
/// them); mimalloc serves them from per-thread pages, where the system
/// allocator spent a quarter of the build.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

// The help of the command and of each argument comes from the catalogue, in
// the user's language: see `localized`. Doc comments here would be English
// only, so the arguments are explained there.
#[derive(Parser)]
#[command(name = "zonesite", version)]
struct Cli {
    #[arg(long, global = true, value_parser = parse_lang)]
    lang: Option<Lang>,
    #[command(subcommand)]
    command: Command,
}

fn parse_lang(tag: &str) -> Result<Lang, String> {
    let lang = zonesite::catalogue::from_env().unwrap_or(Lang::ALL[0]);
    zonesite::catalogue::from_tag(tag)
        .ok_or_else(|| text!("cli-lang-unknown", tag = tag).render(lang))
}

#[derive(Subcommand)]
enum Command {
    Init {
        dir: PathBuf,
        #[arg(long)]
        name_zh: Option<String>,
        #[arg(long)]
        name_en: Option<String>,
        #[arg(long)]
        base_url: Option<String>,
    },
    Schemas {
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
    Build {
        #[arg(long, default_value = ".")]
        root: PathBuf,
        #[arg(long)]
        output: Option<PathBuf>,
        #[arg(long)]
        force: bool,
        #[arg(long)]
        base_url: Option<String>,
        #[arg(long)]
        drafts: bool,
        #[arg(long)]
        no_search: bool,
        #[arg(long)]
        timings: bool,
    },
    Serve {
        #[arg(long, default_value = ".")]
        root: PathBuf,
        #[arg(long, default_value = "127.0.0.1")]
        bind: String,
        #[arg(long, default_value_t = 1111)]
        port: u16,
        #[arg(long)]
        drafts: bool,
    },
    New {
        section: String,
        slug: String,
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
    Check {
        #[arg(long, default_value = ".")]
        root: PathBuf,
        #[arg(long)]
        strict: bool,
        #[arg(long)]
        base_url: Option<String>,
        #[arg(long)]
        drafts: bool,
        #[arg(long, value_parser = ["gov"])]
        profile: Option<String>,
    },
}

/// The command line with its help in `lang`: the about of the command and of
/// each subcommand, the help of each argument. clap's own words ("Usage:",
/// "Options:", "[default: …]") stay English.
fn localized(command: clap::Command, lang: Lang) -> clap::Command {
    let say = |text: Text| text.render(lang);
    let help = |id: Text| move |arg: clap::Arg| arg.help(id.render(lang));
    let mut command = command
        .about(say(text!("cli-about")))
        .mut_arg("lang", help(text!("cli-lang")))
        .mut_subcommand("init", |c| {
            c.about(say(text!("cli-init-about")))
                .mut_arg("dir", help(text!("cli-init-dir")))
                .mut_arg("name_zh", help(text!("cli-init-name-zh")))
                .mut_arg("name_en", help(text!("cli-init-name-en")))
                .mut_arg("base_url", help(text!("cli-init-base-url")))
        })
        .mut_subcommand("schemas", |c| {
            c.about(say(text!("cli-schemas-about")))
                .mut_arg("root", help(text!("cli-schemas-root")))
        })
        .mut_subcommand("build", |c| {
            c.about(say(text!("cli-build-about")))
                .mut_arg("root", help(text!("cli-build-root")))
                .mut_arg("output", help(text!("cli-build-output")))
                .mut_arg("force", help(text!("cli-build-force")))
                .mut_arg("base_url", help(text!("cli-build-base-url")))
                .mut_arg("drafts", help(text!("cli-drafts")))
                .mut_arg("no_search", help(text!("cli-build-no-search")))
                .mut_arg("timings", help(text!("cli-build-timings")))
        })
        .mut_subcommand("serve", |c| {
            c.about(say(text!("cli-serve-about")))
                .mut_arg("root", help(text!("cli-root")))
                .mut_arg("bind", help(text!("cli-serve-bind")))
                .mut_arg("port", help(text!("cli-serve-port")))
                .mut_arg("drafts", help(text!("cli-drafts")))
        })
        .mut_subcommand("new", |c| {
            c.about(say(text!("cli-new-about")))
                .mut_arg("section", help(text!("cli-new-section")))
                .mut_arg("slug", help(text!("cli-new-slug")))
                .mut_arg("root", help(text!("cli-root")))
        })
        .mut_subcommand("check", |c| {
            c.about(say(text!("cli-check-about")))
                .mut_arg("root", help(text!("cli-root")))
                .mut_arg("strict", help(text!("cli-check-strict")))
                .mut_arg("base_url", help(text!("cli-check-base-url")))
                .mut_arg("drafts", help(text!("cli-check-drafts")))
                .mut_arg("profile", help(text!("cli-check-profile")))
        });
    // clap makes `--help`, `--version` and the `help` subcommand when it
    // builds the command; their texts can be set once they exist.
    command.build();
    let names: Vec<String> = command
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    let mut command = command
        .mut_arg("help", help(text!("cli-help")))
        .mut_arg("version", help(text!("cli-version")));
    for name in names {
        command = command.mut_subcommand(&name, |c| {
            if name == "help" {
                c.about(say(text!("cli-help-command")))
            } else {
                c.mut_arg("help", help(text!("cli-help")))
            }
        });
    }
    command
}

/// The language `--lang` names among the raw arguments (`--lang zh`,
/// `--lang=zh`), read before they are parsed so that the help is in it.
fn lang_in_args(args: &[OsString]) -> Option<Lang> {
    let mut args = args.iter().skip(1).map(|a| a.to_str());
    while let Some(arg) = args.next() {
        match arg {
            Some("--") => return None,
            Some("--lang") => return zonesite::catalogue::from_tag(args.next()??),
            Some(arg) => {
                if let Some(tag) = arg.strip_prefix("--lang=") {
                    return zonesite::catalogue::from_tag(tag);
                }
            }
            None => {}
        }
    }
    None
}

/// A bad --base-url is the command line's fault (exit 2), found before
/// anything is read or written.
fn check_base_url(base_url: Option<&str>, lang: Lang) -> Result<(), ExitCode> {
    if let Some(url) = base_url
        && let Err(message) = zonesite::urls::BaseUrl::new(url)
    {
        let problem = Problem::new(text!("cli-base-url", message = message))
            .with_help(text!("cli-base-url-help"));
        eprintln!("{}", problem.render(lang));
        return Err(ExitCode::from(2));
    }
    Ok(())
}

/// `error: message` in `lang`, for the errors that other parts of zonesite
/// give as text.
fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    let asked = lang_in_args(&args)
        .or_else(zonesite::catalogue::from_env)
        .unwrap_or(Lang::ALL[0]);
    let matches = localized(Cli::command(), asked).get_matches_from(&args);
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|err| err.exit());
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
                    lang,
                )
            {
                let error = zonesite::output::io_error(&err);
                let problem = Problem::new(text!("cli-cannot-ask", error = error));
                eprintln!("{}", problem.render(lang));
                return ExitCode::from(2);
            }
            match zonesite::init::init(&dir, &zone, lang) {
                Ok(files) => {
                    let name = zone.name_zh.as_deref().or(zone.name_en.as_deref());
                    eprintln!(
                        "{}",
                        zonesite::init::messages::written(&dir, name, files.len(), lang)
                    );
                    ExitCode::SUCCESS
                }
                Err(problem) => {
                    eprintln!("{}", problem.render(lang));
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
            if let Err(code) = check_base_url(base_url.as_deref(), lang) {
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
            match build::build_with(&root, &output, &options, force, lang) {
                Ok(report) => {
                    let mut warnings = zonesite::diag::Diagnostics::default();
                    warnings.extend(report.warnings.iter().cloned());
                    warnings.extend(zonesite::init::placeholders(&root, base_url_given));
                    print_warnings(&warnings.into_sorted(), lang, color);
                    eprintln!("{}", summary(&report, &output, lang));
                    if let Some(skipped) = build::skipped_drafts(&report.drafts, false) {
                        eprintln!("{}", skipped.render(lang));
                    }
                    if timings {
                        eprint!("{}", timings_table(&report, lang));
                    }
                    ExitCode::SUCCESS
                }
                Err(failure) => fail(failure, lang, color, |count| {
                    text!("cli-build-failed", count = count)
                }),
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
                    eprintln!("{}", Problem::new(message).render(lang));
                    ExitCode::from(2)
                }
            }
        }
        Command::Schemas { root } => match zonesite::section::schema::write_site_schemas(&root) {
            Ok(files) => {
                for file in files {
                    let wrote = text!("cli-wrote", path = file.display().to_string());
                    eprintln!("{}", wrote.render(lang));
                }
                ExitCode::SUCCESS
            }
            Err(message) => {
                eprintln!("{}", Problem::new(message).render(lang));
                ExitCode::from(2)
            }
        },
        Command::New {
            section,
            slug,
            root,
        } => match zonesite::scaffold::new_record(&root, &section, &slug, lang) {
            Ok(files) => {
                use zonesite::scaffold::messages;
                for file in files {
                    eprintln!("{}", messages::wrote(&file).render(lang));
                }
                eprintln!("{}", messages::drafts().render(lang));
                ExitCode::SUCCESS
            }
            Err(problem) => {
                eprintln!("{}", problem.render(lang));
                ExitCode::from(2)
            }
        },
        Command::Check {
            root,
            strict,
            base_url,
            drafts,
            profile,
        } => {
            if let Err(code) = check_base_url(base_url.as_deref(), lang) {
                return code;
            }
            // Checking needs the search page and box, not the index, and
            // the names of images, not the images: it writes nothing.
            let options = Options {
                defer_index: true,
                plan_media: true,
                base_url,
                drafts,
                gov: profile.is_some(),
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
                    all.extend(zonesite::columns::review(&rendered.site, &root));
                    all.extend(zonesite::glossary::variants(&rendered.site));
                    all.extend(zonesite::init::placeholders(&root, false));
                    // Sorted, and each kind capped per file like every other report.
                    let found = all.into_sorted();
                    print_warnings(&found, lang, color);
                    eprint!("{}", coverage(report, lang));
                    if let Some(unchecked) = build::skipped_drafts(&rendered.site.drafts, true) {
                        eprintln!("{}", unchecked.render(lang));
                    }
                    let errors = Diagnostic::errors_in(&found);
                    if errors > 0 {
                        let failed = Problem::new(text!("cli-check-failed", count = errors));
                        eprintln!("{}", failed.render(lang));
                        return ExitCode::from(1);
                    }
                    let checked = text!("cli-checked", pages = report.pages);
                    eprintln!("{}", checked.render(lang));
                    ExitCode::SUCCESS
                }
                Err(failure) => fail(failure, lang, color, |count| {
                    text!("cli-check-failed", count = count)
                }),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<OsString> {
        list.iter().map(OsString::from).collect()
    }

    #[test]
    fn finds_the_language_before_the_arguments_are_parsed() {
        let lang = |list: &[&str]| lang_in_args(&args(list));
        assert_eq!(lang(&["zonesite", "--lang", "zh", "build"]), Some(Lang::Zh));
        assert_eq!(lang(&["zonesite", "build", "--lang=en_GB"]), Some(Lang::En));
        assert_eq!(lang(&["zonesite", "build", "--lang"]), None);
        assert_eq!(lang(&["zonesite", "new", "--", "--lang", "zh"]), None);
        assert_eq!(lang(&["zonesite", "build"]), None);
    }

    #[test]
    fn every_help_is_in_the_language_asked() {
        for lang in Lang::ALL {
            let mut command = localized(Cli::command(), lang);
            let about = command.get_about().unwrap().to_string();
            assert_eq!(about, text!("cli-about").render(lang));
            let build = command.find_subcommand_mut("build").unwrap();
            let force = build.get_arguments().find(|a| a.get_id() == "force");
            assert_eq!(
                force.unwrap().get_help().unwrap().to_string(),
                text!("cli-build-force").render(lang)
            );
            for sub in command.get_subcommands() {
                assert!(sub.get_about().is_some(), "{}", sub.get_name());
                for arg in sub.get_arguments() {
                    assert!(
                        arg.get_help().is_some(),
                        "{} {}",
                        sub.get_name(),
                        arg.get_id()
                    );
                }
            }
        }
    }
}
