# Links that lead nowhere, found by `check` in the rendered pages.
links-leaves-base = `{ $link }` leaves the site's base path { $base }
links-no-page = `{ $link }` leads to no page
links-no-anchor = `{ $link }`: the page has no element with id `{ $id }`
links-fix-in-template = fix the link in the template that produces it
links-from-root-help = a link from the site's root (/…) leads to a page or file of the site under its base URL: link to a record as @/<section>/<slug>, to a file of static/ at its path (/files/指南.pdf for static/files/指南.pdf)

# The base URL (`base_url`, `--base-url`).
links-base-url-not-absolute = `{ $url }` is not an absolute http(s) URL: write it like https://example.org/ or https://example.org/zone/
links-base-url-no-host = `{ $url }` has no usable host: write it like https://example.org/ or https://example.org/zone/
links-base-url-refused = `{ $url }` cannot be the base URL: it contains { $what }
links-base-url-space = a space (write it as %20)
links-base-url-control = a control character
links-base-url-whitespace = whitespace
links-base-url-quote = a quote
links-base-url-backslash = a backslash
links-base-url-angle = `<` or `>`
links-base-url-query = a query (`?`) or a fragment (`#`)
