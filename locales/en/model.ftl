# Checking the site as a whole: records and their files, references between
# them, links, site.yaml, figures.

## What a record is called. `$kind` is the kind of its section, `park`,
## `industry`, `initiative`, `enterprise`, `article` or `page`, or `other`
## for a section that is not one of the built-in six (`$section` is its id).

model-record = { $kind ->
    [park] park
    [industry] industry
    [initiative] initiative
    [enterprise] enterprise
    [article] news item
    [page] page
   *[other] record of `{ $section }`
}
model-a-record = { $kind ->
    [park] a park
    [industry] an industry
    [initiative] an initiative
    [enterprise] an enterprise
    [article] a news item
    [page] a page
   *[other] a record of `{ $section }`
}
model-did-you-mean = did you mean `{ $closest }`?
# Items of a list, each one a message: the first, then the rest.
model-list = { $first }, { $rest }

## A record's files

model-no-site-yaml = the site has no content/site.yaml
model-no-site-yaml-help = create it with at least `name`, `description` and `base_url`
model-file-twice = the { $record } `{ $slug }` has this file twice: beside its folder and in it
model-file-twice-help = keep one: { $dir }/{ $slug }.<lang>.md and { $slug }.yaml, or index.<lang>.md and index.yaml inside { $dir }/{ $slug }/
model-folder-of-no-record = the folder { $dir }/{ $slug }/ belongs to no record
model-folder-of-no-record-help = a record's folder holds its files beside { $slug }.zh.md and { $slug }.en.md (or index.zh.md and index.en.md inside it); rename the folder after its record
model-data-without-text = the { $record } `{ $slug }` has data but no text
model-data-without-text-help = add { $dir }/{ $slug }.zh.md (and { $slug }.en.md) with a title and a summary
model-no-data-file = the { $record } `{ $slug }` has no data file
model-no-data-file-help = add { $dir }/{ $slug }.yaml with the record's data (see docs/content-format.md)
model-date-not-news = only news items have a date; this is { $record }
model-date-not-news-help = remove the `date` line; dates of initiatives go in `started` in the data file, a policy document's in `written` and `published`
model-news-without-date = a news item needs a date
model-news-without-date-help = add `date: YYYY-MM-DD` to the front matter
model-news-date-without-day = a news item's date needs a day: `{ $date }`
model-news-date-without-day-help = write the full date, YYYY-MM-DD
model-news-dates-differ = the date { $date } differs from the Chinese text's { $chinese }
model-news-dates-differ-help = both languages of a news item carry the same date

## References between records

model-reference-in-other-section = `{ $slug }` is { $actual }, not { $expected }
model-reference-in-other-section-help = `{ $field }` lists { $section }; move `{ $slug }` to the field for { $other }
model-no-record = there is no { $record } `{ $slug }`
model-no-record-help = add content/{ $section }/{ $slug }.yaml, or name one of the records in content/{ $section }/

## Links in Markdown

model-link-scheme = `{ $link }` is not a link a page may carry
model-link-scheme-help = a link leads to a web page (http:// or https://), an e-mail address (mailto:), a telephone number (tel:), or a record (@/<section>/<slug>)
model-link-not-record = `{ $link }` does not name a record
model-link-not-record-help = write links to records as @/<section>/<slug>, e.g. @/parks/nanchuan, and to a section's list as @/<section>, e.g. @/news (without an anchor)
model-link-not-section = `{ $section }` in `{ $link }` is not a section
model-sections-are = the sections are { $sections }
model-link-no-record = broken link: there is no { $record } `{ $slug }`
model-link-no-record-help = link to a record that exists under content/{ $section }/, or create content/{ $section }/{ $slug }.yaml
model-link-no-anchor = broken anchor: { $page } has no heading `#{ $anchor }`
model-no-headings = { $page } has no headings to link to
model-headings-are = the headings of { $page } are: { $headings }
model-headings-are-more = the headings of { $page } are: { $headings }, … ({ $count } in all)

## site.yaml

model-base-url-option-help = pass the address the site will be published at
model-base-url-help = set base_url to the address the site will be published at, or pass --base-url
model-bad-theme = `{ $theme }` is not a theme name
model-bad-theme-help = name a directory under themes/, e.g. `default`: letters, digits, - and _ only
model-duplicate-source = two sources have the id `{ $id }`
model-duplicate-source-help = give each source its own id
model-menu-unknown = the menu names `{ $item }`, which is neither a section nor a page
model-menu-unknown-help = name a section or a page: { $names }
model-unit-bad-id = units[{ $index }].id: `{ $id }` is not a unit id
model-unit-bad-id-help = a unit id is lowercase letters and digits, words joined by single hyphens, e.g. `hospital-beds`
model-unit-built-in = units[{ $index }].id: `{ $id }` is a built-in unit
model-unit-built-in-help = facts name the built-in `{ $id }` as it is; give the site's own unit another id
model-unit-duplicate = units[{ $index }].id: two units have the id `{ $id }`
model-unit-duplicate-help = give each unit its own id
model-footer-missing = the footer is missing { $missing }
model-footer-missing-help = a government portal shows these in its footer; add them under `footer:` once they are known (until then they stay empty, never made up)
model-footer-organiser = the organiser (`footer.organiser`)
model-footer-undertaker = the operator (`footer.undertaker`)
model-footer-contact = the contact (`footer.contact`)
model-footer-icp = the ICP filing number (`footer.icp`)
model-footer-police = the public-security filing number (`footer.police`)
model-footer-site-code = the site identification code (`footer.site_code`)
model-footer-badge = the party and government site emblem's id (`footer.badge_id`)
model-footer-missing-gov-help = the site is held to the government-portal profile (`profile: gov` in content/site.yaml or `check --profile gov`), under which inspections require each of these; add them under `footer:` as the committee supplies them (never made up)

## Figures

model-fact-not-a-value = a fact's value must be a finite number of zero or more, not { $value }
model-fact-not-a-value-help = write the figure as the source gives it; a decrease is stated in the label, e.g. {"{"}zh: 下降, en: decrease{"}"}
model-unknown-unit = facts[{ $index }].unit: unknown unit `{ $id }`: use one of { $units } or a label {"{"}zh: …, en: …{"}"}
model-unknown-unit-closest = facts[{ $index }].unit: unknown unit `{ $id }`: did you mean `{ $closest }`? use one of { $units } or a label {"{"}zh: …, en: …{"}"}
model-unknown-unit-help = see the list of units in docs/content-format.md; a site defines its own under `units` in content/site.yaml
model-no-singular = facts[{ $index }].unit: the value is 1, and the unit gives no singular for `{ $en }`
model-no-singular-site-help = add `en_one:` to the unit `{ $id }` under `units` in content/site.yaml: how English writes it after 1
model-no-singular-help = add `en_one:`, how English writes it after 1: {"{"}zh: …, en: { $en }, en_one: …{"}"}
model-share-over-100 = facts[{ $index }].value: a share cannot be { $value }%, more than the whole
model-share-over-100-help = the label names a share (占比, 比重, 比例, 份额, share, proportion), which is at most 100%; check the figure, or if it is a growth or a ratio, say so in the label
model-fact-in-future = facts[{ $index }].as_of: { $date } is after today ({ $today })
model-fact-in-future-help = as_of is the date the figure describes, which has passed; a target or forecast says so in its label (目标, 预计, target, forecast…) and may be dated ahead
model-source-in-future = sources[{ $index }].date: { $date } is after today ({ $today })
model-source-in-future-help = a source's date is when it was published; check the year
model-unknown-source = unknown source `{ $id }`
model-no-sources-help = add the source to `sources` in content/site.yaml
model-unknown-source-help = cite one of the sources in content/site.yaml: { $sources }
model-bad-today = `{ $text }` is not a date; today is taken from the clock
model-bad-today-help = set ZONESITE_TODAY to a date written YYYY-MM-DD, e.g. 2017-07-13, or unset it

## Policy documents

model-policy-written-after-published = the document is written on { $written }, after its publication on { $published }
model-policy-written-after-published-help = a document is published on or after the day it is written (成文日期 ≤ 发布日期): check both dates against the document
model-policy-duplicate-index-no = the index number `{ $index_no }` is already the policy document `{ $other }`'s
model-policy-duplicate-index-no-help = each document has its own index number (索引号); copy it from the document or the disclosure catalogue
model-policy-replaced-by-itself = a document cannot replace itself
model-policy-valid-but-replaced = the document is replaced by `{ $slug }` but its status is `valid`
model-policy-replaced-help = a replaced document is no longer in force: set its status to `expired` (失效) or `repealed` (废止), or remove `replaced_by`
model-policy-slug-browse = a record of `{ $section }` cannot be called `browse`: that is the address of the section's browse page
model-policy-slug-browse-help = rename the record's files (its `.yaml`, `.zh.md` and `.en.md`), e.g. to browse-guide
