//! Pieces of `class` and `id` values that mark an element as furniture
//! wherever they stand in the value (`sharethis`, `article__summary`):
//! the longest of [`super::furniture`]'s tables, kept apart. To support
//! another site, add to it rather than to the code that reads it.

/// Pieces of `class`/`id` that mark furniture wherever they appear in it.
pub const FURNITURE_PIECES: &[&str] = &[
    "sharethis",
    // MediaWiki's line under the headline (`من ويكي الأخبار`).
    "sitesub",
    "addtoany",
    "a2a_",
    "share-",
    "social-",
    "adsbygoogle",
    "advert",
    "taboola",
    "outbrain",
    "newsletter",
    "breadcrumb",
    // A WordPress plugin's table of contents over the story, a health
    // site's disclaimer and its box of sources under it.
    "ez-toc-container",
    "medical-disclaimer",
    "sources-box",
    "related-",
    "-related",
    // Links to the previous and the next story (`jeg_prevnext_post`,
    // `post-navigation`).
    "prevnext",
    "prev-next",
    "post-navigation",
    // A Next.js page's deck under its CSS module's name
    // (`NewsDetails_summary__Ab3Cd`); `summary` alone also names a
    // Drupal body's type (`text-with-summary`).
    "_summary__",
    // Or a BEM block's (`article__summary`), or a theme's
    // (`article-summary`), the page's deck under the headline that its
    // description says again.
    "__summary",
    "article-summary",
    "news-summary",
    "post-summary",
    // A picture's words over or under it (`article__cover-text`).
    "cover-text",
    // A document's viewer and a SPIP page's attached documents with
    // their titles (`pdfemb-viewer`, `spip_doc_titre`).
    "pdfemb",
    "spip_doc",
    "documents_joints",
    // The writer's, the translator's and the rights' lines signed under
    // the story (`article-signature`), which the header says.
    "-signature",
    // K2's line of the story's hits and its last change, under the text.
    "itemcontentfooter",
    // A Facebook post or video embedded with its text (`fb-post`,
    // `fb-xfbml-parse-ignore`): the platform's card, not the story.
    "fb-post",
    "fb-video",
    "fb-xfbml",
    // A picture's caption in the Romance languages' words (`foto-text`,
    // `legenda-foto`).
    "foto-text",
    "legenda",
    "comment-form",
    "commentform",
    "disqus",
    "fb-comments",
    "read-also",
    // Drupal's summary field over the body, which the page's description
    // says again (`field--name-field-summary`).
    "field-summary",
    "about-author",
    "author-bio",
    // A picture's description run into one word (`imgDesc`).
    "imgdesc",
    "img-desc",
    "image-desc",
    "photo-desc",
    // A writer's box run into one word (`jeg_authorbox`, `author_box`).
    "authorbox",
    "author_box",
    // A writer's profile box (`c-profile`, `author-profile`) and a chart
    // with its caption and its data's source (`c-chart`): beside the text.
    "-profile",
    "-chart",
    "readalso",
    "also-read",
    // Drupal's field of the deck over the story (`field--name-field-chapeau`),
    // apart from the body's field. (A paragraph classed `chapeau` in the
    // body is an interview's opening, the story's.)
    "field-chapeau",
    // A theme's box of another story that slides in at the story's end
    // (`check-also-box`, `شاهد أيضاً`).
    "check-also",
    "googletag",
    "dfp-",
    // Joomla's list of an article's fields (writer, section, date, hits),
    // which the page's metadata says again.
    "article-info",
];
