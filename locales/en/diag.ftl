# How a diagnostic is printed: `path:line:col: error: message`, then `= help: …`.
diag-error = error
diag-warning = warning
diag-help = help
diag-headline = { $level }: { $message }
diag-errors = { $count ->
    [one] { $count } error
   *[other] { $count } errors
}
diag-and-more = … and { $hidden } more { $kind } in this file
diag-and-more-help = the first { $shown } are shown; fix them, then build again to see the rest
diag-kind-errors-like = errors like "{ $shape }"
diag-kind-warnings-like = warnings like "{ $shape }"
diag-kind-broken-links = broken links
diag-kind-unknown-references = unknown references
diag-kind-missing-strings = uses of missing interface strings
