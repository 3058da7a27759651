# `zonesite init`: its questions, its refusals, what it wrote, and the
# warnings of the placeholders it left.
init-ask-name-zh = The zone's name in Chinese, e.g. 某某经济技术开发区
init-ask-name-en = The zone's name in English, e.g. Someplace Economic and Technological Development Zone
init-ask-base-url = The address the site will be published at
init-later = Enter: fill it in later
init-default = { $value }
# A question, then what an empty answer means; the answer is typed after it.
init-prompt = { $question } [{ $default }]:{" "}
init-not-empty = { $dir } is not empty; `zonesite init` writes a new site only into an empty or new folder, so that it never overwrites a file
init-not-empty-help = choose a new folder, e.g. `zonesite init my-zone`
init-not-a-folder = { $dir } is a file, not a folder
init-bad-name = { $flag }: a name is one line of text, without control characters
init-bad-base-url = --base-url: { $message }
init-bad-base-url-help = pass the address the site will be published at, e.g. https://kfq.example.gov.cn/
init-cannot-read = cannot read { $path }: { $error }
init-cannot-write = cannot write { $path }: { $error }
init-site-of = the site of { $name }
init-a-new-site = a new site
init-current-folder = .
init-folder = { $dir }
init-created = created { $site } in { $dir }: { $count ->
    [one] { $count } file
   *[other] { $count } files
}
# What each file or folder of the new site is, listed after its path.
init-file-site = the zone: names, address, key figures, sources, menu, footer
init-file-glossary = the zone's proper names in both languages
init-file-records = an example record per section, in Chinese and English
init-file-schemas = JSON Schemas of the content files, for editors' YAML tooling
init-file-readme = how to edit, preview and publish the site
init-file-workflow = checks, builds and publishes the site with GitHub Pages
init-file-gitignore = keeps the built site out of git
init-next = next: { $cd }zonesite serve, then replace each 待填写 and TO FILL IN (zonesite check lists those left)
init-placeholder-left = a placeholder is left to fill in
init-placeholders-left-line = placeholders are left to fill in here and on line { $line }
init-placeholders-left-lines = placeholders are left to fill in here and on lines { $lines } and { $last }
init-placeholders-help = replace each 待填写 and TO FILL IN with the zone's own text (zonesite init wrote them where it could not know it)
init-example-help = replace each 待填写 and TO FILL IN with the zone's own text, or delete this example record
init-example-address = base_url is still the example address { $url }
init-example-address-help = set it to the address the site will be published at; a build with --base-url (as the publish workflow runs it) uses that address instead
