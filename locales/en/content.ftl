# Reading the files under content/: their names, their encoding, their front matter.

## The content tree

content-no-root = the site root does not exist
content-no-root-help = pass the site's directory with --root
content-no-content-directory = there is no content/ directory
content-no-content-directory-help = create content/site.yaml, or pass the site's directory with --root
content-link-loop = this link points back to a directory that contains it
content-cannot-read = cannot read: { $error }
content-cannot-read-help = remove the link or fix the file's permissions
content-link-outside = this link points outside the site
content-link-outside-help = copy the file into content/ instead of linking to it

## Reading a file

content-cannot-read-file = cannot read the file: { $error }
content-cannot-read-file-help = check that the file exists and that its permissions let it be read
content-file-too-large = the file is { $size } MB, more than the { $max } MB a content file may be
content-file-too-large-help = split it into several records, or move large data out of content/
content-not-utf8 = the file is not valid UTF-8
content-not-utf8-help = save the file with the UTF-8 encoding (in most editors: File > Save with Encoding > UTF-8)

## Names of files and folders

content-not-a-section = `{ $name }` is not a section
content-not-a-section-closest = did you mean `{ $closest }`? Sections: { $sections }
content-sections-are = the sections are { $sections }
content-yml = YAML files end in .yaml here
content-yml-help = rename it to { $name }
content-unexpected-file = unexpected file in content/
content-unexpected-file-help = content/ holds site.yaml, glossary.yaml and one directory per section; move this file elsewhere
content-folder-not-slug = `{ $name }` is a directory, but its name is not a record's slug
content-folder-not-slug-help = a record's folder is named by its slug, lowercase ASCII letters and digits joined by hyphens, e.g. `{ $suggestion }`
content-subdirectory = sections do not have subdirectories
content-subdirectory-help = move the file up into its section directory
content-bad-slug = `{ $slug }` is not a valid slug
content-bad-slug-help = a slug is lowercase ASCII letters and digits, words joined by single hyphens; rename the file, e.g. to `{ $suggestion }`
content-no-language = the file name does not say its language
content-name-a-language = rename it to { $stem }.zh.md (Chinese) or { $stem }.en.md (English)
content-unknown-language = `{ $code }` is not a language of this site
content-unexpected-section-file = unexpected file in a section
content-unexpected-section-file-help = a section holds <slug>.yaml, <slug>.zh.md, <slug>.en.md and _index.<lang>.md; a record's images and attachments go in its folder, content/<section>/<slug>/ (see docs/content-format.md)

## Front matter

content-file-empty = the file is empty
content-no-front-matter = the file has no front matter
content-no-front-matter-help = start the file with a line `---`, then `title: …` and `summary: …`, then a line `---`, then the text
content-front-matter-not-closed = the front matter is not closed
content-front-matter-not-closed-help = add a line `---` after the last front matter field, before the text

## A field in the wrong file (the help of "unknown field")

content-prose-in-data = `{ $field }` is prose and differs by language: write it in the front matter of { $slug }.zh.md and { $slug }.en.md
content-data-in-front-matter = `{ $field }` is data shared by both languages: move it to { $section }/{ $slug }.yaml
content-data-in-intro = `{ $field }` is data: a section introduction takes only title, summary and draft
