//! Which language the tool speaks: `--lang`, then the locale of the
//! environment, then the site's first language.

use super::Lang;

/// The language a tag names: `zh`, `zh-CN`, `zh_CN.UTF-8`, `en`, `en_GB`…;
/// `None` for any other.
pub fn from_tag(tag: &str) -> Option<Lang> {
    let primary = tag
        .split(['_', '-', '.', '@'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    match primary.as_str() {
        "zh" => Some(Lang::Zh),
        "en" => Some(Lang::En),
        _ => None,
    }
}

/// The language the environment asks for, as POSIX ranks its variables:
/// `LC_ALL`, then `LC_MESSAGES`, then `LANG`. The first one set decides; `C`,
/// `POSIX` or a language the catalogue lacks leaves the choice to the site.
pub fn from_env() -> Option<Lang> {
    from_vars(|name| std::env::var(name).ok())
}

fn from_vars(var: impl Fn(&str) -> Option<String>) -> Option<Lang> {
    let value = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .find_map(|name| var(name).filter(|v| !v.is_empty()))?;
    from_tag(&value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_and_locales_name_a_language() {
        assert_eq!(from_tag("zh_CN.UTF-8"), Some(Lang::Zh));
        assert_eq!(from_tag("zh-Hans"), Some(Lang::Zh));
        assert_eq!(from_tag("EN_gb"), Some(Lang::En));
        assert_eq!(from_tag("C.UTF-8"), None);
        assert_eq!(from_tag("fr_FR"), None);
    }

    #[test]
    fn lc_all_outranks_lang_and_c_defers_to_the_site() {
        let env = |pairs: &'static [(&str, &str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(
            from_vars(env(&[("LANG", "en_US.UTF-8"), ("LC_ALL", "zh_CN.UTF-8")])),
            Some(Lang::Zh)
        );
        assert_eq!(from_vars(env(&[("LANG", "en_US.UTF-8")])), Some(Lang::En));
        assert_eq!(from_vars(env(&[("LANG", "C.UTF-8")])), None);
        assert_eq!(
            from_vars(env(&[("LC_ALL", ""), ("LANG", "zh_TW")])),
            Some(Lang::Zh)
        );
    }
}
