//! The words of `qari doctor`, one table per language (see `i18n`).
//!
//! Latin fragments inside the Arabic table (flags, menu paths, terminal
//! names) are written as they are: the report isolates them before layout
//! (`isolate::latin_runs`).

/// What `qari doctor` says, for one language.
#[derive(Debug)]
pub struct DoctorStrings {
    pub title: &'static str,
    pub column_test: &'static str,
    pub column_drawn: &'static str,
    pub column_expect: &'static str,
    /// Name and what the reader should see, in the order of the samples:
    /// lam-alef, harakat, digits, brackets, a Latin name.
    pub samples: [(&'static str, &'static str); 5],
    pub two_panes: &'static str,
    pub terminal: &'static str,
    pub inside_tmux: &'static str,
    pub shaping: &'static str,
    pub shaping_on: &'static str,
    pub shaping_off: &'static str,
    pub vte_name: &'static str,
    pub unknown_name: &'static str,
    pub advice_vte: &'static str,
    pub advice_konsole: &'static str,
    pub advice_kitty: &'static str,
    pub advice_wezterm: &'static str,
    pub advice_mlterm: &'static str,
    pub advice_other: &'static str,
    pub advice_tmux: &'static str,
    pub if_wrong: &'static str,
}

pub static EN: DoctorStrings = DoctorStrings {
    title: "qari doctor: how this terminal shows Arabic",
    column_test: "test",
    column_drawn: "qari draws",
    column_expect: "should look like",
    samples: [
        ("lam-alef", "letters joined; each لا one glyph"),
        ("harakat", "marks above/below their letters"),
        ("digits", "2024 and ٢٠٢٤ read left to right"),
        ("brackets", "brackets open on the right"),
        ("Latin name", "John Smith in the middle, unreversed"),
    ],
    two_panes: "two panes: English left, Arabic right, each in its own box",
    terminal: "Terminal:",
    inside_tmux: ", inside tmux",
    shaping: "Shaping:",
    shaping_on: "qari shapes Arabic (--shape on)",
    shaping_off: "left to the terminal (--shape off)",
    vte_name: "VTE (GNOME Terminal, Tilix, Terminator…)",
    unknown_name: "not recognised from the environment",
    advice_vte: "VTE reorders right-to-left text itself; qari switches that off while it runs \
        (CSI 8 l) and back on when it quits. Nothing to set.",
    advice_konsole: "Konsole reorders right-to-left text itself and has no switch qari can send: \
        turn off Settings > Edit Current Profile > Advanced > Bi-Directional text rendering.",
    advice_kitty: "kitty draws cells as given and does not join Arabic letters: the defaults are \
        right.",
    advice_wezterm: "WezTerm: keep bidi_enabled = false (its default) so it draws qari's lines as \
        given.",
    advice_mlterm: "mlterm joins Arabic letters itself: qari leaves shaping to it (--shape off, \
        chosen automatically here).",
    advice_other: "If the test lines look as described, the defaults suit this terminal; \
        otherwise try --shape off, or turn off the terminal's own bidi support.",
    advice_tmux: "tmux passes qari's cells through unchanged, but the terminal around it decides \
        the rest: with VTE outside, `set -g allow-passthrough on` lets qari's CSI 8 l reach it; \
        with Konsole, turn its bidi rendering off.",
    if_wrong: "If a line above looks wrong: disconnected letters mean try --shape on; doubled or \
        broken joins mean --shape off; whole lines read backwards mean the terminal reorders \
        text itself (see the advice above).",
};

pub static AR: DoctorStrings = DoctorStrings {
    title: "qari doctor: كيف تعرض هذه الطرفية العربية",
    column_test: "الاختبار",
    column_drawn: "ما يرسمه qari",
    column_expect: "ما ينبغي أن تراه",
    samples: [
        ("لام ألف", "حروف متصلة، وكل «لا» رسم واحد"),
        ("الحركات", "العلامات فوق حروفها وتحتها"),
        ("الأرقام", "يُقرأ 2024 و٢٠٢٤ من اليسار إلى اليمين"),
        ("الأقواس", "يُفتح القوس من جهة اليمين"),
        ("اسم لاتيني", "الاسم John Smith في الوسط غير معكوس"),
    ],
    two_panes: "لوحان: الإنجليزي يسارًا والعربي يمينًا، كل منهما في إطاره",
    terminal: "الطرفية:",
    inside_tmux: "، داخل tmux",
    shaping: "وصل الحروف:",
    shaping_on: "يتولاه qari (--shape on)",
    shaping_off: "متروك للطرفية (--shape off)",
    vte_name: "VTE (GNOME Terminal, Tilix, Terminator…)",
    unknown_name: "لم تُعرف من متغيرات البيئة",
    advice_vte: "تعيد VTE ترتيب النص العربي بنفسها؛ يوقف qari ذلك ما دام يعمل (CSI 8 l) \
        ويعيده عند الخروج. لا شيء لتضبطه.",
    advice_konsole: "تعيد Konsole ترتيب النص العربي بنفسها، وليس لها مفتاح يرسله qari: أطفئ \
        Settings > Edit Current Profile > Advanced > Bi-Directional text rendering.",
    advice_kitty: "ترسم kitty الخلايا كما تصلها ولا تصل الحروف العربية: الإعدادات الافتراضية \
        مناسبة.",
    advice_wezterm: "في WezTerm أبقِ bidi_enabled = false (وهو الافتراضي) لترسم سطور qari كما \
        هي.",
    advice_mlterm: "تصل mlterm الحروف العربية بنفسها، فيترك qari لها ذلك (--shape off، اختير \
        تلقائيًا هنا).",
    advice_other: "إن بدت سطور الاختبار كما وُصفت فالإعدادات الافتراضية تناسب هذه الطرفية؛ وإلا \
        فجرّب --shape off، أو أطفئ دعم الطرفية نفسها للنص ثنائي الاتجاه.",
    advice_tmux: "يمرّر tmux خلايا qari كما هي، والطرفية من حوله تقرر الباقي: إن كانت VTE فإن \
        set -g allow-passthrough on يوصل إليها CSI 8 l من qari؛ وإن كانت Konsole فأطفئ فيها عرض \
        النص ثنائي الاتجاه.",
    if_wrong: "إن بدا سطر مما سبق خاطئًا: الحروف المنفصلة تعني أن تجرب --shape on؛ والوصل \
        المكرر أو المكسور يعني --shape off؛ والسطور المقروءة كلها بالمقلوب تعني أن الطرفية \
        تعيد ترتيب النص بنفسها (انظر النصيحة أعلاه).",
};
