# Sections as `site.yaml` declares them (`sections:`), and the fields of a
# custom kind's records.
section-did-you-mean = did you mean `{ $name }`?
section-bad-id = `{ $id }` cannot be a section's id
section-bad-id-help = a section's id is its folder and URL: lowercase letters and digits, words joined by hyphens, and none of { $reserved }
section-duplicate-id = two sections have the id `{ $id }`
section-duplicate-id-help = each section needs its own id: it is the section's folder and URL
section-unknown-kind = `{ $kind }` is not a kind of section
section-kinds-are = the kinds are { $kinds }
section-duplicate-kind = two sections are of the kind `{ $kind }`
section-duplicate-kind-help = other records refer to { $kind } by kind, so a site has one section of it at most; make the second `custom`
section-bad-order = `{ $order }` is not an order
section-bad-order-help = write `order: date` (newest first) or `order: title`
section-builtin-fields = the section `{ $section }` is of the kind `{ $kind }`, whose fields are built in
section-builtin-fields-help = declare fields only for a section of the kind `custom`, or remove `fields`
section-bad-field-id = `{ $id }` cannot be a field's id
section-bad-field-id-help = a field's id is lowercase letters, digits and `_`, starting with a letter, and not `weight` or `photos`
section-duplicate-field = two fields have the id `{ $id }`
section-duplicate-field-help = give each field its own id
section-no-choices = the choice field `{ $field }` has no choices
section-no-choices-help = add `{ $example }`
section-undeclared-reference = the field `{ $field }` refers to `{ $section }`, which is not a declared section
section-declared-are = the declared sections are { $sections }
section-reference-without-section = the reference field `{ $field }` names no section
section-reference-without-section-help = add `section: <id>` with the id of the section its slugs belong to
section-unknown-field-type = `{ $ty }` is not a field type
section-field-types-are = the field types are { $types }

# A custom record's data file.
section-weight-not-whole = `weight` must be a whole number
section-weight-not-whole-help = write e.g. `weight: 1`: lower weights come first in lists
section-field-problem = `{ $field }`: { $problem }
section-photos-help = a photo is `{ $example }`, its file in the record's folder
section-fact-help = a fact is `{ $example }`
# What serde says of a value, when it says it in its own words.
section-unknown-field = unknown field `{ $field }`
section-declares-no-fields = the section `{ $section }` declares no fields in content/site.yaml
section-declares-fields = the section `{ $section }` declares these fields: { $fields }, weight, photos
section-field-required = the field `{ $field }` is required
section-field-required-help = add `{ $field }: …` ({ $label }); the section `{ $section }` declares it required
# A field's label in the language shown ($zh is named so that both languages
# name the same values).
section-label = { $zh ->
   *[other] { $en }
}
section-must-be = `{ $field }` must be { $what }
section-must-be-help = write e.g. `{ $field }: { $example }`
section-a-label = a text in both languages
section-a-text = a text
section-a-number = a number of zero or more
section-a-date = a date
section-slugs = a list of slugs
section-one-slug = one slug
section-not-a-choice = `{ $value }` is not a choice of `{ $field }`
section-choices-are = write one of { $choices }

# What one record of a section is called in messages.
section-noun-park = park
section-noun-industry = industry
section-noun-initiative = initiative
section-noun-enterprise = enterprise
section-noun-news-item = news item
section-noun-page = page
section-noun-policy = policy document
section-noun-record = record
section-noun-record-of = record of `{ $section }`

# `zonesite schemas`.
section-schema-not-ours = { $path } is not a schema zonesite wrote for this file; move it away to write the schemas
section-schema-cannot-create = cannot create { $path }: { $error }
section-schema-cannot-write = cannot write { $path }: { $error }
section-unknown-column-type = `{ $name }` is not a column type of government-portal page metadata (`ColumnType`)
section-column-types-are = the column types are { $types }
