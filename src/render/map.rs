//! A map of the parks drawn at build time as inline SVG from their coordinates:
//! no tile server, no script, nothing fetched. It shows what the content knows
//! and no more: a marker per park with its name and a link to its page, a
//! latitude/longitude grid, a scale bar and north. Positions the content marks
//! as approximate get a dashed ring; the template says what the ring means.

use std::fmt::Write as _;

use crate::i18n::Lang;
use crate::render::charts::text_width;
use crate::render::escape::xml_escape;
use crate::render::view::{MapRowView, MapView};

/// A park to put on the map.
#[derive(Debug, Clone)]
pub struct MapPoint {
    /// Its name in the page's language.
    pub name: String,
    /// Its page.
    pub url: String,
    /// Latitude, degrees north.
    pub lat: f64,
    /// Longitude, degrees east.
    pub lon: f64,
    /// Whether the position is only roughly known.
    pub approximate: bool,
    /// Whether this is the page's own park, drawn emphasised.
    pub current: bool,
    /// The language tag of `name` when it is not in the page's language, else empty.
    pub name_lang_tag: &'static str,
}

/// The drawing's width in SVG units; it scales to the width the page gives it.
const WIDTH: f64 = 380.0;
const MARGIN: f64 = 28.0;
const FONT: f64 = 13.0;
/// Kilometres per degree of latitude.
const KM_PER_DEGREE: f64 = 111.32;

/// The map of `points`, or `None` when no park has a location.
pub fn park_map(id: &str, points: &[MapPoint], lang: Lang) -> Option<MapView> {
    let points: Vec<&MapPoint> = points
        .iter()
        .filter(|p| p.lat.is_finite() && p.lon.is_finite())
        .collect();
    if points.is_empty() {
        return None;
    }
    let (min_lat, max_lat) = bounds(points.iter().map(|p| p.lat));
    let (min_lon, max_lon) = bounds(points.iter().map(|p| p.lon));
    // An equirectangular projection around the mean latitude keeps a small
    // region's shapes and distances true enough to draw a scale bar.
    let k = ((min_lat + max_lat) / 2.0).to_radians().cos().max(0.01);
    let span = ((max_lon - min_lon) * k).max(max_lat - min_lat).max(0.02);
    let pad = span * 0.3;
    let (x0, x1) = ((min_lon * k) - pad, (max_lon * k) + pad);
    let (y0, y1) = (min_lat - pad, max_lat + pad);
    let height =
        ((y1 - y0) / (x1 - x0) * (WIDTH - 2.0 * MARGIN) + 2.0 * MARGIN).clamp(240.0, 400.0);
    let scale = ((WIDTH - 2.0 * MARGIN) / (x1 - x0)).min((height - 2.0 * MARGIN) / (y1 - y0));
    // Centre the drawing in the frame.
    let ox = (WIDTH - (x1 - x0) * scale) / 2.0;
    let oy = (height - (y1 - y0) * scale) / 2.0;
    let project = |lat: f64, lon: f64| (ox + (lon * k - x0) * scale, oy + (y1 - lat) * scale);

    let mut svg = String::new();
    let _ = write!(
        svg,
        "<svg class=\"map-svg\" viewBox=\"0 0 {w} {h}\" role=\"group\" aria-labelledby=\"{id}-title {id}-desc\">\
<rect class=\"map-bg\" x=\"0.5\" y=\"0.5\" width=\"{w1}\" height=\"{h1}\"/>",
        w = n(WIDTH),
        h = n(height),
        w1 = n(WIDTH - 1.0),
        h1 = n(height - 1.0),
    );
    grid(&mut svg, lang, height, k, (x0, y1), scale, (ox, oy));
    scale_bar(&mut svg, lang, height, scale);
    let north = if lang == Lang::Zh { "北" } else { "N" };
    let _ = write!(
        svg,
        "<g class=\"map-north\"><path d=\"M{x} 12 l6 16 l-6 -4 l-6 4 z\"/><text x=\"{x}\" y=\"42\" text-anchor=\"middle\">{north}</text></g>",
        x = n(WIDTH - 22.0)
    );

    // Markers first, then labels over them, placed away from each other.
    let mut placed: Vec<(f64, f64, f64, f64)> = Vec::new();
    let mut order: Vec<&MapPoint> = points.clone();
    order.sort_by(|a, b| b.lat.total_cmp(&a.lat).then(a.lon.total_cmp(&b.lon)));
    let mut markers = String::new();
    for p in &order {
        let (x, y) = project(p.lat, p.lon);
        placed.push((x - 8.0, y - 8.0, x + 8.0, y + 8.0));
        let class = if p.current {
            "map-marker map-current"
        } else {
            "map-marker"
        };
        let _ = write!(
            markers,
            "<a href=\"{url}\" class=\"{class}\">",
            url = xml_escape(&p.url)
        );
        if p.approximate {
            let _ = write!(
                markers,
                "<circle class=\"map-ring\" cx=\"{}\" cy=\"{}\" r=\"14\"/>",
                n(x),
                n(y)
            );
        }
        let _ = write!(
            markers,
            "<circle class=\"map-dot\" cx=\"{}\" cy=\"{}\" r=\"{}\"/>",
            n(x),
            n(y),
            if p.current { 7 } else { 5 }
        );
        let (lx, ly, anchor) = place_label(p, (x, y), &mut placed);
        // A park's name in the other language says so, as text in HTML does.
        let lang = match p.name_lang_tag {
            "" => String::new(),
            tag => format!(" lang=\"{tag}\""),
        };
        let _ = write!(
            markers,
            "<text class=\"map-label\" x=\"{}\" y=\"{}\" text-anchor=\"{anchor}\"{lang}>{}</text></a>",
            n(lx),
            n(ly),
            xml_escape(&p.name)
        );
    }
    svg.push_str(&markers);
    svg.push_str("</svg>");

    let rows = order
        .iter()
        .map(|p| MapRowView {
            name: p.name.clone(),
            url: p.url.clone(),
            name_lang_tag: p.name_lang_tag,
            lat: latitude(p.lat, lang),
            lon: longitude(p.lon, lang),
            approximate: p.approximate,
            current: p.current,
        })
        .collect();
    Some(MapView {
        id: id.to_string(),
        svg,
        rows,
        approximate: points.iter().any(|p| p.approximate),
        count: points.len().to_string(),
        has_current: points.iter().any(|p| p.current),
    })
}

/// Puts a label beside its marker: right of it in the west half, left of it in
/// the east half, moved up or down where it would cover another label or marker.
fn place_label(
    p: &MapPoint,
    (x, y): (f64, f64),
    placed: &mut Vec<(f64, f64, f64, f64)>,
) -> (f64, f64, &'static str) {
    let width = text_width(&p.name) * FONT / 14.0;
    let east = x > WIDTH / 2.0;
    let sides: [bool; 2] = [east, !east];
    let shifts = [0.0, 16.0, -16.0, 30.0, -30.0];
    let mut best = None;
    'search: for shift in shifts {
        for left in sides {
            let (x0, x1) = if left {
                (x - 12.0 - width, x - 12.0)
            } else {
                (x + 12.0, x + 12.0 + width)
            };
            if x0 < 2.0 || x1 > WIDTH - 2.0 {
                continue;
            }
            let baseline = y + FONT * 0.35 + shift;
            let rect = (x0, baseline - FONT, x1, baseline + 3.0);
            let clear = placed.iter().all(|r| !overlaps(*r, rect));
            if clear {
                best = Some((rect, left, baseline));
                break 'search;
            }
            best.get_or_insert((rect, left, baseline));
        }
    }
    let (rect, left, baseline) = best.unwrap_or((
        (x + 12.0, y - FONT, x + 12.0 + width, y + 3.0),
        false,
        y + FONT * 0.35,
    ));
    placed.push(rect);
    if left {
        (rect.2, baseline, "end")
    } else {
        (rect.0, baseline, "start")
    }
}

fn overlaps(a: (f64, f64, f64, f64), b: (f64, f64, f64, f64)) -> bool {
    a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3
}

/// Grid lines at a round step of degrees, labelled along the left and bottom edges.
fn grid(
    svg: &mut String,
    lang: Lang,
    height: f64,
    k: f64,
    (x0, y1): (f64, f64),
    scale: f64,
    (ox, oy): (f64, f64),
) {
    let lat_span = (height - 2.0 * oy) / scale;
    let step = nice_step(lat_span / 3.0);
    svg.push_str("<g class=\"map-grid\">");
    let first_lat = ((y1 - lat_span) / step).ceil() as i64;
    let last_lat = (y1 / step).floor() as i64;
    for i in first_lat..=last_lat {
        let lat = i as f64 * step;
        let y = oy + (y1 - lat) * scale;
        if !(14.0..=height - 14.0).contains(&y) {
            continue;
        }
        let _ = write!(
            svg,
            "<line x1=\"0\" x2=\"{}\" y1=\"{y}\" y2=\"{y}\"/><text x=\"4\" y=\"{}\">{}</text>",
            n(WIDTH),
            n(y - 3.0),
            latitude(lat, lang),
            y = n(y)
        );
    }
    let lon_span = (WIDTH - 2.0 * ox) / scale / k;
    let lon_step = nice_step(lon_span / 3.0);
    let west = x0 / k;
    let first_lon = ((west - ox / scale / k) / lon_step).ceil() as i64;
    let last_lon = ((west + (WIDTH - ox) / scale / k) / lon_step).floor() as i64;
    for i in first_lon..=last_lon {
        let lon = i as f64 * lon_step;
        let x = ox + (lon * k - x0) * scale;
        if !(40.0..=WIDTH - 40.0).contains(&x) {
            continue;
        }
        let _ = write!(
            svg,
            "<line x1=\"{x}\" x2=\"{x}\" y1=\"0\" y2=\"{}\"/><text x=\"{}\" y=\"{}\">{}</text>",
            n(height),
            n(x + 3.0),
            n(height - 6.0),
            longitude(lon, lang),
            x = n(x)
        );
    }
    svg.push_str("</g>");
}

/// A scale bar of a round number of kilometres, bottom right.
fn scale_bar(svg: &mut String, lang: Lang, height: f64, scale: f64) {
    let px_per_km = scale / KM_PER_DEGREE;
    let km = [0.5, 1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 200.0, 500.0]
        .into_iter()
        .rev()
        .find(|km| km * px_per_km <= 110.0)
        .unwrap_or(0.5);
    let len = km * px_per_km;
    let x1 = WIDTH - 14.0;
    let x0 = x1 - len;
    let y = height - 26.0;
    let unit = if lang == Lang::Zh { "公里" } else { "km" };
    let _ = write!(
        svg,
        "<g class=\"map-scale\"><rect class=\"map-scale-bg\" x=\"{bx}\" y=\"{by}\" width=\"{bw}\" height=\"26\"/><path d=\"M{x0} {y0} V{y} H{x1} V{y0}\"/><text x=\"{xm}\" y=\"{ty}\" text-anchor=\"middle\">{km} {unit}</text></g>",
        bx = n(x0 - 6.0),
        by = n(y - 20.0),
        bw = n(len + 12.0),
        x0 = n(x0),
        x1 = n(x1),
        y0 = n(y - 5.0),
        y = n(y),
        xm = n((x0 + x1) / 2.0),
        ty = n(y - 8.0),
        km = crate::facts::number(km, lang),
    );
}

/// A round step (1, 2 or 5 times a power of ten) near `raw`.
fn nice_step(raw: f64) -> f64 {
    let raw = raw.max(1e-6);
    let magnitude = 10f64.powf(raw.log10().floor());
    [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * magnitude)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * magnitude)
}

/// A latitude with two decimals at most and its hemisphere from its sign:
/// `36.58° N`, `33.87° S` (`北纬36.58°`, `南纬33.87°` in Chinese).
pub fn latitude(value: f64, lang: Lang) -> String {
    degrees(value, [("N", "北纬"), ("S", "南纬")], lang)
}

/// A longitude with two decimals at most and its hemisphere from its sign:
/// `101.76° E`, `70.67° W` (`东经101.76°`, `西经70.67°` in Chinese).
pub fn longitude(value: f64, lang: Lang) -> String {
    degrees(value, [("E", "东经"), ("W", "西经")], lang)
}

/// `value` in degrees, named by the first hemisphere (English letter,
/// Chinese word) when it rounds to zero or more, else by the second.
fn degrees(value: f64, hemispheres: [(&str, &str); 2], lang: Lang) -> String {
    let rounded = (value * 100.0).round() / 100.0;
    let (en, zh) = hemispheres[usize::from(rounded < 0.0)];
    let v = crate::facts::number(rounded.abs(), Lang::Zh);
    match lang {
        Lang::En => format!("{v}° {en}"),
        Lang::Zh => format!("{zh}{v}°"),
    }
}

fn bounds(values: impl Iterator<Item = f64>) -> (f64, f64) {
    values.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
        (lo.min(v), hi.max(v))
    })
}

/// A coordinate in SVG units, with one decimal.
fn n(v: f64) -> String {
    let text = format!("{v:.1}");
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn point(name: &str, lat: f64, lon: f64) -> MapPoint {
        MapPoint {
            name: name.into(),
            url: format!("/parks/{name}/"),
            lat,
            lon,
            approximate: true,
            current: false,
            name_lang_tag: "",
        }
    }

    #[test]
    fn draws_every_park_inside_the_frame_with_a_link() {
        let points = [
            point("a", 36.67, 101.75),
            point("b", 36.60, 101.82),
            point("c", 36.50, 101.57),
            point("d", 36.58, 101.76),
        ];
        let map = park_map("m", &points, Lang::En).unwrap();
        for p in &points {
            assert!(map.svg.contains(&format!("href=\"/parks/{}/\"", p.name)));
        }
        let height: f64 = map
            .svg
            .split("viewBox=\"0 0 380 ")
            .nth(1)
            .and_then(|s| s.split('"').next())
            .unwrap()
            .parse()
            .unwrap();
        for cx in map.svg.split("class=\"map-dot\" cx=\"").skip(1) {
            let x: f64 = cx.split('"').next().unwrap().parse().unwrap();
            let y: f64 = cx
                .split("cy=\"")
                .nth(1)
                .unwrap()
                .split('"')
                .next()
                .unwrap()
                .parse()
                .unwrap();
            assert!(
                (0.0..=WIDTH).contains(&x) && (0.0..=height).contains(&y),
                "{x},{y}"
            );
        }
        assert_eq!(map.rows[0].name, "a", "listed north to south");
        assert_eq!(map.rows[0].lat, "36.67° N");
        assert!(map.approximate);
        assert!(map.svg.contains(" km</text>"));
    }

    #[test]
    fn a_single_park_still_gets_a_map() {
        let map = park_map("m", &[point("a", 36.6, 101.7)], Lang::Zh).unwrap();
        assert!(map.svg.contains("公里"));
        assert_eq!(map.rows[0].lat, "北纬36.6°");
    }

    #[test]
    fn no_locations_no_map() {
        assert!(park_map("m", &[], Lang::Zh).is_none());
    }

    #[test]
    fn hemispheres_follow_the_sign_in_both_languages() {
        assert_eq!(latitude(36.584, Lang::En), "36.58° N");
        assert_eq!(latitude(-33.87, Lang::En), "33.87° S");
        assert_eq!(longitude(101.76, Lang::En), "101.76° E");
        assert_eq!(longitude(-70.666, Lang::En), "70.67° W");
        assert_eq!(latitude(36.58, Lang::Zh), "北纬36.58°");
        assert_eq!(latitude(-33.87, Lang::Zh), "南纬33.87°");
        assert_eq!(longitude(101.76, Lang::Zh), "东经101.76°");
        assert_eq!(longitude(-70.67, Lang::Zh), "西经70.67°");
        assert_eq!(
            latitude(-0.001, Lang::En),
            "0° N",
            "what rounds to zero has no south"
        );
        let map = park_map("m", &[point("santiago", -33.45, -70.67)], Lang::En).unwrap();
        assert_eq!(
            (&*map.rows[0].lat, &*map.rows[0].lon),
            ("33.45° S", "70.67° W")
        );
        assert!(map.svg.contains("° S</text>") && map.svg.contains("° W</text>"));
        assert!(
            !map.svg.contains("° N<") && !map.svg.contains("° E<"),
            "{}",
            map.svg
        );
    }

    #[test]
    fn a_name_in_the_other_language_carries_its_lang() {
        let mut other = point("b", 36.5, 101.6);
        other.name_lang_tag = "zh-Hans";
        let map = park_map("m", &[point("a", 36.6, 101.7), other], Lang::En).unwrap();
        assert!(
            map.svg
                .contains("text-anchor=\"start\" lang=\"zh-Hans\">b</text>")
                || map
                    .svg
                    .contains("text-anchor=\"end\" lang=\"zh-Hans\">b</text>"),
            "{}",
            map.svg
        );
        assert_eq!(map.svg.matches(" lang=").count(), 1);
    }

    #[test]
    fn picks_round_steps() {
        assert_eq!(nice_step(0.07), 0.1);
        assert_eq!(nice_step(0.03), 0.05);
        assert_eq!(nice_step(1.5), 2.0);
    }
}
