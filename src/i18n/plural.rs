//! Numbers with the nouns they count, by the plural rules of each language.
//!
//! Arabic has six plural categories (CLDR `ar`): zero (0), one (1), two (2),
//! few (3–10, and any number whose last two digits are 3–10), many (11–99
//! in the last two digits) and other (100, 101, 102, …). Each takes its own
//! form of the noun: «دقيقة واحدة»، «دقيقتان»، «٣ دقائق»، «١١ دقيقة»، «١٠٠ دقيقة».

use super::UiLang;

/// A CLDR plural category.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Category {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

/// The Arabic plural category of `n` (CLDR rules for `ar`).
pub fn arabic_category(n: u64) -> Category {
    match (n, n % 100) {
        (0, _) => Category::Zero,
        (1, _) => Category::One,
        (2, _) => Category::Two,
        (_, 3..=10) => Category::Few,
        (_, 11..=99) => Category::Many,
        _ => Category::Other,
    }
}

/// The English plural category of `n`: one, else other.
pub fn english_category(n: u64) -> Category {
    if n == 1 {
        Category::One
    } else {
        Category::Other
    }
}

/// The things qari counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Noun {
    Minute,
    Article,
    Result,
    File,
    Line,
    Character,
}

/// The forms of a noun: Arabic zero, one, two, few, many, other, then
/// English one and other. `{}` stands for the number.
struct Forms {
    ar: [&'static str; 6],
    en: [&'static str; 2],
}

fn forms(noun: Noun) -> Forms {
    match noun {
        Noun::Minute => Forms {
            ar: [
                "{} دقيقة",
                "دقيقة واحدة",
                "دقيقتان",
                "{} دقائق",
                "{} دقيقة",
                "{} دقيقة",
            ],
            en: ["1 min", "{} min"],
        },
        Noun::Article => Forms {
            ar: [
                "{} مقالة",
                "مقالة واحدة",
                "مقالتان",
                "{} مقالات",
                "{} مقالة",
                "{} مقالة",
            ],
            en: ["1 article", "{} articles"],
        },
        Noun::Result => Forms {
            ar: [
                "{} نتيجة",
                "نتيجة واحدة",
                "نتيجتان",
                "{} نتائج",
                "{} نتيجة",
                "{} نتيجة",
            ],
            en: ["1 match", "{} matches"],
        },
        Noun::File => Forms {
            ar: [
                "{} ملف",
                "ملف واحد",
                "ملفان",
                "{} ملفات",
                "{} ملفًا",
                "{} ملف",
            ],
            en: ["1 file", "{} files"],
        },
        Noun::Line => Forms {
            ar: [
                "{} سطر",
                "سطر واحد",
                "سطران",
                "{} أسطر",
                "{} سطرًا",
                "{} سطر",
            ],
            en: ["1 line", "{} lines"],
        },
        Noun::Character => Forms {
            ar: [
                "{} حرف",
                "حرف واحد",
                "حرفان",
                "{} أحرف",
                "{} حرفًا",
                "{} حرف",
            ],
            en: ["1 character", "{} characters"],
        },
    }
}

/// `n` and an English noun in the form the number takes, for messages only
/// ever written in English (errors on standard error, `qari check`).
pub fn english(n: usize, one: &str, other: &str) -> String {
    match english_category(n as u64) {
        Category::One => format!("{n} {one}"),
        _ => format!("{n} {other}"),
    }
}

/// `n` things in `lang`, the noun in the form the number takes.
pub fn count(lang: UiLang, noun: Noun, n: u64) -> String {
    let forms = forms(noun);
    let form = match lang {
        UiLang::Ar => {
            let index = match arabic_category(n) {
                Category::Zero => 0,
                Category::One => 1,
                Category::Two => 2,
                Category::Few => 3,
                Category::Many => 4,
                Category::Other => 5,
            };
            forms.ar[index]
        }
        UiLang::En => match english_category(n) {
            Category::One => forms.en[0],
            _ => forms.en[1],
        },
    };
    form.replace("{}", &n.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_categories_follow_cldr() {
        use Category::*;
        let cases = [
            (0, Zero),
            (1, One),
            (2, Two),
            (3, Few),
            (10, Few),
            (11, Many),
            (99, Many),
            (100, Other),
            (101, Other),
            (102, Other),
            (103, Few),
            (111, Many),
            (1000, Other),
        ];
        for (n, category) in cases {
            assert_eq!(arabic_category(n), category, "{n}");
        }
    }

    #[test]
    fn minutes_agree_with_their_number() {
        let ar = |n| count(UiLang::Ar, Noun::Minute, n);
        assert_eq!(ar(1), "دقيقة واحدة");
        assert_eq!(ar(2), "دقيقتان");
        assert_eq!(ar(5), "5 دقائق");
        assert_eq!(ar(10), "10 دقائق");
        assert_eq!(ar(11), "11 دقيقة");
        assert_eq!(ar(100), "100 دقيقة");
        assert_eq!(count(UiLang::En, Noun::Minute, 1), "1 min");
        assert_eq!(count(UiLang::En, Noun::File, 0), "0 files");
        assert_eq!(count(UiLang::Ar, Noun::File, 12), "12 ملفًا");
        assert_eq!(count(UiLang::Ar, Noun::Line, 3), "3 أسطر");
    }
}
