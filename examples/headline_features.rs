//! Dumps the headline's candidates of copied articles with their features,
//! for `scripts/fit_headline.py`: one tab-separated row per candidate
//! (file, line index, whether the import takes it, whether it reads as a
//! paragraph, whether it is in the window of candidates, the features,
//! the line's text).
//!
//! `cargo run --release --example headline_features -- FILE...`

use anyhow::Context;
use qari::article::text_headline::NAMES;
use qari::article::text_import::headline_table;

fn main() -> anyhow::Result<()> {
    println!("file\tat\ttaken\tlead\twindow\t{}\ttext", NAMES.join("\t"));
    for path in std::env::args().skip(1) {
        let bytes = std::fs::read(&path).with_context(|| format!("{path}: cannot read"))?;
        let text = String::from_utf8_lossy(&bytes);
        let table = headline_table(&text).with_context(|| format!("{path}: cannot import"))?;
        for c in &table.candidates {
            let features: Vec<String> = c.features.iter().map(|f| format!("{f:.4}")).collect();
            let line = table.lines[c.at].replace('\t', " ");
            println!(
                "{path}\t{}\t{}\t{}\t1\t{}\t{line}",
                c.at,
                u8::from(table.taken == Some(c.at)),
                u8::from(c.lead),
                features.join("\t")
            );
        }
        if let Some(at) = table.taken
            && !table.candidates.iter().any(|c| c.at == at)
        {
            // The import took a line outside the window: a miss for the
            // model, which cannot choose it, and told for the comparison.
            println!(
                "{path}\t{at}\t1\t0\t0\t{}\t{}",
                vec!["0"; NAMES.len()].join("\t"),
                table.lines[at]
            );
        }
    }
    Ok(())
}
