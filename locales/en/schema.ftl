# Values of a data file or front matter that are not what their field takes.

## Dates

schema-date-malformed = `{ $text }` is not a date: write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2017-07-13, and a time as HH:MM after a full date, e.g. 2017-07-13 10:19
schema-year-out-of-range = year { $year } is out of range: write a year from 1900 to 2100
schema-no-such-month = month { $month } does not exist in `{ $text }`: months run from 01 to 12
schema-no-such-day = day { $day } does not exist in `{ $text }`: that month has { $last } days
schema-date-help = dates are written YYYY, YYYY-MM or YYYY-MM-DD, a full date optionally followed by a time of day HH:MM, and must exist
schema-time-without-day = `{ $text }` has a time of day but no day: write the full date before the time, e.g. 2017-07-13 10:19
schema-no-such-time = `{ $time }` in `{ $text }` is not a time of day: hours run from 00 to 23, minutes from 00 to 59
# A date in a message: written as the editor writes it, 2017-07-13, 2017-07
# or 2017. `$month` and `$day` are numbers, 0 when the date has none; `$mm`
# and `$dd` are the same in two digits, `none` when the date has none.
schema-date = { $month ->
    [0] { $year }
   *[other] { $day ->
        [0] { $year }-{ $mm }
       *[other] { $year }-{ $mm }-{ $dd }
    }
}

# A date and its time of day in a message: 2017-07-13 10:19.
schema-date-time = { $date } { $time }

## Numbers

schema-too-large = `{ $number }` is too large to store
schema-too-large-help = numbers go up to 9007199254740992 (2^53), the largest kept exactly; check the figure for extra digits
schema-area-negative = an area must be a finite number of zero or more, not { $value }
schema-area-negative-help = write the area in square kilometres, e.g. 12.5
schema-latitude-out-of-range = the latitude { $value } is out of range
schema-latitude-out-of-range-help = a latitude runs from -90 (south pole) to 90 (north pole), e.g. 36.62; check that lat and lon are not swapped
schema-longitude-out-of-range = the longitude { $value } is out of range
schema-longitude-out-of-range-help = a longitude runs from -180 (west) to 180 (east), e.g. 101.78

## Photos

schema-alt-one-text = `{ $text }` is one text for two languages
# `$lang` is the language's code, `zh` or `en`.
schema-alt-empty = the { $lang ->
    [zh] Chinese
   *[en] English
} alt text (`{ $lang }`) is empty
schema-alt-help = write what the photo shows in both languages, alt: {"{"}zh: 南川工业园区厂房, en: Factory buildings in Nanchuan{"}"}; alt: "" only for an image that adds nothing to the page

## Links

schema-link-empty = the link is empty
schema-link-empty-help = write the address, or leave `url` out
# `$what` is what the link contains that no link may: `space`, `control`,
# `whitespace`, `backslash` or `markup`.
schema-link-contains = the link `{ $link }` contains { $what ->
    [space] a space
    [control] a control character
    [whitespace] whitespace
    [backslash] a backslash
   *[markup] `"`, `<` or `>`
}
schema-link-contains-help = { $what ->
    [space] write a space in a link as %20
    [control] remove it; a link has none
    [whitespace] remove it, or write it percent-encoded
    [backslash] write / instead, or %5C for a backslash that belongs
   *[markup] write them percent-encoded: %22, %3C, %3E
}
schema-link-no-host = the link `{ $link }` has no usable host
schema-link-no-host-help = write it like https://example.org/report.pdf
schema-link-empty-after-scheme = the link `{ $link }` is empty after `{ $scheme }:`
schema-link-scheme = the link `{ $link }` uses `{ $scheme }:`, which links from content may not use
schema-link-help = write an https:// or http:// address, a mailto: or tel: link, or a path on the site such as /about/

## Document numbers (发文字号)

schema-doc-number-brackets = the year of the document number `{ $text }` is not in 六角括号 〔〕
schema-doc-number-leading-zero = the serial number of `{ $text }` starts with a zero
schema-doc-number-write = write `{ $fixed }`
schema-doc-number-year = the year of the document number `{ $text }` is not four digits
schema-doc-number-malformed = `{ $text }` is not a document number
schema-doc-number-help = a document number is the issuer's code, the year in 〔〕 and the serial number without leading zeros, then 号, e.g. 国办发〔2017〕47号
