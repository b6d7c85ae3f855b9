//! A labelled writer's name without what its site sets beside it on the
//! line: a blog's category, the writer's place or city, the channel he
//! said it on, the calling he is introduced by.

use super::byline::is_in;
use super::byline_names::PLACES;

/// A name without the category a blog's byline ends with (`بواسطة فلان
/// on 6 ديسمبر 2012 غير مصنف`, the date read already): the category is
/// the post's, no part of the name.
pub(super) fn without_category(name: &str) -> &str {
    UNFILED
        .iter()
        .find_map(|label| {
            let cut = name.len().checked_sub(label.len())?;
            let (rest, end) = (name.get(..cut)?, &name[cut..]);
            (end.eq_ignore_ascii_case(label) && rest.ends_with(' ')).then(|| rest.trim_end())
        })
        .unwrap_or(name)
}

/// What blogging software prints for a post filed under no category.
const UNFILED: [&str; 4] = ["غير مصنف", "غير مصنفة", "بدون تصنيف", "Uncategorized"];

/// A byline's name without the place its label was said from (`حاوره في
/// المدينة / فلان`, `كتب من المدينة: فلان`): no name starts with `في` or
/// `من`, and the place ends at the first slash, colon or dash.
pub(super) fn without_place(name: &str) -> &str {
    let Some(rest) = name
        .strip_prefix("في ")
        .or_else(|| name.strip_prefix("من "))
    else {
        return name;
    };
    let Some(at) = rest.find(['/', ':', '-', '–', '—']) else {
        return name;
    };
    let place_words = rest[..at].split_whitespace().count();
    let after = rest[at..].trim_start_matches(['/', ':', '-', '–', '—', ' ']);
    if (1..=3).contains(&place_words) && !after.is_empty() {
        after
    } else {
        name
    }
}

/// A labelled byline's name without the city it was filed from, before or
/// after a spaced dash or a slash (`كتب: فلان الفلاني - القاهرة`, `كتب:
/// القاهرة - فلان الفلاني`): the city is a known one, the name the rest.
pub(super) fn without_city(name: &str) -> &str {
    let split = [" - ", " – ", " — ", " ـ ", " / "]
        .iter()
        .find_map(|d| name.split_once(d));
    match split {
        Some((a, b)) if is_in(b.trim(), PLACES) && !a.trim().is_empty() => a.trim(),
        Some((a, b)) if is_in(a.trim(), PLACES) && !b.trim().is_empty() => b.trim(),
        _ => name,
    }
}

/// A labelled byline's name without how the writer said it (`كتب فلان
/// عبر منصة إكس`, "via the X platform") or the calling before it
/// (`الإعلامي فلان`, "the broadcaster"): no name holds the word `عبر`,
/// and a calling is no title of the name's, as `الدكتور` is.
pub fn without_channel(name: &str) -> &str {
    let name = name.find(" عبر ").map_or(name, |at| name[..at].trim_end());
    match name.split_once(' ') {
        Some((first, rest)) if is_in(first, CALLINGS) && rest.split_whitespace().count() >= 2 => {
            rest.trim_start()
        }
        _ => name,
    }
}

/// Callings a writer is introduced by.
const CALLINGS: &[&str] = &[
    "الإعلامي",
    "الإعلامية",
    "الصحفي",
    "الصحفية",
    "الصحافي",
    "الصحافية",
    "الناشط",
    "الناشطة",
    "المحلل",
    "المحللة",
    // A member of parliament writing a column (`بقلم: النائب فلان`).
    "النائب",
    "النائبة",
    // A lawyer or a researcher signing an opinion (`بقلم المحامي فلان`).
    "المحامي",
    "المحامية",
    "الباحث",
    "الباحثة",
];

/// A name without the tatweel that draws its letters out for show
/// (`نادي الريـــان الرياضي`): a writer's or a site's name is the same
/// with it or without. One before a digit joins the name to it (`كشـ24`)
/// and stays.
pub fn unstretched(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::with_capacity(name.len());
    for (i, &c) in chars.iter().enumerate() {
        let stretch = c == '\u{0640}'
            && i > 0
            && chars[i - 1].is_alphabetic()
            && chars[i + 1..]
                .iter()
                .find(|&&n| n != '\u{0640}')
                .is_some_and(|n| n.is_alphabetic());
        if !stretch {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::unstretched;

    #[test]
    fn a_names_drawn_out_letters_are_its_letters() {
        assert_eq!(unstretched("نادي الريـــان الرياضي"), "نادي الريان الرياضي");
        assert_eq!(unstretched("كشـ24"), "كشـ24");
        assert_eq!(unstretched("ـ القاهرة"), "ـ القاهرة");
    }
}
