//! The widget on a seminar's shared screen (`?mode=kiosk`): the options read from its address and the inactivity rule (pure; `tests/kiosk.rs`). The browser side is in `ui::kiosk`.
//!
//! On a kiosk nothing of a respondent is kept for the next one: the answers live in memory only
//! (never in local storage), and « Terminer » or a long inactivity wipes them. What is kept is the
//! seminar's anonymous tally (`core::tally`), one entry per respondent who reached the result.

/// The inactivity after which the kiosk asks « Vous êtes toujours là ? », by default, in seconds.
pub const IDLE_SECONDS: u32 = 90;
/// How long the question waits for an answer before the kiosk wipes the answers, in seconds.
pub const COUNTDOWN_SECONDS: u32 = 20;
/// The longest inactivity the address may set, in seconds (an hour).
pub const MAX_IDLE_SECONDS: u32 = 3600;

/// What a kiosk was asked for by its address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Kiosk {
    /// Seconds without a touch, a click or a key before the question (`inactivite=`, 1 to
    /// `MAX_IDLE_SECONDS`; else the default).
    pub idle: u32,
    /// Seconds of countdown after the question, before the wipe (the shorter of
    /// `COUNTDOWN_SECONDS` and `idle`, so that a short test setting stays short).
    pub countdown: u32,
}

impl Kiosk {
    /// The kiosk options of an address whose `mode` is `kiosk` (or `kiosque`); none otherwise.
    /// `get` reads a query parameter.
    pub fn from_query(get: impl Fn(&str) -> Option<String>) -> Option<Kiosk> {
        if !matches!(get("mode").as_deref(), Some("kiosk" | "kiosque")) {
            return None;
        }
        let idle = get("inactivite").and_then(|s| s.parse::<u32>().ok()).filter(|s| (1..=MAX_IDLE_SECONDS).contains(s)).unwrap_or(IDLE_SECONDS);
        Some(Kiosk { idle, countdown: COUNTDOWN_SECONDS.min(idle) })
    }

    /// What the kiosk shows after `quiet` whole seconds without activity, while a respondent is
    /// under way: nothing yet, the countdown's seconds left, or the wipe.
    pub fn after(&self, quiet: u32) -> Idle {
        if quiet < self.idle {
            Idle::Active
        } else if quiet < self.idle + self.countdown {
            Idle::Asking(self.idle + self.countdown - quiet)
        } else {
            Idle::Wipe
        }
    }
}

/// Where the inactivity stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Idle {
    Active,
    /// « Vous êtes toujours là ? », with the seconds left.
    Asking(u32),
    /// Time is up: wipe the answers and welcome the next person.
    Wipe,
}

/// A respondent's random id for the tally (16 hexadecimal digits) from two random numbers in
/// [0, 1) (the browser's `Math.random`).
pub fn respondent_id(a: f64, b: f64) -> String {
    let part = |x: f64| (x.clamp(0.0, 1.0) * 4_294_967_295.0) as u32;
    format!("{:08x}{:08x}", part(a), part(b))
}

/// The kiosk's own words (only the kiosk's build carries them).
pub struct KioskWords {
    pub kiosk_intro: &'static str,
    pub kiosk_facilitator: &'static str,
    pub kiosk_fullscreen: &'static str,
    pub kiosk_qr_title: &'static str,
    pub kiosk_qr_text: &'static str,
    pub kiosk_qr_label: &'static str,
    pub kiosk_qr_failed: &'static str,
    pub kiosk_finish: &'static str,
    pub kiosk_finish_help: &'static str,
    pub idle_title: &'static str,
    pub idle_text: &'static str,
    pub idle_continue: &'static str,
}

pub const FR: KioskWords = KioskWords {
    kiosk_intro: "Sur cet écran, chacun répond à son tour. Quand vous appuyez sur « Terminer », vos réponses sont effacées de l'écran pour la personne suivante. Si personne ne touche l'écran pendant {n} secondes, il vous demande si vous êtes toujours là, puis efface vos réponses. Si vous allez jusqu'au résultat, une copie de vos réponses est gardée sur cet appareil, sans votre nom, pour le bilan de la salle que présente l'animateur. À la fin, vous pourrez emporter votre résultat : il suffit de viser un code (un carré noir et blanc) avec l'appareil photo de votre téléphone.",
    kiosk_facilitator: "Espace animateur",
    kiosk_fullscreen: "Afficher en plein écran",
    kiosk_qr_title: "Emportez votre résultat",
    kiosk_qr_text: "Visez ce code avec l'appareil photo de votre téléphone : votre résultat s'ouvre. Vos réponses sont écrites dans le lien lui-même ; le site du questionnaire ne les reçoit pas. Mais toute personne qui a ce lien, ou qui vise ce code sur l'écran, peut lire vos réponses : appuyez sur « Terminer » dès que vous l'avez.",
    kiosk_qr_label: "Code QR du lien vers votre résultat",
    kiosk_qr_failed: "Le code n'a pas pu être affiché. Vous pouvez noter votre niveau et vos réponses, ou demander de l'aide à l'animateur.",
    kiosk_finish: "Terminer",
    kiosk_finish_help: "« Terminer » efface vos réponses de cet écran pour la personne suivante. Scannez le code avant.",
    idle_title: "Vous êtes toujours là ?",
    idle_text: "Sans action de votre part, vos réponses seront effacées dans {n} secondes et le questionnaire reviendra à l'accueil.",
    idle_continue: "Oui, je continue",
};

pub const EN: KioskWords = KioskWords {
    kiosk_intro: "On this screen, everyone answers in turn. When you press “Finish”, your answers are erased from the screen for the next person. If nobody touches the screen for {n} seconds, it asks whether you are still there, then erases your answers. If you reach the result, a copy of your answers is kept on this device, without your name, for the room's summary the facilitator presents. At the end, you can take your result with you: point your phone's camera at a code (a black and white square).",
    kiosk_facilitator: "Facilitator's area",
    kiosk_fullscreen: "Show full screen",
    kiosk_qr_title: "Take your result with you",
    kiosk_qr_text: "Point your phone's camera at this code: your result opens. Your answers are written in the link itself; the questionnaire's site does not receive them. But anyone who has this link, or points a camera at this code on the screen, can read your answers: press “Finish” as soon as you have it.",
    kiosk_qr_label: "QR code of the link to your result",
    kiosk_qr_failed: "The code could not be shown. You can write down your level and answers, or ask the facilitator for help.",
    kiosk_finish: "Finish",
    kiosk_finish_help: "“Finish” erases your answers from this screen for the next person. Scan the code first.",
    idle_title: "Are you still there?",
    idle_text: "Unless you do something, your answers will be erased in {n} seconds and the questionnaire will go back to the start.",
    idle_continue: "Yes, I'm going on",
};

/// The kiosk's words in a language.
pub fn words(language: crate::core::Language) -> &'static KioskWords {
    match language {
        crate::core::Language::Fr => &FR,
        crate::core::Language::En => &EN,
    }
}
