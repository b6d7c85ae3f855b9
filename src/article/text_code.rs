//! What a copy picked up of the page's code rather than its text: lines
//! of script or style, an attribute or a link left without its tag, a
//! lone CSS class name.

/// Whether a line is left-over script or style code: mostly Latin letters
/// and code punctuation, with a mark of code (`function(`, `});`, `var x =`).
pub fn is_code(line: &str) -> bool {
    const MARKS: &[&str] = &[
        "function(",
        "function (",
        "});",
        "})",
        "jquery(",
        "$(",
        "document.",
        "window.",
        "var ",
        "let ",
        "const ",
        "=>",
        "<script",
        "</script",
        "<style",
        "googletag",
        ".push(",
        "adsbygoogle",
        "return ",
        "if (",
        "!important",
    ];
    if !line.contains(['{', '}', '(', ';', '=']) {
        return false;
    }
    let text: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    if text.is_empty() {
        return false;
    }
    if matches!(text.as_str(), "{" | "}" | "};" | "});" | "})();" | "});});") {
        return true;
    }
    let total = text.chars().count();
    let ascii = text.chars().filter(char::is_ascii).count();
    let code_marks = text.chars().filter(|c| "{}();=<>[]$".contains(*c)).count();
    let lower = line.to_lowercase();
    let marked = MARKS.iter().any(|m| lower.contains(m));
    ascii * 10 >= total * 8 && code_marks >= 2 && (marked || code_marks * 8 >= total)
}

/// Page code that leaked into a copy: an HTML attribute name (`alt=`,
/// `data-src=`) or a site name followed by a run of slashes (`موقع24///`),
/// the remains of a link or image the copy lost.
pub fn is_leaked_markup(line: &str) -> bool {
    if line.contains(' ') {
        return false;
    }
    if let Some(name) = line.strip_suffix('=') {
        return !name.is_empty()
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':'));
    }
    let name = line.trim_end_matches('/');
    line.len() - name.len() >= 2 && !name.is_empty() && !name.contains('/')
}

/// A content system's error message the page printed where a plugin
/// failed (`[sigplus] Critical error: Image gallery folder … is expected
/// …`, `Warning: Undefined variable $x in /var/www/… on line 12`): Latin
/// text led by a plugin's name in brackets or by the language's label.
pub fn is_system_error(line: &str) -> bool {
    const LABELS: [&str; 6] = [
        "warning:",
        "notice:",
        "deprecated:",
        "fatal error:",
        "critical error:",
        "parse error:",
    ];
    if !line.is_ascii() {
        return false;
    }
    let lower = line.trim().to_ascii_lowercase();
    let labelled = |rest: &str| LABELS.iter().any(|l| rest.starts_with(l));
    match lower.strip_prefix('[').and_then(|r| r.split_once("] ")) {
        Some((plugin, rest))
            if plugin.chars().any(|c| c.is_ascii_alphabetic()) && !plugin.contains(' ') =>
        {
            labelled(rest)
        }
        // Without a plugin's name, only with the code's file and line: an
        // English story may open a paragraph with `Warning:`.
        _ => labelled(&lower) && lower.contains(".php") && lower.contains(" on line "),
    }
}

/// A lone Latin slug (`news-picture`): a page's CSS class or link name
/// that the copy picked up.
pub fn is_slug(line: &str) -> bool {
    !line.contains(' ')
        && line.contains(['-', '_'])
        && line
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '-' | '_'))
        && line.chars().any(|c| c.is_ascii_lowercase())
}

/// An attached file's name alone (`بلاغ_التسجيل.pdf`), or the link to
/// fetch it with its size (`تحميل (312 KB)`) or its kind (`تحميل البيان
/// (PDF)`): the page's attachment box.
pub fn is_attachment(line: &str) -> bool {
    let line = line.trim();
    // The file's size, or its kind alone (`تحميل البيان (PDF)`).
    let sized = |inner: &str| {
        is_file_size(inner) || DOCUMENTS.contains(&inner.trim().to_ascii_lowercase().as_str())
    };
    let (name, size) = match line.rsplit_once(" (") {
        Some((name, size)) if size.ends_with(')') && sized(size.trim_end_matches(')')) => {
            (name.trim(), true)
        }
        _ => (line, false),
    };
    // Or a picture's file name where the copy lost the picture
    // (`IMG_4387.jpg`).
    let file = !name.contains(' ')
        && name.rsplit_once('.').is_some_and(|(stem, ext)| {
            let ext = ext.to_ascii_lowercase();
            !stem.is_empty()
                && (DOCUMENTS.contains(&ext.as_str()) || PICTURES.contains(&ext.as_str()))
        });
    // A download link's words (`تحميل البيان الصحفي (PDF, 320 KB)`).
    let download = name.split_whitespace().nth(DOWNLOAD_WORDS).is_none()
        && name
            .split_whitespace()
            .next()
            .is_some_and(|w| DOWNLOADS.contains(&w));
    // Or its kind said after the link, in words or alone (`تحميل النشرة
    // بصيغة PDF`, `تحميل البيان PDF`).
    let in_kind = line
        .rsplit_once("بصيغة ")
        .or_else(|| line.rsplit_once(' '))
        .is_some_and(|(_, kind)| DOCUMENTS.contains(&kind.trim().to_ascii_lowercase().as_str()));
    // Or a box's link named by what it holds, under its label (`تحميل` /
    // `البيان الصحفي (PDF)` / `الصور (ZIP)`).
    let named_link = size && name.split_whitespace().nth(LINK_WORDS).is_none();
    file || is_camera_name(name) || ((size || in_kind) && download) || named_link
}

/// The most words of a download box's link named by what it holds.
const LINK_WORDS: usize = 3;

/// A picture's name as a camera or a phone gave it, its extension lost
/// with the picture (`IMG-20241105-WA0014`, `DSC_0412`).
fn is_camera_name(name: &str) -> bool {
    !name.contains(' ')
        && CAMERA_NAMES.iter().any(|prefix| {
            name.strip_prefix(prefix).is_some_and(|rest| {
                let rest = rest.trim_start_matches(['-', '_']);
                rest.starts_with(|c: char| c.is_ascii_digit())
                    && rest
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
            })
        })
}

/// How cameras and phones name their pictures.
const CAMERA_NAMES: [&str; 5] = ["IMG", "DSC", "DSCN", "PXL", "WhatsApp-Image"];

/// The most words of a download link's label.
const DOWNLOAD_WORDS: usize = 5;

/// The extensions of documents a page attaches.
const DOCUMENTS: &[&str] = &[
    "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "zip", "rar",
];

/// A picture's file name's ends.
const PICTURES: &[&str] = &["jpg", "jpeg", "png", "gif", "webp"];

/// A download link's word.
const DOWNLOADS: &[&str] = &["تحميل", "تنزيل", "Download", "download", "Télécharger"];

/// A file's size (`312 KB`, `1.2 ميغابايت`).
fn is_file_size(text: &str) -> bool {
    // With the file's kind before it (`PDF, 320 KB`, `PDF - 612.4 كيلوبايت`,
    // `PDF – 4.2 MB`).
    let text = text
        .trim()
        .split_once([',', '،'])
        .or_else(|| {
            [" - ", " – ", " — "]
                .iter()
                .find_map(|d| text.trim().split_once(d))
        })
        .filter(|(kind, _)| DOCUMENTS.contains(&kind.trim().to_ascii_lowercase().as_str()))
        .map_or(text, |(_, size)| size);
    let Some((number, unit)) = text.trim().split_once(' ') else {
        return false;
    };
    number
        .chars()
        .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
        && !number.is_empty()
        && [
            "KB",
            "MB",
            "kB",
            "Ko",
            "Mo",
            "كيلوبايت",
            "ميغابايت",
            "ميجابايت",
        ]
        .contains(&unit.trim())
}

#[cfg(test)]
mod attachment_tests {
    use super::is_attachment;

    #[test]
    fn an_attached_file_and_its_download_link() {
        assert!(is_attachment("بلاغ_التسجيل_البلدية_الجزئية.pdf"));
        assert!(is_attachment("تحميل (312 KB)"));
        assert!(is_attachment("القرار.docx (1.2 MB)"));
        assert!(!is_attachment("تحميل التطبيق"));
        assert!(is_attachment("تحميل البيان الصحفي (PDF, 320 KB)"));
        assert!(is_attachment("تحميل التقرير (PDF – 4.2 MB)"));
        assert!(is_attachment("تحميل النشرة بصيغة PDF"));
        assert!(is_attachment("تحميل البيان PDF"));
        assert!(!is_attachment(
            "وأتاحت الوزارة تحميل التقرير كاملا بصيغة PDF"
        ));
        assert!(!is_attachment("تحميل البيان الصحفي (320 صفحة)"));
        assert!(!is_attachment("نشر القرار في الجريدة الرسمية (312 صفحة)"));
        assert!(!is_attachment("www.example.com"));
    }
}

#[cfg(test)]
mod system_error_tests {
    use super::is_system_error;

    #[test]
    fn a_plugins_error_and_not_a_warning_in_a_story() {
        assert!(is_system_error(
            "[sigplus] Critical error: Image gallery folder a/b is expected to be a path relative to the image base folder."
        ));
        assert!(is_system_error(
            "Warning: Undefined variable $title in /var/www/html/news.php on line 42"
        ));
        assert!(!is_system_error(
            "Warning: storms are expected on the coast tonight."
        ));
        assert!(!is_system_error("[1] Notice: an Arabic footnote"));
        assert!(!is_system_error("تحذير: عاصفة"));
    }
}
