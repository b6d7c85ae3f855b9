//! Prompts to follow the site on a platform (`تابعوا RT على تلغرام`,
//! `Follow us on Telegram`): furniture in pages and copied text alike.

use super::text_rules::{Phrases, Words};
use crate::search;

/// Verbs that open a prompt to follow the site (`تابعوا RT على تلغرام`):
/// with a platform's name in a short block, the block is a promotion.
pub const FOLLOW_VERBS: &[&str] = &[
    "تابع",
    "تابعوا",
    "تابعونا",
    "تابعنا",
    // Said to a woman, on sites for women and families.
    "تابعي",
    "انضمي",
    "انضم",
    "انضموا",
    // `اضغط هنا للانضمام الى مجموعاتنا في واتساب`.
    "للانضمام",
    "follow",
    "follow us",
    "join",
];

/// Platforms a site asks to be followed on, folded as words.
pub const PLATFORMS: &[&str] = &[
    "فيسبوك",
    "فيس بوك",
    "تويتر",
    "إكس",
    "يوتيوب",
    "تلغرام",
    "تليغرام",
    "تيليجرام",
    "تلجرام",
    "تليجرام",
    "تيليغرام",
    "انستغرام",
    "انستجرام",
    "إنستغرام",
    "واتساب",
    "واتس اب",
    "تيك توك",
    "أخبار جوجل",
    "جوجل نيوز",
    // A news reader's app (`تابعوا الموجز على تطبيق نبض`).
    "تطبيق نبض",
    // All of them at once (`تابعوا موقع الفن على مواقع التواصل الاجتماعي`).
    "مواقع التواصل الاجتماعي",
    "منصات التواصل الاجتماعي",
    "وسائل التواصل الاجتماعي",
    "شبكات التواصل الاجتماعي",
    "facebook",
    "twitter",
    "telegram",
    "youtube",
    "instagram",
    "whatsapp",
    "tiktok",
    "google news",
    "social media",
];

/// What a follow prompt may say it is for before its verb.
/// Or the click that takes the reader there (`اضغط هنا للانضمام …`).
const PURPOSES: [&str; 4] = ["لمتابعة", "للمتابعة", "للمزيد", "اضغط"];
/// The most words of that clause.
const PURPOSE_WORDS: usize = 6;

/// A follow prompt names the platform within this many words.
const FOLLOW_WORDS: usize = 12;

/// The follow verbs and platforms, folded once for a page's blocks.
pub struct FollowPrompts {
    /// [`FOLLOW_VERBS`].
    verbs: Phrases,
    /// [`PLATFORMS`], folded, as ` word word `.
    platforms: Vec<String>,
}

impl Default for FollowPrompts {
    fn default() -> FollowPrompts {
        FollowPrompts::new()
    }
}

impl FollowPrompts {
    pub fn new() -> FollowPrompts {
        FollowPrompts {
            verbs: Phrases::new(&[FOLLOW_VERBS]),
            platforms: PLATFORMS.iter().map(|p| spaced_words(p)).collect(),
        }
    }

    /// `تابعوا RT على تلغرام`: a follow verb first and a platform's name
    /// in a short block.
    pub fn is_prompt(&self, words: &Words<'_>, text: &str) -> bool {
        if text.split_whitespace().nth(FOLLOW_WORDS).is_some() {
            return false;
        }
        // After what it is for (`لمتابعة أخبار عدن حرة عبر قناتنا على
        // تليجرام اضغط هنا`): as a copy's line is read.
        if self.verbs.strip(words).is_none() {
            return text.split_whitespace().next().is_some_and(is_purpose) && is_follow_line(text);
        }
        let spaced = spaced_words(text);
        self.platforms.iter().any(|p| spaced.contains(p.as_str()))
    }
}

/// Whether a copied text's line is a prompt to follow the site
/// (`تابعوا السوسنة على Google News`): the test [`BlockRules`] makes of a
/// page's blocks, with the tables folded at each call, for the few lines
/// that open with a follow verb.
pub fn is_follow_line(text: &str) -> bool {
    // A pictograph may open it (`📌 تابعوا 964 على تلغرام`).
    let text = text.trim_start_matches(|c: char| !c.is_alphanumeric());
    // Its label's colon is no part of the verb (`تابعونا: Facebook`).
    let is_verb = |word: &str| {
        let word = search::fold(word.trim_end_matches([':', '،']));
        FOLLOW_VERBS.iter().any(|v| {
            v.split_whitespace()
                .next()
                .is_some_and(|w| search::fold(w) == word)
        })
    };
    // Or after what it is for (`لمتابعة أخبار السويداء لحظة بلحظة
    // انضموا إلى قناتنا على تلغرام`).
    let words: Vec<&str> = text.split_whitespace().collect();
    let purpose = words.first().is_some_and(|w| is_purpose(w));
    // Or a call to click through to the site's page there (`لمتابعة
    // صفحتنا على الفيسبوك تفضل بالضغط هنا`).
    if purpose && words.len() <= FOLLOW_WORDS && text.trim_end_matches(['.', ' ']).ends_with("هنا")
    {
        return names_a_platform(&spaced_words(text).replace(" ال", " "));
    }
    let Some(at) = words
        .iter()
        .take(if purpose { PURPOSE_WORDS + 1 } else { 1 })
        .position(|w| is_verb(w))
    else {
        return false;
    };
    if words.len() - at > FOLLOW_WORDS {
        return false;
    }
    // Or on its account (`تابعوا وام على @wamnews`).
    let account = text.split_whitespace().any(|w| {
        w.trim_start_matches(['\u{200E}', '\u{200F}'])
            .strip_prefix('@')
            .is_some_and(crate::article::text_pictographs::is_account)
    });
    // Or on icons a copy leaves out (`تابعوا جو24 على`, `… على:`).
    let on_icons = text
        .split_whitespace()
        .last()
        .is_some_and(|w| ["على", "عبر"].contains(&w.trim_end_matches([':', '.'])));
    // Or to follow the site's news of a place (`تابعوا جميع اخبار ليبيا
    // و اخبار درنة`), as an aggregator's post ends.
    let news = words
        .iter()
        .skip(at + 1)
        .take(NEWS_AT)
        .any(|w| search::fold(w) == "اخبار")
        && !text.ends_with(['.', '!', '؟', '?']);
    account || on_icons || news || names_a_platform(&spaced_words(text))
}

/// How many words after the verb name the site's news (`جميع أخبار`).
const NEWS_AT: usize = 2;

/// Whether `word` says what a follow prompt is for (`لمتابعة`).
fn is_purpose(word: &str) -> bool {
    let word = search::fold(word);
    PURPOSES.iter().any(|p| search::fold(p) == word)
}

/// Whether `spaced`, a text's [`spaced_words`], names one of [`PLATFORMS`].
fn names_a_platform(spaced: &str) -> bool {
    PLATFORMS
        .iter()
        .any(|p| spaced.contains(spaced_words(p).as_str()))
}

/// Folded words of `text` between single spaces, with a space at each
/// end, so a phrase is found only as whole words.
fn spaced_words(text: &str) -> String {
    let folded = search::fold(text);
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    format!(" {} ", words.join(" "))
}
