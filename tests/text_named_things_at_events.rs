//! Copies the importer misread: a picture's caption between the story's
//! paragraphs naming a thing the story named, by its kind and its name in
//! quotation marks, at an event.

mod support;

use support::copied::import_text;
use support::copied::story::{DATE, HEAD};
use support::copied::texts;

const LEAD: &str = "تسلمت الشركة ناقلتين جديدتين لنقل الغاز الطبيعي المسال في حفل أقيم في حوض بناء السفن بمدينة أولسان.";
const NAMED: &str =
    "وتحمل الناقلتان اسمي «صحار» و«جعلان»، وهما مزودتان بمحركات ثنائية الوقود من الجيل الأحدث.";
const NEXT: &str =
    "وقال الرئيس التنفيذي إن انضمام الناقلتين يرفع عدد ناقلات الغاز في الأسطول إلى إحدى عشرة ناقلة.";

#[test]
fn a_caption_of_a_named_thing_at_an_event_is_not_the_story() {
    let caption = "الناقلة «صحار» خلال مراسم التسليم في أولسان";
    let a = import_text(&[HEAD, DATE, LEAD, NAMED, caption, NEXT].join("\n"));
    assert_eq!(texts(&a), [LEAD, NAMED, NEXT]);
}

#[test]
fn such_a_line_naming_what_the_story_did_not_stays() {
    let line = "الناقلة «ظفار» خلال رحلتها الأولى إلى الموانئ الآسيوية";
    let a = import_text(&[HEAD, DATE, LEAD, NAMED, line, NEXT].join("\n"));
    assert_eq!(texts(&a), [LEAD, NAMED, line, NEXT]);
}
