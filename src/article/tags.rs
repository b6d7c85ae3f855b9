//! Tags: one rule for whether an article has a tag, used by `qari list
//! --tag` and by `#tag` in the reader's search line, and how a tag is shown
//! (`#رياضة`) in the byline and the list.

use super::Article;

/// What a tag is compared by: without its leading `#` and outer spaces,
/// folded as search folds (harakat, tatweel and hamza forms do not count,
/// Latin letters in lower case).
pub fn tag_key(tag: &str) -> String {
    crate::search::fold(tag.trim().trim_start_matches('#').trim())
}

impl Article {
    /// Whether the article has the tag `wanted` (see [`tag_key`]).
    pub fn has_tag(&self, wanted: &str) -> bool {
        self.has_tag_key(&tag_key(wanted))
    }

    /// Whether the article has a tag whose [`tag_key`] is `key`: for a
    /// tag looked for in many articles, folded once.
    pub fn has_tag_key(&self, key: &str) -> bool {
        holds_tag_key(self.tags.iter().map(String::as_str), key)
    }
}

/// Whether one of `tags` has the [`tag_key`] `key`.
pub fn holds_tag_key<'t>(mut tags: impl Iterator<Item = &'t str>, key: &str) -> bool {
    tags.any(|t| tag_key(t) == key)
}

/// A tag as shown: one `#` before it, spaces inside it as `_` so that it
/// reads as one word (`#كأس_العالم`); `None` for an empty tag.
pub fn label(tag: &str) -> Option<String> {
    let bare = tag.trim().trim_start_matches('#').trim();
    if bare.is_empty() {
        return None;
    }
    let joined: Vec<&str> = bare.split_whitespace().collect();
    Some(format!("#{}", joined.join("_")))
}

/// A search line's query split into the tags it asks for (its words that
/// start with `#`, a lone `#` left out) and its other words.
pub fn split_query(query: &str) -> (Vec<&str>, String) {
    let mut tags = Vec::new();
    let mut words = Vec::new();
    for word in query.split_whitespace() {
        match word.strip_prefix('#') {
            Some(tag) if !tag.trim_start_matches('#').is_empty() => tags.push(tag),
            Some(_) => {}
            None => words.push(word),
        }
    }
    (tags, words.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::sample;

    #[test]
    fn tags_match_folded_without_their_hash() {
        let mut a = sample::articles().0.remove(0);
        a.tags = vec!["#الاقتصاد".into(), "Gaza".into(), "كأس العالم".into()];
        assert!(a.has_tag("الاقتصاد"));
        assert!(a.has_tag("#الإقتصاد"), "hamza forms fold");
        assert!(a.has_tag("#الاقتصـاد"), "tatweel does not count");
        assert!(a.has_tag("gaza") && a.has_tag("#GAZA"));
        assert!(a.has_tag(" كأس العالم "));
        assert!(!a.has_tag("اقتصاد"), "a tag is matched whole");
        assert!(!a.has_tag("#"));
    }

    #[test]
    fn labels_are_one_word_with_one_hash() {
        assert_eq!(label("##رياضة").as_deref(), Some("#رياضة"));
        assert_eq!(label("كأس  العالم").as_deref(), Some("#كأس_العالم"));
        assert_eq!(label(" # "), None);
    }

    #[test]
    fn a_query_gives_its_tags_and_its_words() {
        assert_eq!(split_query("#اقتصاد نفط"), (vec!["اقتصاد"], "نفط".into()));
        assert_eq!(
            split_query("نفط #اقتصاد  خام #Gaza"),
            (vec!["اقتصاد", "Gaza"], "نفط خام".into())
        );
        assert_eq!(split_query("# نفط"), (vec![], "نفط".into()));
    }
}
