# The comments of the files `zonesite init` writes (src/init/skeleton/, where
# `# @c NAME` stands for the message `skeleton-NAME`). A message on lines of
# its own keeps the same number of lines in both languages, so that a file's
# line numbers, which warnings cite, do not depend on the language; a message
# after a field is one line.

## content/site.yaml
skeleton-site-about =
    The zone: names, address, key figures, sources, menu and footer.
    Where zonesite init could not know a value it wrote 待填写 (Chinese text) or
    TO FILL IN (English text): replace each one. `zonesite check` lists those left.
skeleton-site-short-name = for narrow places; the full name when left out
skeleton-site-base-url =
    The address the site is published at. `zonesite build --base-url …` (as the
    publish workflow runs it) replaces it; `check` warns while it is an example.
skeleton-site-theme =
    The theme embedded in zonesite. A file under themes/default/ of this site
    overrides the embedded file of the same path: a template, a stylesheet, or
    a few interface strings in i18n/zh.yaml or i18n/en.yaml.
skeleton-site-default-language-in-subdir = true: Chinese under /zh/ too, and a bilingual page at /
skeleton-site-trusted-html = true: raw HTML in Markdown is kept as written, not sanitised
skeleton-site-facts =
    The zone's key figures, shown on the home page. Every figure is a fact with a
    value, a unit, the date it describes and its source; write none without one.
skeleton-site-fact-source = the id of an entry of `sources` below
skeleton-site-units =
    Units of the zone's own, beside the built-in ones (yuan, usd, eur, hkd, km2,
    mu, ha, m2, kwh, gwh, tonnes, percent): a fact then writes `unit: beds`.
skeleton-site-unit-id = lowercase letters, digits and hyphens
skeleton-site-unit-zh = written after the number
skeleton-site-unit-en = after any number but 1
skeleton-site-unit-en-one = after 1
skeleton-site-sources = Where the figures come from: a report, a statistical bulletin, a web page.
skeleton-site-source-date = when it was published: YYYY, YYYY-MM or YYYY-MM-DD
skeleton-site-source-url = where to read it, when it is online
skeleton-site-sections =
    The site's sections: each one's folder under content/ and its URL, its kind,
    its name in both languages and how it is listed (zonesite's
    docs/content-format.md, "Sections"). Add the zone's own columns here.
skeleton-site-custom-section = a section with fields of the zone's own
skeleton-site-menu = The main menu: section ids and page slugs, in order.
skeleton-site-footer =
    What a Chinese government portal shows at the foot of every page. Leave a
    number empty until it is known: `check` warns about each one missing, and
    with `profile: gov` below (or `check --profile gov`) fails.
skeleton-site-icp = ICP备案号
skeleton-site-police = 公安备案号
skeleton-site-code = 网站标识码
skeleton-site-badge = the party and government website emblem's id, linked to its verification page
skeleton-site-menu-link = a page of another site, marked as leaving the site
skeleton-site-disclosure =
    Government information disclosure: the guide, the rules, the
    directory of what is disclosed by law, the annual report and how to apply,
    with placeholders that `check` reports until they are filled in.

## content/glossary.yaml
skeleton-glossary-about =
    The zone's proper names in both languages: the zone, its parks, committees,
    companies and places. Every English text uses exactly these English names
    where its Chinese counterpart uses the Chinese name. A name may list forms
    texts should not use, which `zonesite check` reports with the name to write:

## The example records: what each one is
skeleton-record-park =
    An example park, written by zonesite init. Make it one of the zone's parks
    (and rename its three files after the park's slug), or delete it.
    The data here is shared by the Chinese and the English page. Figures,
    dates and coordinates are examples, commented out until a source gives them.
skeleton-record-industry =
    An example industry, written by zonesite init. Make it one of the zone's
    industries, or delete it. The parks, enterprises, initiatives and news that
    name it are listed on its page without being written here.
skeleton-record-initiative =
    An example initiative (a programme, a reform, a project), written by
    zonesite init. Make it one of the zone's initiatives, or delete it.
skeleton-record-enterprise =
    An example enterprise, written by zonesite init. Make it one of the zone's
    enterprises, or delete it.
skeleton-record-news =
    An example news item, written by zonesite init: replace it with the zone's
    own news, or delete it. Its date is in the texts' front matter.
skeleton-record-policy =
    An example policy document, written by zonesite init: replace it with the
    zone's own documents, or delete it. Leave a field empty when the document
    does not give it: the page shows it as not given.
skeleton-policy-index-no = 索引号, as the disclosure catalogue gives it
skeleton-policy-topic = 主题分类
skeleton-policy-number = 发文字号, e.g. 国办发〔2017〕47号
skeleton-policy-written = 成文日期
skeleton-policy-published = 发布日期
skeleton-policy-validity = 有效性: valid | expired | repealed, since, replaced_by
skeleton-record-page =
    The zone's "about" page, named in the menu of content/site.yaml. A page has
    no data but the figures it shows.

## The fields of the example records
skeleton-weight-by-name = optional: lists put lower weights first, then the rest by name
skeleton-weight-by-title = optional: lists put lower weights first, then the rest by title
skeleton-weight-by-started = optional: lists put lower weights first, then the newest `started`
skeleton-weight-by-date = optional: lists put lower weights first, then the newest date
skeleton-date-formats = YYYY, YYYY-MM or YYYY-MM-DD
skeleton-park-area = area in km²
skeleton-park-location = degrees; south and west are negative; approximate: a ring on the map
skeleton-park-industries = the slugs of the industries it hosts
skeleton-initiative-status = planned | in-progress | completed
skeleton-concerns-parks = the slugs of the parks it concerns
skeleton-concerns-industries = the slugs of the industries it concerns
skeleton-concerns-enterprises = the slugs of the enterprises it concerns
skeleton-enterprise-park = the slug of the park it is in
skeleton-enterprise-industries = the slugs of its industries
skeleton-news-source = the source it reproduces, if any: an id from content/site.yaml

## Figures (facts) and photos
skeleton-fact-value = a number, in the unit's own terms (1.2亿元 = 120000000)
skeleton-industry-fact-value = in the currency's units: 12亿元
skeleton-initiative-fact-value = in the currency's units: 1.2亿元
skeleton-enterprise-fact-value = in the currency's units: 5亿元
skeleton-fact-unit = yuan, usd, eur, hkd, km2, mu, ha, m2, kwh, gwh, tonnes, percent, a unit of `units`, or a label {"{"}zh: 家, en: enterprises{"}"}
skeleton-fact-unit-or = or one of: yuan, usd, eur, hkd, km2, mu, ha, m2, kwh, gwh, tonnes, percent
skeleton-industry-fact-unit = usd, eur, hkd as written, never converted; km2, percent, … or a label {"{"}zh: 家, en: enterprises{"}"}
skeleton-fact-approx = optional: about | more-than
skeleton-fact-source = the id of an entry of `sources` in content/site.yaml
skeleton-photos = Photos: images in the record's own folder, named like its files (docs/content-format.md); the first is its cover.
skeleton-photo-file = an image in the record's folder
skeleton-photo-alt = what it shows, in both languages
skeleton-optional = optional
skeleton-photo-credit = optional: who took it

## The front matter of the texts
skeleton-draft = a draft is built only by `zonesite build --drafts`
skeleton-news-date = the date it was published, the same in both languages: YYYY-MM-DD, with the time if known: YYYY-MM-DD HH:MM

## .github/workflows/publish.yml
skeleton-publish-about =
    Checks the content, builds the site and publishes it with GitHub Pages on
    every push to main. Before the first run, in the repository's settings:
    - Pages: set the source to "GitHub Actions";
    - Secrets and variables → Actions → Variables: add ZONESITE_GIT, the address
      of zonesite's git repository, from which this job installs zonesite.
    The site's address is taken from the Pages configuration (--base-url), so
    links work under a project path too. Any other static host works the same
    way: build, then upload public/.

## .gitignore
skeleton-gitignore-public = The built site, and what zonesite keeps beside it to rebuild quickly.
skeleton-gitignore-cache = Encoded images, kept between builds so that a rebuild encodes none again.
