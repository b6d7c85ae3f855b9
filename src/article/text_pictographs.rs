//! Pictographs and hashtags in a copy: the marks pages set before a box's
//! label, a counter or a call to follow, and the lines of tags a page or
//! an embedded post leaves.

/// A pictograph or a joiner of one (`📌`, `👁`, `⚽️`): pages set them
/// before a box's label, a counter or a call to follow.
pub fn is_pictograph(c: char) -> bool {
    matches!(
        c,
        '\u{1F000}'..='\u{1FAFF}'
            | '\u{2600}'..='\u{27BF}'
            | '\u{2B00}'..='\u{2BFF}'
            | '\u{FE0F}'
            | '\u{200D}'
    )
}

/// A line of hashtags and nothing else (`#سوسة #زيت_الزيتون 🎓`): the
/// page's tags, or a post's that the copy kept.
pub fn is_hashtag_line(line: &str) -> bool {
    let mut words = line
        .split_whitespace()
        .filter(|w| !w.chars().all(is_pictograph))
        .peekable();
    // The body's account among them (`#صحتك_تهمنا @PHCCQatar`).
    let mut tags = 0;
    words.peek().is_some()
        && words.all(|w| {
            // A zero-width space a page put after the sign (`#\u{200B}Mercato`).
            let mut after = w.chars().skip(1).skip_while(|c| *c == '\u{200B}');
            tags += usize::from(w.starts_with('#'));
            w.starts_with(['#', '@']) && after.next().is_some_and(char::is_alphanumeric)
        })
        && tags > 0
}

/// An account's name on a platform: Latin letters, digits and `_`.
pub fn is_account(name: &str) -> bool {
    !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// The most words of a photographer's or an agency's name after a camera.
const CREDIT_WORDS: usize = 4;

/// The most words of a caption a camera closes.
const CAPTION_WORDS: usize = 12;

/// A picture's credit or caption led by a camera (`📸 زنقة 20`, `📷 أ ف ب`), or its
/// caption closed by one (`شما الكعبي على منصة التتويج 📸`).
pub fn is_camera_credit(line: &str) -> bool {
    if let Some(caption) = line.trim().strip_suffix(['📸', '📷']) {
        let caption = caption.trim_end();
        return caption.chars().any(char::is_alphanumeric)
            && caption.split_whitespace().nth(CAPTION_WORDS).is_none()
            && !caption.ends_with(['.', '؟', '?', '!', ':']);
    }
    let Some(rest) = line.trim().strip_prefix(['📸', '📷']) else {
        return false;
    };
    let rest = rest.trim_start_matches(|c: char| is_pictograph(c) || c.is_whitespace());
    // A caption with its photographer's credit (`📸 فرحة اللاعبين |
    // تصوير: المركز الإعلامي`) is longer than a caption alone (`📷
    // لاعبو الفريق يحتفلون بالكأس`), an office and its branch (`📷
    // المكتب الإعلامي – إقليم جبل عامل`) or a credit.
    let most = if rest.contains("تصوير") {
        CAPTION_WORDS + CREDIT_WORDS
    } else {
        CAPTION_WORDS
    };
    let words = rest
        .split_whitespace()
        .filter(|w| !matches!(*w, "-" | "–" | "—"))
        .count();
    rest.chars().any(char::is_alphanumeric)
        && words <= most
        && !rest.ends_with(['.', '؟', '?', '!'])
}

/// A counter led by a pictograph (`👁 2341`, `💬 12`): a number and its
/// picture, no word.
pub fn is_pictured_counter(line: &str) -> bool {
    let line = line.trim();
    let rest = line.trim_start_matches(|c: char| is_pictograph(c) || c.is_whitespace());
    rest.len() < line.len()
        && rest.chars().any(char::is_numeric)
        && rest
            .chars()
            .all(|c| c.is_numeric() || matches!(c, ',' | '.' | '٬' | '٫' | ' '))
}

/// Verbs of a prompt to watch, follow or get something elsewhere.
const PROMPT_VERBS: &[&str] = &[
    "شاهد",
    "شاهدوا",
    "استمع",
    "استمعوا",
    "تابع",
    "تابعوا",
    "حمل",
    "حملوا",
    "اشترك",
    "اشتركوا",
    "انضم",
    "انضموا",
];

/// The most words of a prompt led by a pictograph.
const PROMPT_WORDS: usize = 12;

/// A prompt led by a pictograph (`⚽ شاهد أهداف المباراة على أهلي TV`,
/// `📲 تابعونا على تلغرام`): a call to go elsewhere, no line of the story,
/// which never opens with a picture.
pub fn is_pictured_prompt(line: &str) -> bool {
    let line = line.trim();
    let rest = line.trim_start_matches(|c: char| is_pictograph(c) || c.is_whitespace());
    let Some(verb) = rest.split_whitespace().next() else {
        return false;
    };
    let verb = crate::search::fold(verb);
    rest.len() < line.len()
        && PROMPT_VERBS.iter().any(|v| crate::search::fold(v) == verb)
        && rest.split_whitespace().nth(PROMPT_WORDS).is_none()
        && !rest.ends_with(['.', '؟', '?', '!'])
}

/// The most words of a player's label.
const PLAYER_LABEL_WORDS: usize = 6;

/// A player's label over the recording a copy left out (`استمعوا إلى
/// التصريح:`, `شاهد الفيديو:`): a prompt's verb, a few words, a colon.
pub fn is_player_label(line: &str) -> bool {
    let line = line.trim();
    let Some(verb) = line.split_whitespace().next() else {
        return false;
    };
    let verb = crate::search::fold(verb);
    line.ends_with(':')
        && line.split_whitespace().nth(PLAYER_LABEL_WORDS).is_none()
        && ["شاهد", "شاهدوا", "استمع", "استمعوا"]
            .iter()
            .any(|v| crate::search::fold(v) == verb)
}

/// The answers under a page's survey, with or without their faces
/// (`👍 نعم   👎 لا`): yes and no and nothing else.
pub(super) fn is_survey_answers(line: &str) -> bool {
    let words: Vec<&str> = line
        .split(|c: char| c.is_whitespace() || is_pictograph(c) || matches!(c, '|' | '/'))
        .filter(|w| !w.is_empty())
        .collect();
    words.len() == 2 && words.contains(&"نعم") && words.contains(&"لا")
}

/// What a page's survey asks was useful: the page itself. Compared
/// folded (`الصفحه` is `الصفحة`).
const SURVEYED: [&str; 6] = ["الصفحة", "المحتوى", "محتوى", "المعلومات", "المقال", "الخبر"];

/// A page's survey of whether it helped (`هل كان محتوى هذه الصفحة
/// مفيدًا؟`, `هل وجدت هذه المعلومات مفيدة؟`): a short question of the
/// page's being useful, whichever words the site puts it in. A story's
/// question of something else (`هل كان الاتفاق مفيدا؟`) names no page.
pub(crate) fn is_helpfulness_survey(line: &str) -> bool {
    let fold = crate::search::fold;
    let mut words = line
        .split_whitespace()
        .map(|w| fold(w.trim_end_matches(['؟', '?'])));
    // Every line of a copy is asked: most end here, folded no further.
    if words.next().is_none_or(|w| w != "هل") {
        return false;
    }
    let words: Vec<String> = words.collect();
    words.len() < SURVEY_WORDS
        && words.iter().any(|w| w.starts_with(&fold("مفيد")))
        && words.iter().any(|w| SURVEYED.iter().any(|s| fold(s) == *w))
}

/// The most words of a page's survey question.
const SURVEY_WORDS: usize = 8;
