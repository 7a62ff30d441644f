//! The widget in a partner's page (`?mode=embed`): the options read from its address, an accent colour kept legible, the saved state's key, and what may be posted to the host page (pure; `tests/embed.rs`).
//!
//! The host script `embed/embed.js` writes the address; README.md (« Intégrer le questionnaire
//! sur votre site ») documents every parameter and the message protocol for webmasters.

/// The `type` of every message the widget posts, with its kind after the colon.
pub const MESSAGE_PREFIX: &str = "partenariat:";
/// The protocol's version, posted in every message (`version`).
pub const PROTOCOL_VERSION: u32 = 1;
/// The longest font family list taken from the host page.
pub const MAX_FONT: usize = 200;
/// The longest frame name (`cadre`).
pub const MAX_FRAME: usize = 32;

/// What an embedded widget was asked for by its address.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Embedding {
    /// The host page's origin (`origine=`), the only one messages are posted to. Without it,
    /// the widget posts its height alone, to any origin.
    pub host: Option<String>,
    /// The accent colour (`accent=`), already made legible.
    pub accent: Option<Accent>,
    /// The host's font family list (`police=`), set by the host script when the placeholder asks
    /// to inherit it.
    pub font: Option<String>,
    /// Whether the host asked to be told the overall level when the result is shown (`fin=1`).
    pub completion: bool,
    /// A name for this embed (`cadre=`), so that two widgets on one site keep two saved states.
    pub frame: Option<String>,
    /// Whether the host lets the widget keep an offline cache (`horsligne=1`; off by default).
    pub offline: bool,
}

impl Embedding {
    /// The options of an address whose `mode` is `embed`; none for the standalone widget. `get`
    /// reads a query parameter. A value that is not well-formed is ignored (the widget works
    /// without it).
    pub fn from_query(get: impl Fn(&str) -> Option<String>) -> Option<Embedding> {
        if get("mode").as_deref() != Some("embed") {
            return None;
        }
        Some(Embedding {
            host: get("origine").and_then(|o| origin(&o)),
            accent: get("accent").and_then(|a| Accent::parse(&a)),
            font: get("police").and_then(|f| font_family(&f)),
            completion: get("fin").as_deref() == Some("1"),
            offline: get("horsligne").as_deref() == Some("1"),
            frame: get("cadre").filter(|c| !c.is_empty() && c.len() <= MAX_FRAME && c.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')),
        })
    }

    /// Where a message of this kind may be posted: the host's origin, `*` for the height alone
    /// when no origin was given, or nowhere.
    pub fn target(&self, message: &Message) -> Option<&str> {
        match (message, self.host.as_deref()) {
            (Message::Height(_), None) => Some("*"),
            (Message::Completed(_), Some(_)) if !self.completion => None,
            (_, host) => host,
        }
    }
}

/// The key of the saved state: the standalone widget's, or one per embed, so that a widget
/// embedded on a site and the same widget opened on its own never overwrite each other.
pub fn saved_state_key(embedding: Option<&Embedding>) -> String {
    match embedding {
        None => "partenariat.etat".into(),
        Some(Embedding { frame: None, .. }) => "partenariat.etat.integre".into(),
        Some(Embedding { frame: Some(frame), .. }) => format!("partenariat.etat.integre.{frame}"),
    }
}

/// What the widget tells its host page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    /// The widget's height in CSS pixels, each time it changes.
    Height(u32),
    /// A new screen is shown: the host brings the top of the widget into view.
    Screen,
    /// The result is shown: the overall level's id (`minimal`, `intermediaire`, `maximal`), or
    /// none when there are too few answers to place the partnership. Never the answers.
    Completed(Option<&'static str>),
}

impl Message {
    /// The message's `type` (`partenariat:hauteur`, `partenariat:ecran`, `partenariat:resultat`).
    pub fn kind(&self) -> String {
        let kind = match self {
            Message::Height(_) => "hauteur",
            Message::Screen => "ecran",
            Message::Completed(_) => "resultat",
        };
        format!("{MESSAGE_PREFIX}{kind}")
    }
}

/// An origin as a browser writes it (`https://www.oriv.org`, `http://127.0.0.1:8080`): http or
/// https, a host name or IPv4 address, an optional port, nothing after. Anything else is refused.
pub fn origin(text: &str) -> Option<String> {
    let text = text.to_ascii_lowercase();
    let rest = text.strip_prefix("https://").or_else(|| text.strip_prefix("http://"))?;
    let (host, port) = match rest.split_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (rest, None),
    };
    let host_ok = !host.is_empty() && host.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-');
    let port_ok = port.is_none_or(|p| !p.is_empty() && p.len() <= 5 && p.bytes().all(|b| b.is_ascii_digit()));
    (host_ok && port_ok && text.len() <= 260).then_some(text)
}

/// A font family list from the host page: ASCII letters, digits, spaces, commas, hyphens and quotes
/// only (nothing that could end a CSS value), at most `MAX_FONT` bytes.
pub fn font_family(text: &str) -> Option<String> {
    let text = text.trim();
    let ok =
        !text.is_empty() && text.len() <= MAX_FONT && text.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b' ' | b',' | b'-' | b'_' | b'"' | b'\''));
    ok.then(|| text.to_string())
}

/// An accent colour that text keeps AA contrast with: as text on white and on its lightest
/// tint (the callouts' background), and as the background of white text (4.5:1 at least).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Accent {
    pub rgb: [u8; 3],
    /// Whether the colour asked for was darkened to reach that contrast.
    pub adjusted: bool,
}

/// The contrast every text drawn in or on the accent keeps (WCAG 2 AA, normal text).
pub const AA: f64 = 4.5;

impl Accent {
    /// `#rrggbb` or `#rgb` (the `#` may be left out); darkened, keeping its hue, until it is
    /// legible. Anything else is refused, and the widget keeps its own blue.
    pub fn parse(text: &str) -> Option<Accent> {
        let hex = text.trim().strip_prefix('#').unwrap_or(text.trim());
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let digit = |i: usize| u8::from_str_radix(&hex[i..i + 1], 16).ok();
        let rgb = match hex.len() {
            3 => [digit(0)? * 17, digit(1)? * 17, digit(2)? * 17],
            6 => [0, 2, 4].map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap_or(0)),
            _ => return None,
        };
        Some(Accent::legible(rgb))
    }

    /// The colour itself if legible, else the colour darkened step by step (at most 40 steps;
    /// black is always legible).
    pub fn legible(rgb: [u8; 3]) -> Accent {
        let mut colour = rgb;
        for _ in 0..40 {
            if contrast(colour, tint(colour, LIGHTEST)) >= AA {
                break;
            }
            colour = colour.map(|c| (u16::from(c) * 7 / 8) as u8);
        }
        Accent { rgb: colour, adjusted: colour != rgb }
    }

    /// The custom properties of the stylesheet (`styles/tokens.css`) the accent replaces.
    pub fn properties(&self) -> [(&'static str, String); 4] {
        let hover = self.rgb.map(|c| (u16::from(c) * 3 / 4) as u8);
        [
            ("--blue", hex(self.rgb)),
            ("--blue-hover", hex(hover)),
            ("--blue-light", hex(tint(self.rgb, LIGHT))),
            ("--blue-lightest", hex(tint(self.rgb, LIGHTEST))),
        ]
    }
}

/// How much white the tinted backgrounds mix in, in hundredths.
const LIGHT: u16 = 86;
const LIGHTEST: u16 = 96;

/// The colour mixed with `white` hundredths of white.
pub fn tint(rgb: [u8; 3], white: u16) -> [u8; 3] {
    rgb.map(|c| ((u16::from(c) * (100 - white) + 255 * white + 50) / 100) as u8)
}

/// `#rrggbb`.
pub fn hex(rgb: [u8; 3]) -> String {
    format!("#{:02x}{:02x}{:02x}", rgb[0], rgb[1], rgb[2])
}

/// The WCAG 2 contrast ratio of two colours (1 to 21).
pub fn contrast(a: [u8; 3], b: [u8; 3]) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// The WCAG 2 relative luminance of an sRGB colour.
fn luminance(rgb: [u8; 3]) -> f64 {
    let channel = |c: u8| f64::from(LINEAR[usize::from(c)]) / 65535.0;
    0.2126 * channel(rgb[0]) + 0.7152 * channel(rgb[1]) + 0.0722 * channel(rgb[2])
}

/// Each 8-bit sRGB channel value made linear, in 65535ths: `c / 12.92` up to 0.04045, else
/// `((c + 0.055) / 1.055)^2.4` (WCAG 2). A table rather than `powf`, which would add the
/// general power function to the bundle for 256 values (`tests/embed.rs` recomputes it).
#[rustfmt::skip]
pub const LINEAR: [u16; 256] = [
    0, 20, 40, 60, 80, 99, 119, 139, 159, 179, 199, 219, 241, 264, 288, 313,
    340, 367, 396, 427, 458, 491, 526, 562, 599, 637, 677, 718, 761, 805, 851, 898,
    947, 997, 1048, 1101, 1156, 1212, 1270, 1330, 1391, 1453, 1517, 1583, 1651, 1720, 1790, 1863,
    1937, 2013, 2090, 2170, 2250, 2333, 2418, 2504, 2592, 2681, 2773, 2866, 2961, 3058, 3157, 3258,
    3360, 3464, 3570, 3678, 3788, 3900, 4014, 4129, 4247, 4366, 4488, 4611, 4736, 4864, 4993, 5124,
    5257, 5392, 5530, 5669, 5810, 5953, 6099, 6246, 6395, 6547, 6700, 6856, 7014, 7174, 7335, 7500,
    7666, 7834, 8004, 8177, 8352, 8528, 8708, 8889, 9072, 9258, 9445, 9635, 9828, 10022, 10219, 10417,
    10619, 10822, 11028, 11235, 11446, 11658, 11873, 12090, 12309, 12530, 12754, 12980, 13209, 13440, 13673, 13909,
    14146, 14387, 14629, 14874, 15122, 15371, 15623, 15878, 16135, 16394, 16656, 16920, 17187, 17456, 17727, 18001,
    18277, 18556, 18837, 19121, 19407, 19696, 19987, 20281, 20577, 20876, 21177, 21481, 21787, 22096, 22407, 22721,
    23038, 23357, 23678, 24002, 24329, 24658, 24990, 25325, 25662, 26001, 26344, 26688, 27036, 27386, 27739, 28094,
    28452, 28813, 29176, 29542, 29911, 30282, 30656, 31033, 31412, 31794, 32179, 32567, 32957, 33350, 33745, 34143,
    34544, 34948, 35355, 35764, 36176, 36591, 37008, 37429, 37852, 38278, 38706, 39138, 39572, 40009, 40449, 40891,
    41337, 41785, 42236, 42690, 43147, 43606, 44069, 44534, 45002, 45473, 45947, 46423, 46903, 47385, 47871, 48359,
    48850, 49344, 49841, 50341, 50844, 51349, 51858, 52369, 52884, 53401, 53921, 54445, 54971, 55500, 56032, 56567,
    57105, 57646, 58190, 58737, 59287, 59840, 60396, 60955, 61517, 62082, 62650, 63221, 63795, 64372, 64952, 65535,
];
