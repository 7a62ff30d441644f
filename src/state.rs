//! The widget's state and the actions that change it: a pure state machine (no storage, no DOM), reduced by Yew in the browser and tested natively.

use crate::core::answers_file::{Migrated, MAX_BYTES};
use crate::core::{AnswersFile, Choice, Dimension, Language, PartnershipKind, Profile, Questionnaire, Responses, Role, Vocabulary};

/// Which screen is shown. The questionnaire is one question per screen, in the order of the
/// respondent's path; each screen is a history entry whose URL fragment is its id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Screen {
    Welcome,
    Profile,
    /// One item of the path (its index in the questionnaire).
    Question(usize),
    Review,
    Result,
}

/// The welcome screen's id: also what an address without a fragment shows.
pub const WELCOME_ID: &str = "accueil";

impl Screen {
    /// A stable id, used in the URL fragment, the saved state and the DOM: a word for the fixed
    /// screens, the item's id for a question.
    pub fn id(self, q: &Questionnaire) -> String {
        match self {
            Screen::Welcome => WELCOME_ID.into(),
            Screen::Profile => "profil".into(),
            Screen::Question(i) => q.item(i).map_or_else(String::new, |item| item.id.clone()),
            Screen::Review => "verification".into(),
            Screen::Result => "resultat".into(),
        }
    }
    /// The screen an id names, if any (item ids never collide with the fixed screens' words).
    pub fn from_id(q: &Questionnaire, id: &str) -> Option<Screen> {
        match id {
            WELCOME_ID => Some(Screen::Welcome),
            "profil" => Some(Screen::Profile),
            "verification" => Some(Screen::Review),
            "resultat" => Some(Screen::Result),
            _ => q.item_index(id).map(Screen::Question),
        }
    }
    /// The question's index, on a question's screen.
    pub fn question(self) -> Option<usize> {
        match self {
            Screen::Question(i) => Some(i),
            _ => None,
        }
    }
}

/// A message shown on the current screen until dismissed or replaced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// The saved answers could not be read; the respondent starts afresh.
    SavedStateUnreadable,
    /// The saved answers come from a version of the tool this one cannot read; the respondent starts afresh.
    SavedStateOtherVersion,
    /// Answers from an older questionnaire were carried over; these items must be answered again.
    Migrated { kept: usize, again: Vec<usize> },
    /// The respondent comes back: this is the next question without an answer.
    Resumed,
    /// All answers were erased at the respondent's request.
    Cleared,
    /// An answers file was imported.
    Imported,
    /// The answers were saved to a file (its name).
    Saved(String),
    /// An answers file was refused (and why); nothing was changed.
    ImportRefused(crate::core::AnswersFileError),
    /// The browser refused to keep the answers (private mode, full storage).
    StorageUnavailable,
    /// The other language's questionnaire could not be loaded; the page stays in this one.
    LanguageUnavailable,
    /// The page was opened with a share link that could not be read (and why); nothing changed.
    LinkRefused(crate::core::share_link::LinkError),
    /// The answers of a share link were taken over as the respondent's own.
    LinkTaken,
    /// The share link was copied to the clipboard.
    LinkCopied,
    /// The browser would not copy: the link is selected for the respondent to copy.
    LinkCopyByHand,
}

impl Notice {
    /// A stable id (the DOM's `data-notice`, for tests and styles).
    pub fn id(&self) -> &'static str {
        match self {
            Notice::SavedStateUnreadable => "etat-illisible",
            Notice::SavedStateOtherVersion => "etat-autre-version",
            Notice::Migrated { .. } => "reprise-ancienne-version",
            Notice::Resumed => "reprise",
            Notice::Cleared => "efface",
            Notice::Imported => "importe",
            Notice::Saved(_) => "enregistre",
            Notice::ImportRefused(_) => "import-refuse",
            Notice::StorageUnavailable => "stockage-indisponible",
            Notice::LanguageUnavailable => "langue-indisponible",
            Notice::LinkRefused(_) => "lien-refuse",
            Notice::LinkTaken => "lien-repris",
            Notice::LinkCopied => "lien-copie",
            Notice::LinkCopyByHand => "lien-a-copier",
        }
    }

    /// Whether it stays from screen to screen until dismissed (it is true of every screen).
    pub fn persists(&self) -> bool {
        matches!(self, Notice::StorageUnavailable)
    }

    /// Whether it takes focus when it appears: it answers what the respondent just did on this
    /// screen. (A notice that comes with a new screen is read after its heading, which takes focus.)
    pub fn takes_focus(&self) -> bool {
        matches!(self, Notice::ImportRefused(_) | Notice::Saved(_) | Notice::LanguageUnavailable | Notice::StorageUnavailable | Notice::LinkCopied)
    }
}

/// How the widget is used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    /// A page of its own.
    #[default]
    Standalone,
    /// In a partner's page (`?mode=embed`, see `crate::embed`): no bar or footer of its own.
    Embedded,
    /// On a seminar's shared screen (`?mode=kiosk`, see `crate::kiosk`): nothing kept between
    /// respondents.
    Kiosk,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    pub language: Language,
    pub screen: Screen,
    pub responses: Responses,
    pub profile: Profile,
    pub notice: Option<Notice>,
    pub mode: Mode,
    /// The screen a question was opened from to be changed (the review or the result): the
    /// question goes back there once answered. Not saved.
    pub return_to: Option<Screen>,
    /// The question just left to go back where it was opened from: that screen is shown again at
    /// this question's row. `None` on any other arrival (the review reached from the last
    /// question shows its top). Not saved.
    pub returned_from: Option<usize>,
    /// Whether the profile's folded part (« Préciser le partenariat ») stays open: once a name has
    /// been typed in this session, so that emptying it does not fold the part under the keyboard
    /// (a kind, once chosen, cannot be unchosen). Not saved (a saved kind or name opens it anyway).
    pub partnership_open: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// The next screen of the path (or back to where a question was opened from).
    Next,
    /// The previous screen of the path (or back to where a question was opened from).
    Back,
    GoTo(Screen),
    /// Opens a question of the path to change it, coming back to `from` once it is answered.
    Edit {
        item: usize,
        from: Screen,
    },
    /// Sets an item's choice (ill-formed choices are ignored).
    Answer {
        item: usize,
        choice: Option<Choice>,
    },
    /// After a choice made with a pointer: move on, if the question is still the one shown.
    Advance {
        from: usize,
    },
    /// The respondent comes back: the next question without an answer, with a notice.
    Resume,
    SetRole(Option<Role>),
    SetKind(Option<PartnershipKind>),
    SetPartnership(String),
    SetLanguage(Language),
    /// Erase every answer and the profile, and go back to the welcome screen.
    Clear,
    /// On a kiosk (« Terminer », or inactivity): erase everything of this respondent (answers,
    /// profile, language, notice) and welcome the next one, in French.
    NextRespondent,
    Import(Responses, Profile, Option<Migrated>),
    Notify(Notice),
    DismissNotice,
}

/// The notice for answers carried over from an older version, counting only what is on the
/// respondent's path: the answers kept there, and the items there to answer again.
fn migrated_notice(q: &Questionnaire, role: Option<Role>, m: &Migrated) -> Notice {
    let on_path = |ids: &[String]| -> Vec<usize> { ids.iter().filter_map(|id| q.item_index(id)).filter(|i| q.on_path(role, *i)).collect() };
    Notice::Migrated { kept: on_path(&m.kept).len(), again: on_path(&m.again) }
}

/// A partnership's name cut to `MAX_NAME` characters, without leaving half of an emoji
/// sequence at the end (a joiner, a variation selector or a skin tone that joined nothing).
pub fn cut_name(name: &str) -> String {
    let mut cut: String = name.chars().take(crate::core::answers_file::MAX_NAME).collect();
    if cut.len() < name.len() {
        while cut.ends_with(|c: char| matches!(c, '\u{200d}' | '\u{fe00}'..='\u{fe0f}' | '\u{1f3fb}'..='\u{1f3ff}')) {
            cut.pop();
        }
    }
    cut
}

impl AppState {
    pub fn new(language: Language) -> AppState {
        AppState {
            language,
            screen: Screen::Welcome,
            responses: Responses::empty(Questionnaire::reference()),
            profile: Profile::default(),
            notice: None,
            mode: Mode::default(),
            return_to: None,
            returned_from: None,
            partnership_open: false,
        }
    }

    /// The questionnaire in the state's language, for its words.
    pub fn questionnaire(&self) -> &'static Questionnaire {
        Questionnaire::get(self.language)
    }

    /// The questionnaire's structure (ids, paths), the same in every language.
    fn structure(&self) -> &'static Questionnaire {
        Questionnaire::reference()
    }

    /// The items of the respondent's path, in order.
    pub fn path(&self) -> Vec<usize> {
        self.structure().path(self.profile.role)
    }

    /// The screens of this respondent's path, in order: a screen per question of the role's path.
    pub fn screens(&self) -> Vec<Screen> {
        let questions = self.path().into_iter().map(Screen::Question);
        [Screen::Welcome, Screen::Profile].into_iter().chain(questions).chain([Screen::Review, Screen::Result]).collect()
    }

    fn position(&self) -> Option<usize> {
        self.screens().iter().position(|s| *s == self.screen)
    }

    /// The steps of the path (its dimensions), in order.
    pub fn steps(&self) -> Vec<Dimension> {
        let q = self.structure();
        let mut steps: Vec<Dimension> = Vec::new();
        for i in self.path() {
            if let Some(r) = q.item_ref(i) {
                if !steps.contains(&r.dimension) {
                    steps.push(r.dimension);
                }
            }
        }
        steps
    }

    /// Items of a dimension on the path not yet answered.
    pub fn unanswered(&self, dimension: Dimension) -> Vec<usize> {
        self.structure().path_of(self.profile.role, dimension).into_iter().filter(|i| self.responses.get(*i).is_none()).collect()
    }

    /// The first question of the path without an answer.
    pub fn next_unanswered(&self) -> Option<usize> {
        self.path().into_iter().find(|i| self.responses.get(*i).is_none())
    }

    /// What « Commencer » does on the welcome screen: on to the profile, or, when some questions
    /// are answered already, « Reprendre » at the next one without an answer.
    pub fn begin(&self) -> Action {
        if self.progress().0 > 0 {
            Action::Resume
        } else {
            Action::GoTo(Screen::Profile)
        }
    }

    /// Items on the path with an answer, and the path's length.
    pub fn progress(&self) -> (usize, usize) {
        let path = self.path();
        (path.iter().filter(|i| self.responses.get(**i).is_some()).count(), path.len())
    }

    /// Where a question stands on the path: its number (from 1), and the path's length.
    pub fn number(&self, item: usize) -> Option<(usize, usize)> {
        let path = self.path();
        Some((path.iter().position(|i| *i == item)? + 1, path.len()))
    }

    /// Whether a screen can be shown now (a question off the role's path cannot).
    pub fn can_show(&self, screen: Screen) -> bool {
        self.screens().contains(&screen)
    }

    /// Leaving a screen: its notice goes, unless it is true of every screen.
    fn leave(&mut self) {
        self.notice = self.notice.take().filter(Notice::persists);
    }

    /// The state after `action`. Pure: the caller persists and keeps the browser's history.
    pub fn apply(&self, action: Action) -> AppState {
        let mut s = self.clone();
        let mut returned = None;
        match action {
            Action::Next => {
                s.leave();
                match s.return_to.take() {
                    Some(back) => {
                        s.screen = back;
                        returned = self.screen.question();
                    }
                    None => {
                        let screens = s.screens();
                        s.screen = s.position().and_then(|p| screens.get(p + 1)).copied().unwrap_or(s.screen);
                    }
                }
            }
            Action::Back => {
                s.leave();
                // A question opened to be changed goes back where it was opened from.
                match s.return_to.take() {
                    Some(from) => {
                        s.screen = from;
                        returned = self.screen.question();
                    }
                    None => {
                        let screens = s.screens();
                        s.screen = s.position().and_then(|p| p.checked_sub(1)).and_then(|p| screens.get(p)).copied().unwrap_or(Screen::Welcome);
                    }
                }
            }
            Action::GoTo(screen) => {
                s.leave();
                // The browser's Back from a question opened to be changed: as « Précédent ».
                if s.return_to.take() == Some(screen) {
                    returned = self.screen.question();
                }
                s.screen = if s.can_show(screen) { screen } else { Screen::Review };
            }
            Action::Edit { item, from } => {
                if s.can_show(Screen::Question(item)) {
                    s.leave();
                    s.screen = Screen::Question(item);
                    s.return_to = Some(from);
                }
            }
            Action::Answer { item, choice } => {
                if choice.is_none_or(|c| s.structure().accepts(item, c)) {
                    s.responses.set(item, choice);
                }
            }
            Action::Advance { from } => {
                if s.screen == Screen::Question(from) {
                    return s.apply(Action::Next);
                }
            }
            Action::Resume => {
                s.return_to = None;
                match s.next_unanswered() {
                    Some(i) => {
                        s.screen = Screen::Question(i);
                        s.notice = s.notice.or(Some(Notice::Resumed));
                    }
                    None => s.screen = Screen::Review,
                }
            }
            Action::SetRole(role) => s.profile.role = role,
            Action::SetKind(kind) => s.profile.kind = kind,
            Action::SetPartnership(name) => {
                let name = cut_name(&name);
                s.profile.partnership = (!name.trim().is_empty()).then_some(name);
                s.partnership_open = true;
            }
            // Only a language whose questionnaire is there (the page fetches English first).
            Action::SetLanguage(language) if Questionnaire::available(language) => s.language = language,
            Action::SetLanguage(_) => {}
            Action::Clear => {
                s = AppState { notice: Some(Notice::Cleared), mode: s.mode, ..AppState::new(s.language) };
            }
            Action::NextRespondent => {
                s = AppState { mode: s.mode, ..AppState::new(Language::Fr) };
            }
            Action::Import(responses, profile, migrated) => {
                s.responses = responses;
                s.profile = profile;
                s.notice = Some(match migrated {
                    Some(m) => migrated_notice(s.structure(), s.profile.role, &m),
                    None => Notice::Imported,
                });
                s.return_to = None;
                s.screen = Screen::Review;
            }
            Action::Notify(notice) => s.notice = Some(notice),
            Action::DismissNotice => s.notice = None,
        }
        // A question off the path (the role changed) is never shown.
        if !s.can_show(s.screen) {
            s.screen = Screen::Profile;
        }
        if s.screen != self.screen {
            s.returned_from = returned;
        }
        s
    }

    /// The answers as an answers file (for saving, export and the result).
    pub fn answers_file(&self) -> AnswersFile {
        AnswersFile::from_responses(self.structure(), &self.responses, &self.profile)
    }
}

/// The version of the state saved in the browser. Bump it when `SavedState` changes shape;
/// `from_saved` reads this version and the one before.
pub const SAVED_STATE_VERSION: u32 = 2;
/// The largest saved state read back, in bytes: anything larger is damaged, and reading it
/// could hold the page at every load.
pub const SAVED_MAX_BYTES: usize = MAX_BYTES;

impl AppState {
    /// The state as saved in the browser: the answers (in the answers file format), the
    /// language and the screen. Nothing else, and nothing leaves the device.
    pub fn to_saved(&self) -> String {
        use crate::core::json::ObjectWriter;
        let mut out = String::new();
        let mut w = ObjectWriter::new(&mut out, 0);
        w.number("version", SAVED_STATE_VERSION as u64);
        w.string("language", self.language.id());
        w.string("screen", &self.screen.id(self.structure()));
        let answers = self.answers_file();
        w.object("answers", |a| answers.write_members(a));
        w.end();
        out
    }

    /// A state read back from the browser. A state saved by the previous version has its
    /// answers carried over (with a notice naming what to answer again); anything unreadable —
    /// too large, not JSON, another version, an unknown item or answer — gives the notice to
    /// show with a fresh start instead.
    pub fn from_saved(text: &str) -> Result<AppState, Notice> {
        use crate::core::json::{self, Json};
        if text.len() > SAVED_MAX_BYTES {
            return Err(Notice::SavedStateUnreadable);
        }
        let value = json::parse(text).map_err(|_| Notice::SavedStateUnreadable)?;
        let version = match value.get("version").map(Json::as_u64) {
            Some(Some(v)) if v == SAVED_STATE_VERSION as u64 || v == 1 => v,
            Some(Some(_)) => return Err(Notice::SavedStateOtherVersion),
            _ => return Err(Notice::SavedStateUnreadable),
        };
        let field = |key: &str| value.get(key).and_then(Json::as_str).ok_or(Notice::SavedStateUnreadable);
        let language = Language::from_id(field("language")?).ok_or(Notice::SavedStateUnreadable)?;
        let q = Questionnaire::reference();
        let screen_id = field("screen")?;
        let answers = value.get("answers").ok_or(Notice::SavedStateUnreadable)?;
        let answers = AnswersFile::from_json(answers).and_then(|a| a.check().map(|()| a)).map_err(|e| match e {
            crate::core::AnswersFileError::OtherVersion(_) => Notice::SavedStateOtherVersion,
            _ => Notice::SavedStateUnreadable,
        })?;
        let responses = answers.responses(q).map_err(|_| Notice::SavedStateUnreadable)?;
        let notice = answers.migrated.as_ref().map(|m| migrated_notice(q, answers.profile.role, m));
        // A state from the previous version resumes at the review, which lists what is left: its
        // screens were others (its step ids name no screen here).
        let screen = match (version, Screen::from_id(q, screen_id)) {
            (1, _) => Screen::Review,
            (_, Some(screen)) => screen,
            (_, None) => return Err(Notice::SavedStateUnreadable),
        };
        let mut state = AppState {
            language,
            screen,
            responses,
            profile: answers.profile,
            notice,
            mode: Mode::default(),
            return_to: None,
            returned_from: None,
            partnership_open: false,
        };
        if !state.can_show(state.screen) {
            state.screen = Screen::Review;
        }
        Ok(state)
    }
}
