# Loading a theme: its templates, interface strings and static files.
theme-missing = the theme `{ $theme }` does not exist
theme-missing-help = create themes/{ $theme }/ with the files that differ from the default theme, which is embedded in zonesite, or set `theme: { $default }`
theme-outside-help = copy the theme into themes/{ $theme }/ instead of linking to it
theme-link-outside = this link points outside the site
theme-link-outside-help = copy the file into the theme instead of linking to it
theme-cannot-read = cannot read: { $error }
theme-cannot-read-help = remove the link or fix the file's permissions
theme-cannot-read-file = cannot read the { $what }: { $error }
theme-a-template = template
theme-a-file = file
theme-cannot-read-strings = cannot read the interface strings: { $error }
theme-cannot-read-strings-help = an interface-string file is a map of key: text
theme-missing-string = missing interface string `{ $key }` in { $file } (used by { $template })
theme-missing-string-help = add `{ $key }: …` to { $file }
theme-syntax-error = template syntax error: { $detail }
theme-cannot-parse = the template cannot be parsed
theme-syntax-error-help = check that every {"{{ }}"}, {"{% %}"} and {"{# #}"} is closed and every block has its end tag
theme-templates-do-not-fit = the templates do not fit together: { $detail }

# Rendering a page.
theme-unknown-variable = unknown variable `{ $variable }` in template { $template }
theme-unknown-variable-help = check the name against the variables the template receives (see docs/themes.md)
theme-render-failed = template { $template } failed: { $detail }
