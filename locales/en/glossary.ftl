# Names that the glossary lists as forms to avoid.
glossary-variant = `{ $form }` is a form the glossary says to avoid: write `{ $name }`
glossary-variant-help = replace `{ $form }` with `{ $name }`, the name content/glossary.yaml gives; if `{ $form }` is right here, take it out of that name's `avoid:` list
