//! Compares Readability ports on saved Arabic news pages: how many of the
//! article's sentences each keeps, how many furniture phrases it leaves in
//! (before qari's own furniture pass), and how long it takes per page.
//!
//! usage: readability-compare GOLD PAGE...
//! GOLD lines are `page<TAB>s<TAB>start of an article sentence` or
//! `page<TAB>f<TAB>furniture phrase`.
use std::time::Instant;

fn norm(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn run(name: &str, html: &str) -> (String, String) {
    let url = url::Url::parse("https://news.example/a.html").unwrap();
    match name {
        "dom_smoothie" => {
            let mut r = dom_smoothie::Readability::new(html, None, None).unwrap();
            match r.parse() {
                Ok(a) => (a.title, a.text_content.to_string()),
                Err(_) => (String::new(), String::new()),
            }
        }
        "readability" => match readability::extractor::extract(&mut html.as_bytes(), &url) {
            Ok(p) => (p.title, p.text),
            Err(_) => (String::new(), String::new()),
        },
        "llm_readability" => {
            match llm_readability::extractor::extract(&mut html.as_bytes(), &url) {
                Ok(p) => (String::new(), p.text),
                Err(_) => (String::new(), String::new()),
            }
        }
        "readabilityrs" => match readabilityrs::Readability::new(html, None, None)
            .ok()
            .and_then(|r| r.parse())
        {
            Some(a) => (
                a.title.unwrap_or_default(),
                a.text_content.unwrap_or_default(),
            ),
            None => (String::new(), String::new()),
        },
        _ => unreachable!(),
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let gold = std::fs::read_to_string(&args[0]).unwrap();
    let names = [
        "dom_smoothie",
        "readability",
        "llm_readability",
        "readabilityrs",
    ];
    for name in names {
        let (mut found, mut want, mut furn, mut furn_total) = (0, 0, 0, 0);
        let mut total = std::time::Duration::ZERO;
        for page in &args[1..] {
            let html = std::fs::read_to_string(page).unwrap();
            let base = std::path::Path::new(page)
                .file_name()
                .unwrap()
                .to_str()
                .unwrap();
            let t = Instant::now();
            let mut out = (String::new(), String::new());
            for _ in 0..20 {
                out = run(name, &html);
            }
            total += t.elapsed() / 20;
            let text = norm(&out.1);
            for line in gold.lines() {
                let f: Vec<&str> = line.split('\t').collect();
                if f.len() != 3 || f[0] != base {
                    continue;
                }
                if f[1] == "s" {
                    want += 1;
                    if text.contains(&norm(f[2])) {
                        found += 1;
                    }
                } else {
                    furn_total += 1;
                    if text.contains(f[2]) {
                        furn += 1;
                    }
                }
            }
        }
        println!("{name:16} sentences {found}/{want}  furniture left {furn}/{furn_total}  time per page {:?}", total / (args.len() as u32 - 1));
    }
}
