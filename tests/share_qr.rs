//! QR codes: drawn in half blocks, read back by a QR decoder.

mod support;

use qari::article::{Article, Block};
use qari::share::{Format, ShareError, compose, qr, render};

use support::article::arabic;

/// The half-block drawing turned back into a greyscale image, `scale`
/// pixels a module, and decoded.
fn decode(lines: &[String]) -> String {
    let scale = 4;
    let rows: Vec<Vec<bool>> = lines
        .iter()
        .flat_map(|line| {
            let (up, down): (Vec<bool>, Vec<bool>) = line
                .chars()
                .map(|c| match c {
                    '█' => (true, true),
                    '▀' => (true, false),
                    '▄' => (false, true),
                    ' ' => (false, false),
                    other => panic!("unexpected {other:?} in a QR drawing"),
                })
                .unzip();
            [up, down]
        })
        .collect();
    let (w, h) = (rows[0].len() * scale, rows.len() * scale);
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(w, h, |x, y| {
        if rows[y / scale][x / scale] { 0 } else { 255 }
    });
    let grids = img.detect_grids();
    assert_eq!(grids.len(), 1, "one code found");
    grids[0].decode().unwrap().1
}

fn article(url: Option<&str>) -> Article {
    Article {
        author: Some("قسم الثقافة".into()),
        url: url.map(str::to_owned),
        ..arabic(
            "q",
            "الحرف العربي على الشاشة",
            "وجاء يونيكود ليحسم المسألة: رقم واحد لكل حرف عربي بصرف النظر عن شكله.",
        )
    }
}

#[test]
fn the_drawn_code_decodes_to_the_exact_arabic_text() {
    let share = compose(&article(None), Some(1)).unwrap();
    let lines = qr::draw(&share, Format::Text).unwrap();
    assert_eq!(decode(&lines), render(&share, Format::Text));
}

#[test]
fn with_a_url_the_code_carries_the_url() {
    let url = "https://example.com/ar/الحرف?id=7";
    let share = compose(&article(Some(url)), None).unwrap();
    assert_eq!(decode(&qr::draw(&share, Format::Markdown).unwrap()), url);
}

#[test]
fn the_code_has_a_light_quiet_zone_all_round() {
    let rows = qr::modules("qari").unwrap();
    let side = rows.len();
    assert!(rows.iter().all(|r| r.len() == side), "square");
    let light = |r: usize, c: usize| !rows[r][c];
    for (i, q) in (0..side).flat_map(|i| (0..qr::QUIET_ZONE).map(move |q| (i, q))) {
        assert!(light(q, i) && light(side - 1 - q, i) && light(i, q) && light(i, side - 1 - q));
    }
    // The finder pattern starts right inside the quiet zone.
    assert!(rows[qr::QUIET_ZONE][qr::QUIET_ZONE]);
    let lines = qr::half_blocks("qari").unwrap();
    assert_eq!(lines.len(), side.div_ceil(2));
    assert!(lines[0].chars().all(|c| c == ' '));
}

#[test]
fn text_too_long_for_a_code_says_so_and_offers_a_shorter_share() {
    let mut a = article(None);
    a.body = vec![Block::Paragraph("كلمة ".repeat(400))];
    let share = compose(&a, Some(1)).unwrap();
    let err = qr::draw(&share, Format::Text).unwrap_err();
    assert!(
        matches!(err, ShareError::TooLongForQr { quote: true, .. }),
        "{err}"
    );
    let msg = err.to_string();
    assert!(msg.contains("too long for a QR code"), "{msg}");
    assert!(msg.contains("share the article instead"), "{msg}");
    // The article's own excerpt fits.
    let excerpt = compose(&a, None).unwrap();
    assert!(qr::draw(&excerpt, Format::Text).is_ok());
}
