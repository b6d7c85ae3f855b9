//! English phrases, which Arabic pages use for share bars and widgets.

pub const DROP: &[&str] = &[
    // A date's or an author's field whose value the copy put elsewhere.
    "published",
    "updated",
    "posted",
    "share",
    "share this article",
    "share this:",
    "like loading...",
    // A share bar's buttons, one a line.
    "facebook",
    "twitter",
    "whatsapp",
    "telegram",
    "linkedin",
    "tweet",
    // A Maghrebi site's share buttons, in French.
    "partager",
    "partager sur facebook",
    "partager sur twitter",
    // A Turkish body's share bar over its Arabic page (`Paylaş`).
    "paylaş",
    "advertisement",
    "ads",
    "ad",
    "print",
    "skip to content",
    "skip to main content",
    "email",
    "copy link",
    // A form's button that draws its picture code again.
    "reload",
    // Font size buttons.
    "tt",
    "a a",
    "a+ a-",
    // Buttons and placeholders of a page's pictures and players.
    "zoom",
    "zoom in",
    "zoom out",
    "no image",
    "no photo",
    "image",
    "photo",
    "video",
    "gallery",
    "play",
    "close",
    "menu",
    "search",
    "home",
    "next",
    "previous",
    "loading",
    "x",
    // The site's logo's alt text.
    "logo",
    // The end of a box of other headlines set inside the story.
    "end of list",
    "text size",
    "smaller bigger",
    // Joomla's head of a story's fields, in French.
    "détails",
];
pub const COUNTED: &[&str] = &["views", "reads", "comments"];
pub const SITE_LINKS: &[&str] = &["contact us", "advertise with us", "about us"];
pub const SECTIONS: &[&str] = &[
    "news",
    "world",
    "politics",
    "business",
    "economy",
    "sport",
    "sports",
    "opinion",
    "middle east",
    "arab world",
];
pub const KICKERS: &[&str] = &["breaking", "exclusive", "video", "watch"];
pub const DROP_PREFIXES: &[&str] = &[
    // What an embedded Instagram post leaves.
    "a post shared by",
    "view this post on instagram",
    "image caption",
    "image source",
    "photo:",
    "copyright",
    "powered by",
    "designed by",
    "developed by",
    "design and development by",
    // Joomla's fields under a headline, in French: the category and the
    // view counter (`Catégorie : أخبار الجامعة`, `Affichages : 647`).
    "catégorie :",
    "catégorie:",
    "affichages :",
    "affichages:",
    // A paywall's offer between paragraphs.
    "subscribe to",
    "sign up for",
    // The cookie notice.
    "this website uses cookies",
    "this site uses cookies",
    "we use cookies",
];
pub const CAPTION_CREDITS: &[&str] = &["photo", "credit", "courtesy", "file"];
/// Picture agencies, whose name before or after a slash credits a
/// photographer (`Keystone / Jean-christophe Bott`, `AFP/Getty`).
pub const PICTURE_AGENCIES: &[&str] = &[
    "keystone",
    "afp",
    "ap",
    "reuters",
    "epa",
    "epa-efe",
    "efe",
    "dpa",
    "ansa",
    "getty",
    "getty images",
    "anadolu",
    "anadolu agency",
    "xinhua",
    "sputnik",
    "imago",
    "sipa",
    "abaca",
    "zuma",
    "nurphoto",
    "shutterstock",
    "istock",
    "alamy",
    "pa",
    "pa images",
    "apa",
];
pub const LINK_PROMPTS: &[&str] = &["read more", "click here", "more details"];
pub const CAPTION_STARTS: &[&str] = &["a view of", "a still from"];
pub const CAPTION_ENDS: &[&str] = &[
    "file photo",
    "archive photo",
    // A picture agency's credit: `(Photo by … via Getty Images)`.
    "getty images",
];
/// Beginnings of a box's label naming the section whose other stories it
/// lists under the story (`More from Sport`).
pub const MORE_FROM: &[&str] = &["more from", "more in", "more on"];
pub const LISTS: &[&str] = &[
    "read also",
    "read more",
    "related",
    "related articles",
    "tags",
];
pub const END: &[&str] = &[
    "leave a comment",
    "leave a reply",
    "add new comment",
    // A WordPress news theme's links under the story (MVP Themes').
    "click to comment",
    "you may like",
    "you may also like",
    "comments",
    "most read",
    "most popular",
    "discussion about this post",
    // A radio's list of its latest programmes under the story.
    "latest podcast episodes",
    "latest episodes",
];
pub const END_LINES: &[&str] = &["name", "name *", "comment", "comment *", "email *"];
/// Labels before a writer's name in Latin letters: English, and French on
/// Maghrebi sites (`Par Yasmine Alaoui`).
pub const BYLINE_PREFIXES: &[&str] = &["by", "par", "publié par"];
pub const MASTHEAD: &[&str] = &["editor in chief", "editor-in-chief", "managing editor"];
pub const SOURCE_PREFIXES: &[&str] = &["source:", "source :"];
pub const URL_LABELS: &[&str] = &["source", "link", "url"];
/// The label over a writer's card.
pub const CARD_LABELS: &[&str] = &["about the author", "about the writer"];
/// First words of a writer's card under the story.
pub const WRITER_CARDS: &[&str] = &[
    "journalist",
    "writer",
    "reporter",
    "correspondent",
    "editor",
    "researcher",
    "columnist",
];
pub const SHARE_WORDS: &[&str] = &[
    "share",
    "on",
    "facebook",
    "twitter",
    "whatsapp",
    // `WhatsApp` is split where its capital follows a small letter.
    "whats",
    "app",
    "tweet",
    "telegram",
    "linkedin",
    "email",
    "print",
    // The story saved as a document (`طباعة | ارسل لصديق | PDF`).
    "pdf",
    "pinterest",
    "messenger",
    // The site's own accounts, which a bar of its buttons lists too.
    "youtube",
    "instagram",
    "reddit",
    "copy",
    "link",
    "x",
    "via",
    // A share widget's name.
    "addtoany",
    // China's platforms, on its outlets' Arabic pages.
    "weibo",
    "wechat",
    "we",
    "chat",
    // The site's app in the stores, beside its buttons.
    "store",
    "google",
    "play",
    // A Turkish body's buttons: share, by e-mail, print.
    "paylaş",
    "e-posta",
    // (`E-posta` split at its hyphen.)
    "e",
    "posta",
    "yazdır",
];
/// Labels of the lists of other stories over the story.
pub const LATEST: &[&str] = &[
    "breaking",
    "breaking news",
    "latest news",
    "latest",
    "most read",
];

/// Labels of a story's summary set over its lead.
pub const SUMMARIES: &[&str] = &["Summary", "Key points", "Highlights", "In brief"];

/// A screen reader's marks round a list of links, without their numbers
/// (`list of 2 items`, `list 1 of 2`, `end of list`).
pub const LIST_MARKS: &[&str] = &["list of items", "list of"];

/// A link past a box of other stories, which opens a framed list.
pub const SKIP_LINKS: &[&str] = &["Skip"];

/// The endings of such a link.
pub const SKIP_ENDS: &[&str] = &["continue reading", "and continue reading"];

/// The beginnings of a framed list's end mark.
pub const LIST_ENDS: &[&str] = &["end of"];

/// Notices told by two phrases in one line (see the Arabic table).
pub const NOTICE_PAIRS: &[(&str, &str)] = &[
    ("the post", "appeared first on"),
    ("comments", "community guidelines"),
    ("comments", "terms of use"),
    ("views expressed", "do not necessarily"),
];

/// Labels of the date a story was last changed, longest first.
pub const UPDATE_LABELS: &[&str] = &["last updated", "last update", "updated on", "updated"];
