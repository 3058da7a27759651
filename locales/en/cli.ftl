# The command line: its help (`zonesite --help`), what build and check sum
# up, and the errors of its arguments.
cli-about = Builds the bilingual website of a development zone from YAML and Markdown
cli-lang = The language of messages: zh or en (else LC_ALL, LC_MESSAGES or LANG, else the site's first language)
cli-lang-unknown = `{ $tag }` is not zh or en
cli-help = Print help
cli-help-command = Print this message or the help of the given subcommand(s)
cli-version = Print version
cli-root = The site's directory
cli-drafts = Also build texts marked `draft: true`
cli-init-about = Write a new site for a zone into DIR: site.yaml, an example record per section in both languages, a glossary, the JSON Schemas, a README and the publish workflow. It builds at once; asks for the zone's names when run at a terminal
cli-init-dir = The new site's folder, missing or empty (`.`: the current folder)
cli-init-name-zh = The zone's name in Chinese, e.g. 某某经济技术开发区
cli-init-name-en = The zone's name in English
cli-init-base-url = The address the site will be published at (else an example address, which check warns about)
cli-schemas-about = Write the JSON Schemas of the site's content files to schemas/, one per declared section, for editors' YAML tooling
cli-schemas-root = The site's directory, holding content/
cli-build-about = Load, validate, render and write the site
cli-build-root = The site's directory, holding content/ and themes/
cli-build-output = Where to write the site (replaced whole); defaults to ROOT/public
cli-build-force = Replace the output even if it is a non-empty folder zonesite did not write, deleting the files it holds
cli-build-base-url = Publish under this URL instead of site.yaml's base_url
cli-build-no-search = Leave out the search index, page and box, for a quicker build
cli-build-timings = Print how long each stage took
cli-serve-about = Build into memory, serve on a local port, rebuild on every change and reload open pages
cli-serve-bind = The address to listen on
cli-serve-port = The port to listen on (0 picks a free one)
cli-new-about = Write a new record's files, with every field of its section, ready to fill
cli-new-section = The section: parks, industries, initiatives, enterprises, news or pages
cli-new-slug = The record's slug, e.g. `nanchuan` or `lithium-batteries`
cli-check-about = Run every validation of build, writing nothing
cli-check-strict = Also fail when a record is missing a translation
cli-check-base-url = Check links as published under this URL instead of site.yaml's base_url (as `build --base-url`)
# A bad --base-url, before anything is read.
cli-base-url = --base-url: { $message }
cli-base-url-help = pass the address the site will be published at, e.g. --base-url https://example.org/zone/
# What build and check sum up.
cli-built = built { $pages ->
    [one] { $pages } page
   *[other] { $pages } pages
} into { $output }
cli-built-untranslated = { $built } ({ $count ->
    [one] { $count } page shows
   *[other] { $count } pages show
} the other language's text: run `zonesite check` for the list)
cli-build-failed = the build failed with { $count ->
    [one] { $count } error
   *[other] { $count } errors
}; nothing was written
cli-check-failed = check found { $count ->
    [one] { $count } error
   *[other] { $count } errors
}
cli-checked = checked { $pages ->
    [one] { $pages } page
   *[other] { $pages } pages
}: no errors
cli-wrote = wrote { $path }
# The headers of check's table of translations.
cli-coverage-section = section
cli-coverage-records = records
cli-coverage-zh = zh
cli-coverage-en = en
cli-coverage-missing = missing
# The stages `build --timings` times, and its unit.
cli-stage-load-and-parse = load and parse
cli-stage-validate-and-resolve = validate and resolve
cli-stage-load-theme = load theme
cli-stage-render = render
cli-stage-images-and-files = images and files
cli-stage-search-index = search index
cli-stage-write-during-render = write (during render)
cli-stage-swap-in = swap in
cli-stage-validate = validate
cli-stage-render-pages = render pages
cli-milliseconds = { $time } ms
# An error that a part of zonesite not yet in the catalogue gives as text.
cli-cannot-ask = cannot ask for the zone's names and address: { $error }
# The texts marked `draft: true` that build left out, or that check did not check.
cli-drafts-skipped = skipped { $count ->
    [one] { $count } draft
   *[other] { $count } drafts
} (texts marked `draft: true`; `zonesite build --drafts` builds them):{ $paths }{ $more ->
    [0] {""}
   *[other] {"\u000A  "}… and { $more } more
}
cli-drafts-unchecked = did not check { $count ->
    [one] { $count } draft
   *[other] { $count } drafts
} (texts marked `draft: true`; `zonesite check --drafts` checks them too):{ $paths }{ $more ->
    [0] {""}
   *[other] {"\u000A  "}… and { $more } more
}
cli-check-drafts = Also check texts marked `draft: true`
cli-check-profile = `gov`: hold the site to the government-portal profile, so that a footer detail inspections require (organiser, operator, contact, ICP and public-security numbers, site code, emblem) fails the check when missing
