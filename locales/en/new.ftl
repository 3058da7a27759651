# `zonesite new`: its refusals, what it wrote, and the comments of the files
# of a new record.
new-not-a-section = `{ $name }` is not a section; did you mean `{ $best }`?
new-not-a-section-list = `{ $name }` is not a section; the sections are { $names }
new-bad-slug = `{ $slug }` is not a valid slug: use lowercase ASCII letters and digits, words joined by single hyphens (e.g. `east-park`, `lithium-batteries`)
new-no-site = there is no site in { $root }: it has no content/site.yaml
new-no-site-help = `zonesite init DIR` starts a new site in DIR; `--root DIR` names the folder of an existing one
new-exists = { $path } already exists; nothing was written
new-cannot-create = cannot create { $path }: { $error }
new-cannot-write = cannot write { $path }: { $error }
new-wrote = wrote { $path }
new-drafts = the texts are drafts: fill them in, then remove `draft: true` to publish
# Comments of a new record's data file, after the field they explain.
new-comment-weight = optional: lists put lower weights first (docs/content-format.md)
new-comment-area = area in km², if the source gives it
new-comment-date-formats = YYYY, YYYY-MM or YYYY-MM-DD
new-comment-location = degrees; south and west negative; approximate: a ring on the map
new-comment-industries-example = industry slugs, e.g. [{ $example }]
new-comment-status = planned | in-progress | completed
new-comment-parks-example = park slugs, e.g. [{ $example }]
new-comment-industries = industry slugs
new-comment-enterprises = enterprise slugs
new-comment-park = the park it is in
new-comment-source = the source this item reproduces
new-comment-facts = Every figure is a fact with its source; see zonesite's docs/content-format.md.
new-comment-fact-value = a number in the unit's own terms (1.2亿元 = 120000000)
new-comment-fact-unit = or yuan, usd, eur, hkd, km2, mu, ha, m2, kwh, gwh, tonnes, percent, a unit of site.yaml
new-comment-fact-approx = optional: about | more-than
new-comment-fact-source = an id from `sources` in content/site.yaml
new-comment-photos = Photos: images in the record's own folder, named like its files (docs/content-format.md); the first is its cover.
new-comment-photo-file = an image in the record's folder
new-comment-photo-alt = what it shows, in both languages
new-comment-optional = optional
new-comment-photo-credit = optional: who took it
# A declared field of a custom section: its label, then what it holds.
new-field = { $label }: { $kind }
new-field-required = { $label }: { $kind }, required
new-kind-choice = one of { $choices }
new-kind-slugs = slugs of { $section }
new-kind-slug = a slug of { $section }
new-kind-number-in = a number, in { $unit }
new-kind-label = text in both languages
new-kind-text = text
new-kind-number = a number
new-kind-fact = a figure with its source
new-kind-facts = figures, each with its source
new-kind-url = a web address
# Comments of a new record's text files.
new-comment-link = In the text, link to another record as [its title]({ $link }).
new-comment-date = the publication date, YYYY-MM-DD, with the time if known: YYYY-MM-DD HH:MM
new-comment-draft = remove this line to publish
new-comment-index-no = index number (索引号), as the document or the disclosure catalogue gives it
new-comment-topic = topic category (主题分类)
new-comment-issuer = the issuing body (发文机关)
new-comment-doc-number = document number (发文字号), e.g. 国办发〔2017〕47号
new-comment-written = the date it was written (成文日期)
new-comment-published = the date it was published (发布日期)
new-comment-validity = valid | expired | repealed
new-comment-validity-replaced = when it stopped being in force, and the document that replaced it
