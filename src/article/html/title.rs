//! A page's `<title>` cut to the story's headline: the site's name off
//! either end, or the part the page shows as its headline.

use super::microdata::SEPARATORS;
use crate::search;

/// The headline without the site's name before or after it (`… -
/// CNNArabic.com`, `الجزيرة نت | …`). A part is the site's name when it
/// matches one of `sites` (folded), or looks like a domain.
pub fn strip_site_name(title: &str, sites: &[&str]) -> String {
    let sites: Vec<String> = sites
        .iter()
        .map(|s| search::fold(s))
        .filter(|s| !s.is_empty())
        .collect();
    let is_site = |part: &str| {
        let f = search::fold(part.trim());
        let domain = !f.contains(' ') && f.contains('.') && f.chars().any(char::is_alphabetic);
        // "سكاي نيوز عربية - أخبار" holds the name; "سكاي نيوز" is most of it.
        let holds = |s: &String| f.len() <= s.len() + 24 && f.contains(s.as_str());
        let most_of = |s: &String| f.len() * 10 >= s.len() * 6 && s.contains(f.as_str());
        domain || sites.iter().any(|s| holds(s) || most_of(s))
    };
    let mut title = title.trim().to_owned();
    loop {
        let before = title.len();
        for sep in SEPARATORS {
            if let Some((head, tail)) = title.rsplit_once(sep)
                && !head.trim().is_empty()
                && is_site(tail)
            {
                title = head.trim().to_owned();
            }
            if let Some((head, tail)) = title.split_once(sep)
                && !tail.trim().is_empty()
                && is_site(head)
            {
                title = tail.trim().to_owned();
            }
        }
        if title.len() == before {
            return title;
        }
    }
}

/// The title cut to the page's headline when the title is the headline and
/// a site's name the page does not give (`الذهب يرتفع | اليوم السابع` with
/// `<h1>الذهب يرتفع</h1>`).
pub fn cut_to_headline(title: &str, headline: &str) -> String {
    let want = search::fold(headline);
    if want.is_empty() || search::fold(title) == want {
        return title.to_owned();
    }
    for sep in SEPARATORS {
        if let Some((head, _)) = title.split_once(sep)
            && search::fold(head.trim()) == want
        {
            return head.trim().to_owned();
        }
        if let Some((_, tail)) = title.rsplit_once(sep)
            && search::fold(tail.trim()) == want
        {
            return tail.trim().to_owned();
        }
    }
    title.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_is_cut_to_the_headline_the_page_shows() {
        let h = "الذهب يرتفع في الأسواق";
        assert_eq!(
            cut_to_headline("الذهب يرتفع في الأسواق | اليوم السابع", h),
            h
        );
        assert_eq!(cut_to_headline("مصراوي - الذهب يرتفع في الأسواق", h), h);
        assert_eq!(
            cut_to_headline("الذهب يرتفع في الأسواق اليوم", h),
            "الذهب يرتفع في الأسواق اليوم"
        );
    }

    #[test]
    fn site_names_come_off_either_end() {
        assert_eq!(
            strip_site_name("مصر تعلن خطة جديدة - CNNArabic.com", &[]),
            "مصر تعلن خطة جديدة"
        );
        assert_eq!(
            strip_site_name("الجزيرة نت | مصر تعلن خطة جديدة", &["الجزيرة نت"]),
            "مصر تعلن خطة جديدة"
        );
        assert_eq!(
            strip_site_name(
                "أخبار | مصر - السودان: محادثات | سكاي نيوز عربية",
                &["سكاي نيوز عربية"]
            ),
            "أخبار | مصر - السودان: محادثات"
        );
        // A headline with a dash and no site name keeps it.
        assert_eq!(
            strip_site_name("مصر - السودان: محادثات", &["العربية"]),
            "مصر - السودان: محادثات"
        );
    }
}
