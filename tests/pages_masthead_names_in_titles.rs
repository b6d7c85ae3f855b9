//! A page whose `<title>` names the site and then its owner after the
//! headline (`… - تلفزيون سلطنة عمان - الهيئة العامة للإذاعة
//! والتلفزيون`), under a masthead that shows the site's name: the
//! headline without either name.

mod support;

use support::page::load_html;

fn corpus_page(name: &str) -> String {
    std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(name))
        .expect("corpus page")
}

const HEAD: &str = "الجبل الأخضر يستقبل موسم الرمان بمهرجان يستعرض منتجات المزارعين";

#[test]
fn the_masthead_and_its_owner_come_off_the_headline() {
    let a = load_html(&corpus_page("corpus/pages/tn/tn07.html"));
    assert_eq!(a.title, HEAD);
}
