//! Dates as news sites write them, read into ISO 8601.

use qari::article::dates::{MONTH_NAMES, dateline, find, is_placeholder, month_number};

#[track_caller]
fn reads(text: &str, iso: &str) {
    assert_eq!(find(text).map(|f| f.iso).as_deref(), Some(iso), "{text:?}");
}

#[test]
fn rfc_2822_from_feeds() {
    reads(
        "Thu, 05 Apr 2018 21:43:55 +0400",
        "2018-04-05T21:43:55+04:00",
    );
    reads("Mon, 9 Nov 2020 08:00:00 GMT", "2020-11-09T08:00:00+00:00");
    reads("Sat, 01 Feb 2020 23:59 -0500", "2020-02-01T23:59-05:00");
}

#[test]
fn iso_8601_with_and_without_time() {
    reads("2017-03-09T12:11:00+01:00", "2017-03-09T12:11:00+01:00");
    reads("2017-03-09T12:11:00.000Z", "2017-03-09T12:11:00+00:00");
    reads("2023-09-11", "2023-09-11");
    reads("٢٠٢٣-٠٩-١١", "2023-09-11");
}

#[test]
fn slashed_dates_with_morning_and_evening_times() {
    reads("2020/12/25 - 1:59 صباحًا", "2020-12-25T01:59");
    // A full stop after the year, before the time.
    reads(
        "الثلاثاء 12 آذار / مارس 2024. 12:00 صباحاً",
        "2024-03-12T00:00",
    );
    reads("12 مارس 2024. 4:15 مساءً", "2024-03-12T16:15");
    reads("2020/12/25 - 12:15 صباحاً", "2020-12-25T00:15");
    reads("2020/12/25 - 4:05 مساءً", "2020-12-25T16:05");
    reads("2020/12/25 الساعة 12:30 مساء", "2020-12-25T12:30");
    // Day first, as Arab sites write it.
    reads("نُشر في 15/03/2024", "2024-03-15");
    reads("15.03.2024 - 10:00", "2024-03-15T10:00");
}

#[test]
fn weekday_day_month_year_with_egyptian_gulf_names() {
    reads("الإثنين، 24 أغسطس 2020 09:23 ص", "2020-08-24T09:23");
    reads("الإثنين، 24 أغسطس 2020 09:23 م", "2020-08-24T21:23");
    reads("الخميس 11 يونيه 2020", "2020-06-11");
    reads("التاريخ: 03 يونيو 2020", "2020-06-03");
    reads("السبت ٧ إبريل ٢٠١٨م", "2018-04-07");
}

#[test]
fn levantine_iraqi_names() {
    reads("١ تشرين الثاني ٢٠٢٣", "2023-11-01");
    reads("الأحد 5 كانون الثاني 2020", "2020-01-05");
    reads("12 كانون الأول 2019", "2019-12-12");
    reads("30 آب 2021", "2021-08-30");
    reads("2 أيار 2022", "2022-05-02");
}

#[test]
fn maghrebi_and_moroccan_names() {
    reads("الجمعة 8 فيفري 2019", "2019-02-08");
    reads("15 جانفي 2021", "2021-01-15");
    reads("3 أوت 2020", "2020-08-03");
    reads("20 جويلية 2019", "2019-07-20");
    reads("1 أفريل 2022", "2022-04-01");
    reads("10 جوان 2018", "2018-06-10");
    reads("9 شتنبر 2021", "2021-09-09");
    reads("4 دجنبر 2020", "2020-12-04");
}

#[test]
fn combined_month_names() {
    reads("3 مارس/ آذار 2024", "2024-03-03");
    reads("الاثنين 5 شباط (فبراير) 2024", "2024-02-05");
    reads("10 تشرين الثاني (نوفمبر) 2023", "2023-11-10");
    reads("1 من تشرين الأول 2024", "2024-10-01");
    reads("7 تشرين الثاني/نوفمبر 2023", "2023-11-07");
    reads("14 يناير/كانون الثاني 2024", "2024-01-14");
}

#[test]
fn english_dates() {
    reads("November 9, 2020", "2020-11-09");
    reads("Published on Nov. 9, 2020 at 7:30 PM", "2020-11-09T19:30");
    reads("9 November 2020", "2020-11-09");
    reads("Sept 1 2019", "2019-09-01");
}

#[test]
fn english_ordinal_days_and_month_first_slashes() {
    reads("تاريخ النشر: 25th, October 2024 GMT", "2024-10-25");
    reads("1st March 2021", "2021-03-01");
    // Month first only when the day-first reading is impossible.
    reads("11/27/2017", "2017-11-27");
    reads("05/06/2020", "2020-06-05");
}

#[test]
fn a_clock_time_before_the_date_is_read_with_it() {
    reads("الساعة 11:08 ص|30 ابريل 2012", "2012-04-30T11:08");
    reads("02:44 م السبت 08 أكتوبر 2016", "2016-10-08T14:44");
    reads("GMT 09:15 12.03.2021", "2021-03-12T09:15+00:00");
    assert_eq!(
        dateline("الساعة 11:08 ص|30 ابريل 2012").as_deref(),
        Some("2012-04-30T11:08")
    );
    // A number before a date is not a time.
    reads("قتل 12 شخصا يوم 5 مايو 2020", "2020-05-05");
}

#[test]
fn the_start_of_unix_time_is_a_placeholder() {
    reads("1 يناير 1970 05:04 م", "1970-01-01T17:04");
    assert!(is_placeholder("1970-01-01T17:04"));
    assert!(is_placeholder("1970-01-01"));
    assert!(!is_placeholder("1970-01-02"));
    assert!(!is_placeholder("2020-01-01"));
}

#[test]
fn marks_and_odd_spaces_inside_a_date_change_nothing() {
    reads(
        "\u{200F}24\u{00A0}أغسطس\u{200B} \u{202D}2020\u{202C}",
        "2020-08-24",
    );
    reads("24 أغـــسطس 2020", "2020-08-24");
    reads("۲۴ اغسطس ۲۰۲۰", "2020-08-24");
}

#[test]
fn impossible_dates_and_plain_numbers_are_not_dates() {
    for text in [
        "30 فبراير 2020",
        "2021-02-29",
        "32 مارس 2020",
        "2020-13-01",
        "ارتفع المؤشر 24 نقطة في 2020",
        "قال إن 3 مارس كان يوما طويلا",
        "تشرين الثاني/نوفمبر",
        "2020/12/25 - 25:10",
    ] {
        let found = find(text).map(|f| f.iso);
        assert!(
            found.is_none() || text.ends_with("25:10"),
            "{text:?} gave {found:?}"
        );
    }
    // An impossible time is not read as a time.
    reads("2020/12/25 - 25:10", "2020-12-25");
    reads("2020-02-29", "2020-02-29");
}

#[test]
fn the_range_covers_the_date_and_its_lead_in() {
    let line = "القاهرة - الإثنين، 24 أغسطس 2020 09:23 ص";
    let found = find(line).expect("a date");
    assert_eq!(&line[..found.range.start], "القاهرة - ");
    assert_eq!(found.range.end, line.len());
    let line = "نص قبل 2020-01-02 ونص بعده";
    let found = find(line).expect("a date");
    assert_eq!(&line[found.range.clone()], "2020-01-02");
}

#[test]
fn datelines_are_a_date_and_labels_only() {
    for (line, iso) in [
        ("التاريخ: 03 يونيو 2020", "2020-06-03"),
        ("نشر في: الجمعة 8 فيفري 2019", "2019-02-08"),
        ("آخر تحديث: 2020/12/25 - 1:59 صباحًا", "2020-12-25T01:59"),
        (
            "نشر في 24 أغسطس 2020 | آخر تحديث 25 أغسطس 2020",
            "2020-08-24",
        ),
        ("الخميس 5 محرم 1442 هـ - 24 أغسطس 2020 م", "2020-08-24"),
        ("Published: November 9, 2020", "2020-11-09"),
        // A print edition's line: the number, the day, the Hijri
        // day after `الموافق` with `ذي`.
        (
            "العدد 4417 - الثلاثاء 12 مارس 2013م الموافق 30 ربيع الآخر 1434هـ",
            "2013-03-12",
        ),
        ("العدد 918 - 3 يناير 2021", "2021-01-03"),
        // A portal's "posted on" before the day and its hour.
        (
            "أرسلت في الأحد 12 آذار 2006 @ 14:22:31 بتوقيت بغداد",
            "2006-03-12T14:22:31",
        ),
        (
            "السبت 14 أكتوبر 2023م الموافق 29 ذي الحجة 1444هـ",
            "2023-10-14",
        ),
    ] {
        assert_eq!(dateline(line).as_deref(), Some(iso), "{line:?}");
    }
    for line in [
        "القاهرة - 24 أغسطس 2020",
        "وقع الحادث في 24 أغسطس 2020 قرب الحدود",
        "لا تاريخ هنا",
        // A number with no issue word before it is still text.
        "4417 - 12 مارس 2013",
    ] {
        assert_eq!(dateline(line), None, "{line:?}");
    }
}

#[test]
fn every_month_name_has_one_number() {
    let mut seen = std::collections::HashMap::new();
    for region in MONTH_NAMES {
        for (n, names) in (1..=12).zip(region.months) {
            for name in names {
                let key = qari::search::fold(name);
                let previous = seen.insert(key, n);
                assert!(
                    previous.is_none_or(|p| p == n),
                    "{name} ({}) is month {n} and {previous:?}",
                    region.region
                );
                assert_eq!(month_number(name), Some(n), "{name}");
            }
        }
    }
}

/// A date's parts copied in the order a right-to-left page laid them out:
/// a line of a day, a month's name, a year, a time and labels alone is a
/// date in any order; a part missing or twice, or another word, is not.
#[test]
fn a_dates_parts_in_the_order_a_page_showed_them() {
    for (line, iso) in [
        (":تحديث 13 20:25 2019 أكتوبر", "2019-10-13T20:25"),
        ("06 19:45 2025 نوفمبر", "2025-11-06T19:45"),
        ("2021 مارس 4", "2021-03-04"),
    ] {
        assert_eq!(dateline(line).as_deref(), Some(iso), "{line:?}");
    }
    for line in [
        "2019 أكتوبر",
        "13 14 2019 أكتوبر",
        "13 20:25 2019 أكتوبر الماضي",
        "40 2019 أكتوبر",
    ] {
        assert_eq!(dateline(line), None, "{line:?}");
    }
}

#[test]
fn joomlas_numbered_levantine_months() {
    // Joomla's Arabic pages write the paired months with a number.
    reads(
        "نشر في الثلاثاء, 25 تشرين1/أكتوبر 2022 09:40",
        "2022-10-25T09:40",
    );
    reads("3 كانون2/يناير 2021", "2021-01-03");
    reads("12 تشرين2 2020", "2020-11-12");
    reads("8 كانون1/ديسمبر 2019", "2019-12-08");
}

#[test]
fn a_day_spelled_as_an_ordinal() {
    reads("الاثنين، السابع عشر من تشرين الثاني 2008", "2008-11-17");
    reads("الأول من كانون الثاني 2020", "2020-01-01");
    reads("الحادي عشر من أيلول 2001", "2001-09-11");
    reads("الحادي والعشرين من آذار 2024", "2024-03-21");
    reads("الثلاثين من حزيران 2023", "2023-06-30");
    assert_eq!(
        dateline("تاريخ النشر: الاثنين، السابع عشر من تشرين الثاني 2008 - 01:42 م").as_deref(),
        Some("2008-11-17T13:42")
    );
    // A month's second word and a Hijri month's are no day.
    assert_eq!(find("ربيع الثاني 1429"), None);
    assert_eq!(find("الحادي من آذار 2024"), None);
    assert_eq!(find("الحادي والثلاثين من شباط 2024"), None);
}
