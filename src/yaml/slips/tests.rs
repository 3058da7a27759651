use super::*;

/// Each slip as (line, column in characters, the text it covers, kind).
fn slips(src: &str) -> Vec<(usize, usize, String, Kind)> {
    find(src)
        .into_iter()
        .map(|s| {
            let line_start = src[..s.at].rfind('\n').map_or(0, |i| i + 1);
            let line = src[..s.at].matches('\n').count() + 1;
            let col = src[line_start..s.at].chars().count() + 1;
            (line, col, src[s.at..s.at + s.len].to_string(), s.kind)
        })
        .collect()
}

#[test]
fn a_full_width_colon_after_a_key_is_found_where_it_was_typed() {
    let src = "title: 园区\narea_km2: 12\n\nlocation：{lat: 36.6, lon: 101.7}\n";
    assert_eq!(slips(src), [(4, 9, "：".into(), Kind::Colon)]);
}

#[test]
fn two_slips_on_one_line_are_two_positions() {
    let src = "industries: [lithium，solar，wind]\nlocation: {lat：36.6，lon: 101.7}\n";
    assert_eq!(
        slips(src),
        [
            (1, 21, "，".into(), Kind::Comma),
            (1, 27, "，".into(), Kind::Comma),
            (2, 15, "：".into(), Kind::Colon),
            (2, 20, "，".into(), Kind::Comma),
        ]
    );
}

#[test]
fn enumeration_commas_and_full_width_brackets_in_a_list() {
    let src = "parks: ［nanchuan、ganhe］\n";
    assert_eq!(
        slips(src),
        [
            (1, 8, "［".into(), Kind::Bracket('［')),
            (1, 17, "、".into(), Kind::EnumerationComma),
            (1, 23, "］".into(), Kind::Bracket('］')),
        ]
    );
    assert_eq!(
        slips("location: ｛lat: 36.6, lon: 101.7｝\n"),
        [
            (1, 11, "｛".into(), Kind::Brace('｛')),
            (1, 33, "｝".into(), Kind::Brace('｝')),
        ]
    );
}

#[test]
fn ideographic_spaces_in_indentation_and_after_colons_and_dashes() {
    let src = "facts:\n\u{3000}\u{3000}- value: 3\nparks:\n  -\u{3000}ganhe\ntitle:\u{3000}园区\n";
    assert_eq!(
        slips(src),
        [
            (2, 1, "\u{3000}\u{3000}".into(), Kind::IdeographicSpace),
            (4, 4, "\u{3000}".into(), Kind::IdeographicSpace),
            (5, 7, "\u{3000}".into(), Kind::IdeographicSpace),
        ]
    );
}

#[test]
fn a_full_width_dash_for_a_list_item() {
    assert_eq!(
        slips("parks:\n  － ganhe\n  - nanchuan\n"),
        [(2, 3, "－".into(), Kind::Dash)]
    );
}

#[test]
fn full_width_digits_in_a_number() {
    assert_eq!(
        slips("area_km2: １２．５\n"),
        [(
            1,
            11,
            "１２．５".into(),
            Kind::FullWidthDigits("12.5".into())
        )]
    );
    assert_eq!(slips("title: 第１期\n"), []);
}

#[test]
fn curly_quotes_around_a_slug_or_around_text_that_needs_quotes() {
    assert_eq!(
        slips("park: “nanchuan”\nsummary: “注意: 这里”\n"),
        [
            (
                1,
                7,
                "“nanchuan”".into(),
                Kind::CurlyQuotes("nanchuan".into())
            ),
            (
                2,
                10,
                "“注意: 这里”".into(),
                Kind::CurlyQuotes("\"注意: 这里\"".into())
            ),
        ]
    );
    assert_eq!(
        slips(
            "industries: [solar, ‘batteries’]
name: {zh: “光伏”产业, en: Solar}
"
        ),
        [(
            1,
            21,
            "‘batteries’".into(),
            Kind::CurlyQuotes("batteries".into())
        )]
    );
}

#[test]
fn prose_quotes_and_block_scalars_may_hold_any_punctuation() {
    let src = "title: 开发区：概况，“十三五”\nname: {zh: 锂电池、光伏，新材料, en: Batteries}\n\
summary: |\n  项目：一期，二期\n  facts：none\nnote: \"a，b：c\"\nkeywords: [\"a，b\", c]\n\
summary2: “一带一路”\n";
    assert_eq!(slips(src), []);
}

#[test]
fn a_flow_list_across_lines_is_read_as_one() {
    let src = "industries: [\n  lithium，\n  solar\n]\ntitle: a\n";
    assert_eq!(slips(src), [(2, 10, "，".into(), Kind::Comma)]);
}

#[test]
fn every_slip_has_words_in_both_languages() {
    use crate::i18n::Lang;
    let colon = Kind::Colon;
    assert_eq!(
        colon.message("：").render(Lang::En),
        "full-width colon `：` where YAML needs `:`"
    );
    assert_eq!(
        colon.message("：").render(Lang::Zh),
        "这里用了全角冒号`：`，YAML要求半角的`:`"
    );
    assert!(colon.help().render(Lang::Zh).contains("`:`"));
    let digits = Kind::FullWidthDigits("12.5".into());
    assert!(digits.help().render(Lang::En).contains("`12.5`"));
}

#[test]
fn a_markdown_link_with_full_width_parentheses() {
    let body = "见[报告全文]（/files/report.pdf）和[附件]（fund.pdf）。\n\n[注]（见下文）\n```\n[a]（/b）\n```\n`[a]（/b）`\n";
    let found: Vec<(usize, &str)> = find_in_markdown(body)
        .iter()
        .map(|s| (body[..s.at].chars().count(), &body[s.at..s.at + s.len]))
        .collect();
    assert_eq!(found, [(7, "（/files/report.pdf）"), (31, "（fund.pdf）")]);
}
