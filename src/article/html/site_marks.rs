//! The marks a page's masthead and footer carry in their markup: the
//! elements whose class names the site, the logo's pictures, the parts
//! of a footer. Each is told in one walk over the page rather than a
//! selector list's walk per selector: every page is asked for them.

use dom_query::Document;

/// The elements whose class names the site (`site-name`, `site-title`,
/// `sitename`), and the words of the logo's pictures (an `<img alt>`
/// whose class or id says logo, or inside a logo's or brand's box), each
/// in the page's order.
pub(super) fn masthead_marks<'a>(doc: &'a Document) -> (Vec<dom_query::NodeRef<'a>>, Vec<String>) {
    let mut named = Vec::new();
    let mut logos = Vec::new();
    for n in doc.root().descendants_it().filter(|n| n.is_element()) {
        if class_has(&n, &["site-name", "site-title", "sitename"]) {
            named.push(n);
        }
        let is_img = n.node_name().is_some_and(|t| t.eq_ignore_ascii_case("img"));
        let Some(alt) = n.attr("alt").filter(|_| is_img) else {
            continue;
        };
        let own = class_has(&n, &["logo"])
            || n.attr("id")
                .is_some_and(|id| ["logo", "Logo", "LOGO"].iter().any(|w| id.contains(w)));
        if own
            || n.ancestors_it(None)
                .any(|a| class_has(&a, &["logo", "brand"]))
        {
            logos.push(alt.to_string());
        }
    }
    (named, logos)
}

/// A footer, an element whose id or class says footer or copyright, or
/// a `<div>` or `<p>` right under a footer.
pub(super) fn is_footer_part(n: &dom_query::NodeRef) -> bool {
    let Some(name) = n.node_name() else {
        return false;
    };
    let is = |tag: &str| name.eq_ignore_ascii_case(tag);
    let id_has = n.id_attr().is_some_and(|id| {
        ["footer", "COPYRIGHT", "Copyright", "copyright"]
            .iter()
            .any(|w| id.contains(w))
    });
    is("footer")
        || id_has
        || class_has(n, &["footer", "copy", "Copy"])
        || ((is("div") || is("p"))
            && n.parent().is_some_and(|p| {
                class_has(&p, &["footer"])
                    || (is("div")
                        && p.node_name()
                            .is_some_and(|t| t.eq_ignore_ascii_case("footer")))
            }))
}

/// Whether an element's class holds one of `words` anywhere in it.
fn class_has(n: &dom_query::NodeRef, words: &[&str]) -> bool {
    n.class()
        .is_some_and(|c| words.iter().any(|w| c.contains(w)))
}
