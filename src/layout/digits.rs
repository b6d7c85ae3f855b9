//! Digits in the script asked for, with the separators of their numbers.

use super::options::Digits;

fn is_digit(c: char) -> bool {
    c.is_ascii_digit()
        || ('\u{0660}'..='\u{0669}').contains(&c)
        || ('\u{06F0}'..='\u{06F9}').contains(&c)
}

/// A digit, or a separator of a number, in the digits asked for: with
/// Arabic-Indic digits the decimal point between two digits becomes the
/// Arabic decimal separator (٫), the thousands comma the Arabic thousands
/// separator (٬) and a percent sign beside a digit the Arabic percent sign
/// (٪), since a dot between Arabic-Indic digits reads as a zero; with Latin
/// digits the other way round.
pub(crate) fn map_number_char(c: char, prev: char, next: char, digits: Digits) -> char {
    let between = is_digit(prev) && is_digit(next);
    let beside = is_digit(prev) || is_digit(next);
    match (digits, c) {
        (Digits::Arabic, '.') if between => '\u{066B}',
        (Digits::Arabic, ',') if between => '\u{066C}',
        (Digits::Arabic, '%') if beside => '\u{066A}',
        (Digits::Latin, '\u{066B}') if between => '.',
        (Digits::Latin, '\u{066C}') if between => ',',
        (Digits::Latin, '\u{066A}') if beside => '%',
        _ => map_digit(c, digits),
    }
}

fn map_digit(c: char, digits: Digits) -> char {
    let cp = c as u32;
    let to = match digits {
        Digits::Keep => return c,
        Digits::Arabic if c.is_ascii_digit() => 0x0660 + (cp - 0x30),
        Digits::Latin if (0x0660..=0x0669).contains(&cp) => 0x30 + (cp - 0x0660),
        Digits::Latin if (0x06F0..=0x06F9).contains(&cp) => 0x30 + (cp - 0x06F0),
        _ => return c,
    };
    char::from_u32(to).unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mapped(text: &str, digits: Digits) -> String {
        let chars: Vec<char> = text.chars().collect();
        (0..chars.len())
            .map(|i| {
                let prev = if i == 0 { '\0' } else { chars[i - 1] };
                let next = chars.get(i + 1).copied().unwrap_or('\0');
                map_number_char(chars[i], prev, next, digits)
            })
            .collect()
    }

    #[test]
    fn separators_follow_the_digits() {
        assert_eq!(
            mapped("83.40 و10% و2,580", Digits::Arabic),
            "٨٣٫٤٠ و١٠٪ و٢٬٥٨٠"
        );
        // Full stops and commas of the sentence stay as they are.
        assert_eq!(mapped("قال 3. ثم, 5", Digits::Arabic), "قال ٣. ثم, ٥");
        assert_eq!(
            mapped("٣٫٢ و٪٣٫٢ و٢٬٥٨٠", Digits::Latin),
            "3.2 و%3.2 و2,580"
        );
    }
}
