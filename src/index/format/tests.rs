use super::*;

fn sample() -> Index {
    let meta = Meta {
        id: "مقال-1".into(),
        title: "عنوان المقال".into(),
        author: Some("الكاتب".into()),
        source: None,
        url: Some("https://example.com/a".into()),
        published: Some("2024-01-10".into()),
        lang: Some("ar".into()),
        dir: Direction::Rtl,
        tags: vec!["اقتصاد".into(), "#مصر".into()],
        minutes: 4,
    };
    Index {
        library: "/home/u/articles".into(),
        scanned: (1_795_000_000, 5),
        entries: vec![
            Entry {
                path: "/home/u/articles/a.json".into(),
                size: 1200,
                mtime: (1_794_000_000, 123_456_789),
                content: Content::Articles(vec![meta]),
            },
            Entry {
                path: "/home/u/articles/bad.json".into(),
                size: 3,
                mtime: (1_794_000_001, 0),
                content: Content::Problem {
                    line: Some(1),
                    column: Some(3),
                    message: "expected value".into(),
                },
            },
        ],
    }
}

#[test]
fn entries_read_as_stamps_give_each_file_and_its_count_of_articles() {
    let index = sample();
    let bytes = encode(&index);
    let payload = open(&bytes).expect("a sound index");
    let mut entries = payload.entries();
    let mut stamped = Vec::new();
    while let Some(s) = entries.next_stamped() {
        stamped.push(s.expect("a sound entry"));
    }
    entries.finish().expect("every entry read");
    let expected: Vec<Stamped> = (index.entries.iter())
        .map(|e| Stamped {
            path: e.path.to_str().expect("a UTF-8 path"),
            size: e.size,
            mtime: e.mtime,
            articles: match &e.content {
                Content::Articles(list) => Some(list.len()),
                Content::Problem { .. } => None,
            },
        })
        .collect();
    assert_eq!(stamped, expected);
}

#[test]
fn what_is_encoded_decodes_the_same() {
    let index = sample();
    assert_eq!(decode(&encode(&index)), Ok(index));
}

/// `sample` with more entries, some of several articles and some of
/// problems, so that parts start on every kind.
fn larger(entries: usize) -> Index {
    let mut index = sample();
    let (one, bad) = (index.entries[0].clone(), index.entries[1].clone());
    index.entries = (0..entries)
        .map(|n| {
            let mut e = match n % 3 {
                2 => bad.clone(),
                _ => one.clone(),
            };
            e.path = format!("/home/u/articles/{n}.json").into();
            if let Content::Articles(list) = &mut e.content
                && n % 3 == 1
            {
                let mut more = list[0].clone();
                more.id = format!("{n}-2");
                more.author = None;
                more.tags.clear();
                list.push(more);
            }
            e
        })
        .collect();
    index
}

#[test]
fn reading_can_start_at_any_entry_by_skipping_those_before() {
    let index = larger(7);
    let bytes = encode(&index);
    let payload = open(&bytes).expect("a sound index");
    assert_eq!(payload.count, 7);
    assert_eq!(payload.library, index.library);
    for from in 0..=7 {
        let mut entries = payload.entries();
        entries.pass(from).expect("entries to pass over");
        let rest: Vec<Entry> = entries.by_ref().map(|e| e.expect("an entry")).collect();
        assert_eq!(rest, index.entries[from..], "from entry {from}");
        assert_eq!(entries.finish(), Ok(()));
    }
    // Not all read: not finished.
    let mut entries = payload.entries();
    entries.next();
    assert!(entries.finish().is_err());
}

/// `bytes` with its payload changed by `change` and its length and
/// checksum made to match again: damage only the reading can find.
fn resealed(bytes: &[u8], change: impl FnOnce(&mut Vec<u8>)) -> Vec<u8> {
    let mut payload = bytes[HEADER..].to_vec();
    change(&mut payload);
    let mut out = bytes[..8].to_vec();
    out.extend_from_slice(&(payload.len() as u64).to_le_bytes());
    out.extend_from_slice(&crc32fast::hash(&payload).to_le_bytes());
    out.extend_from_slice(&payload);
    out
}

#[test]
fn a_bad_entry_behind_a_good_checksum_is_refused_by_reading_and_by_skipping() {
    let bytes = encode(&larger(4));
    let first = open(&bytes).expect("a sound index").first.at();
    // The first entry's path claims more bytes than there are.
    let long = resealed(&bytes, |p| p[first..first + 4].copy_from_slice(&[0xff; 4]));
    assert!(matches!(decode(&long), Err(DecodeError::Malformed(_))));
    let payload = open(&long).expect("header and checksum are sound");
    assert!(payload.entries().pass(1).is_err());
    assert!(matches!(payload.entries().next(), Some(Err(_))));
    // An unknown kind of entry.
    let path_len = u32::from_le_bytes(bytes[HEADER + first..][..4].try_into().unwrap());
    let kind = first + 4 + path_len as usize + 20;
    let odd = resealed(&bytes, |p| p[kind] = 7);
    let payload = open(&odd).expect("header and checksum are sound");
    assert!(payload.entries().pass(1).is_err());
    let mut entries = payload.entries();
    assert!(matches!(entries.next(), Some(Err(_))));
    assert!(
        entries.next().is_none(),
        "nothing is read after a bad entry"
    );
    // Something after the last entry.
    let grown = resealed(&bytes, |p| p.push(0));
    let payload = open(&grown).expect("header and checksum are sound");
    let mut entries = payload.entries();
    assert!(entries.by_ref().all(|e| e.is_ok()));
    assert!(entries.finish().is_err());
    assert!(decode(&grown).is_err());
}

#[test]
fn every_cut_and_every_changed_byte_is_refused() {
    let bytes = encode(&sample());
    for cut in 0..bytes.len() {
        assert!(decode(&bytes[..cut]).is_err(), "cut at {cut}");
    }
    for at in 0..bytes.len() {
        for flip in [0x01, 0x80, 0xff] {
            let mut damaged = bytes.clone();
            damaged[at] ^= flip;
            assert!(decode(&damaged).is_err(), "byte {at} ^ {flip:#x}");
        }
    }
    let mut grown = bytes.clone();
    grown.push(0);
    assert!(matches!(decode(&grown), Err(DecodeError::Length { .. })));
}

#[test]
fn entries_kept_as_bytes_are_refused_whenever_decoding_them_is() {
    use crate::index::Known;
    let bytes = encode(&larger(6));
    let first = open(&bytes).expect("a sound index").first.at();
    let payload_len = bytes.len() - HEADER;
    // Each byte of the entries changed behind a checksum made to match:
    // only walking the entries can find what is wrong.
    for at in first..payload_len {
        for flip in [0x01, 0x80, 0xff] {
            let damaged = resealed(&bytes, |p| p[at] ^= flip);
            let payload = open(&damaged).expect("header and checksum are sound");
            let decoded = decode_payload(open(&damaged).expect("sound")).is_ok();
            let kept = Known::read(&payload).is_ok();
            assert_eq!(kept, decoded, "byte {at} ^ {flip:#x}");
        }
    }
}
