# `check`'s review of the site's columns as a government-website inspection
# counts them: empty columns and columns not updated in time.

columns-empty = the column `{ $section }` has no records
columns-empty-help = an empty column counts against a government-website inspection, and five fail it: add records to content/{ $section }/, or remove the section from `sections` and `menu`
columns-stale = the column `{ $section }` ({ $type }) was last updated on { $newest }
columns-stale-help = inspections expect something new in such a column every { $period ->
    [two-weeks] two weeks
   *[six-months] six months
}; five columns not updated in time fail an inspection
columns-empty-veto = { $count } columns are empty
columns-stale-veto = { $count } columns are not updated in time
columns-veto-help = under the government-portal profile five or more fail the check, as they fail an inspection (《政府网站与政务新媒体检查指标》)
