use qari::article::{byline, dates};
fn main() {
    for a in std::env::args().skip(1) {
        println!(
            "{a}\n  parse={:?}\n  lone={:?}\n  find={:?}\n  dateline={:?}",
            byline::parse(&a),
            byline::lone(&a),
            dates::find(&a).map(|f| f.iso),
            dates::dateline(&a)
        );
    }
}
