//! The words of `qari doctor`.
//!
//! Latin fragments inside the Arabic texts (flags, menu paths, terminal
//! names) are written as they are: the report isolates them before layout.

use super::catalogue;

catalogue! {
    /// What `qari doctor` says.
    pub struct DoctorStrings {
        title: "qari doctor: كيف تعرض هذه الطرفية العربية",
            "qari doctor: how this terminal shows Arabic";
        column_test: "الاختبار",
            "test";
        column_drawn: "ما يرسمه qari",
            "qari draws";
        column_expect: "ما ينبغي أن تراه",
            "should look like";
        sample_lam_alef: "لام ألف", "lam-alef";
        expect_lam_alef: "حروف متصلة، وكل «لا» رسم واحد",
            "letters joined; each لا one glyph";
        sample_harakat: "الحركات", "harakat";
        expect_harakat: "العلامات فوق حروفها وتحتها",
            "marks above/below their letters";
        sample_digits: "الأرقام", "digits";
        expect_digits: "يُقرأ 2024 و٢٠٢٤ من اليسار إلى اليمين",
            "2024 and ٢٠٢٤ read left to right";
        sample_brackets: "الأقواس", "brackets";
        expect_brackets: "يُفتح القوس من جهة اليمين",
            "brackets open on the right";
        sample_latin_name: "اسم لاتيني", "Latin name";
        expect_latin_name: "الاسم John Smith في الوسط غير معكوس",
            "John Smith in the middle, unreversed";
        two_panes: "لوحان: الإنجليزي يسارًا والعربي يمينًا، كل منهما في إطاره",
            "two panes: English left, Arabic right, each in its own box";
        terminal: "الطرفية:",
            "Terminal:";
        inside_tmux: "، داخل tmux",
            ", inside tmux";
        shaping: "وصل الحروف:",
            "Shaping:";
        shaping_on: "يتولاه qari (--shape on)",
            "qari shapes Arabic (--shape on)";
        shaping_off: "متروك للطرفية (--shape off)",
            "left to the terminal (--shape off)";
        vte_name: "VTE (GNOME Terminal, Tilix, Terminator…)",
            "VTE (GNOME Terminal, Tilix, Terminator…)";
        unknown_name: "لم تُعرف من متغيرات البيئة",
            "not recognised from the environment";
        advice_vte: "تعيد VTE ترتيب النص العربي بنفسها؛ يوقف qari ذلك ما دام يعمل (CSI 8 l) \
        ويعيده عند الخروج. لا شيء لتضبطه.",
            "VTE reorders right-to-left text itself; qari switches that off while it runs \
        (CSI 8 l) and back on when it quits. Nothing to set.";
        advice_konsole: "تعيد Konsole ترتيب النص العربي بنفسها (Bi-Directional text rendering): يطفئ القارئ ذلك \
        ما دام يعمل ويعيده عند الخروج (OSC 50)؛ وتضع الأوامر المطبوعة بعد كل حرف عربي علامة LRM تبقي \
        ترتيبه، فتبقى حروفها منفصلة ما دام ذلك مشغّلًا.",
            "Konsole reorders right-to-left text itself (Bi-Directional text rendering): the reader \
        switches that off while it runs and back on when it quits (OSC 50); printing commands put a \
        left-to-right mark after every Arabic letter, which keeps their order, their letters unjoined \
        while it is on.";
        /// What to turn off in Konsole for qari's rows as they are.
        advice_konsole_off: "Settings > Edit Current Profile > Advanced > Bi-Directional text rendering: \
        أطفئه واختر bidi = \"qari\" لحروف موصولة في الأوامر المطبوعة أيضًا.",
            "For joined letters in printed output too, turn off Settings > Edit Current Profile > \
        Advanced > Bi-Directional text rendering and set bidi = \"qari\".";
        advice_kitty: "ترسم kitty الخلايا كما تصلها ولا تصل الحروف العربية: الإعدادات الافتراضية \
        مناسبة.",
            "kitty draws cells as given and does not join Arabic letters: the defaults are \
        right.";
        advice_wezterm: "في WezTerm أبقِ bidi_enabled = false (وهو الافتراضي) لترسم سطور qari كما \
        هي.",
            "WezTerm: keep bidi_enabled = false (its default) so it draws qari's lines as \
        given.";
        advice_mlterm: "تعيد mlterm ترتيب النص العربي وتصل حروفه بنفسها (ctl): يسألها القارئ عن ذلك بسلسلة \
        ~/.mlterm/challenge فيطفئه ما دام يعمل ويعيده عند الخروج، وتعطيها الأوامر المطبوعة كل سطر \
        نصًّا منطقيًّا ترتّبه هي في خانات qari نفسها. أو شغّل mlterm بـ --ctl=false.",
            "mlterm reorders and joins Arabic letters itself (ctl): the reader asks it, with the \
        challenge in ~/.mlterm/challenge, switches that off while it runs and back on when it \
        quits; printing commands give it each row as logical text, which it lays out into \
        qari's cells. Or start mlterm with --ctl=false.";
        advice_other: "إن بدت سطور الاختبار كما وُصفت فالإعدادات الافتراضية تناسب هذه الطرفية؛ وإلا \
        فجرّب --shape off، أو أطفئ دعم الطرفية نفسها للنص ثنائي الاتجاه.",
            "If the test lines look as described, the defaults suit this terminal; \
        otherwise try --shape off, or turn off the terminal's own bidi support.";
        advice_tmux: "يمرّر tmux خلايا qari كما هي، والطرفية من حوله تقرر الباقي: إن كانت VTE فإن \
        set -g allow-passthrough on يوصل إليها CSI 8 l من qari؛ وكذلك مفتاح Konsole \
        (OSC 50).",
            "tmux passes qari's cells through unchanged, but the terminal around it decides \
        the rest: with VTE outside, `set -g allow-passthrough on` lets qari's CSI 8 l reach it; \
        likewise Konsole's switch (OSC 50).";
        if_wrong: "إن بدا سطر مما سبق خاطئًا: الحروف المنفصلة تعني أن تجرب --shape on؛ والوصل \
        المكرر أو المكسور يعني --shape off؛ والسطور المقروءة كلها بالمقلوب تعني أن الطرفية \
        تعيد ترتيب النص بنفسها (انظر النصيحة أعلاه).",
            "If a line above looks wrong: disconnected letters mean try --shape on; doubled or \
        broken joins mean --shape off; whole lines read backwards mean the terminal reorders \
        text itself (see the advice above).";
    }
}

impl DoctorStrings {
    /// Name and what the reader should see, in the order of the samples:
    /// lam-alef, harakat, digits, brackets, a Latin name.
    pub fn samples(&self) -> [(&'static str, &'static str); 5] {
        [
            (self.sample_lam_alef, self.expect_lam_alef),
            (self.sample_harakat, self.expect_harakat),
            (self.sample_digits, self.expect_digits),
            (self.sample_brackets, self.expect_brackets),
            (self.sample_latin_name, self.expect_latin_name),
        ]
    }
}
