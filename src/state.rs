//! The widget's state and the actions that change it: a pure state machine (no storage, no DOM), reduced by Yew in the browser and tested natively.

use crate::core::answers_file::{Migrated, MAX_BYTES};
use crate::core::{AnswersFile, Choice, Dimension, Language, PartnershipKind, Profile, Questionnaire, Responses, Role, Vocabulary};

/// Which screen is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Screen {
    Welcome,
    Profile,
    /// One dimension's items on the respondent's path.
    Step(Dimension),
    Review,
    Result,
}

impl Screen {
    /// A stable id, used in the saved state and in the DOM.
    pub fn id(self) -> &'static str {
        match self {
            Screen::Welcome => "accueil",
            Screen::Profile => "profil",
            Screen::Step(d) => d.id(),
            Screen::Review => "verification",
            Screen::Result => "resultat",
        }
    }
    pub fn from_id(id: &str) -> Option<Screen> {
        let steps = Dimension::ALL.iter().map(|d| Screen::Step(*d));
        [Screen::Welcome, Screen::Profile, Screen::Review, Screen::Result].into_iter().chain(steps).find(|s| s.id() == id)
    }
}

/// A message shown above the current screen until dismissed or replaced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// The saved answers could not be read; the respondent starts afresh.
    SavedStateUnreadable,
    /// The saved answers come from a version of the tool this one cannot read; the respondent starts afresh.
    SavedStateOtherVersion,
    /// Answers from an older questionnaire were carried over; these items must be answered again.
    Migrated { kept: usize, again: Vec<usize> },
    /// The respondent moved on leaving this many items of the step unanswered.
    Skipped { dimension: Dimension, unanswered: usize },
    /// All answers were erased at the respondent's request.
    Cleared,
    /// An answers file was imported.
    Imported,
    /// An answers file was refused; nothing was changed.
    ImportRefused(String),
    /// The browser refused to keep the answers (private mode, full storage).
    StorageUnavailable,
    /// The other language's questionnaire could not be loaded; the page stays in this one.
    LanguageUnavailable,
}

/// How the widget is used. Only `Standalone` exists today; `Embedded` and `Kiosk` will slot in here.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    #[default]
    Standalone,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    pub language: Language,
    pub screen: Screen,
    pub responses: Responses,
    pub profile: Profile,
    pub notice: Option<Notice>,
    pub mode: Mode,
    /// The item to bring into view and focus on the current screen (after « répondre à… »); not saved.
    pub focus: Option<usize>,
    /// The respondent came to this step from the result, by a question's link: the step offers
    /// a way straight back. Not saved.
    pub from_result: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Move to the next screen; leaving a step with unanswered items shows a gentle notice.
    Next,
    Back,
    GoTo(Screen),
    /// Opens the step of an item of the path, with that item in view.
    GoToItem(usize),
    /// Sets an item's choice (ill-formed choices are ignored).
    Answer { item: usize, choice: Option<Choice> },
    SetRole(Option<Role>),
    SetKind(Option<PartnershipKind>),
    SetPartnership(String),
    SetLanguage(Language),
    /// Erase every answer and the profile, and go back to the welcome screen.
    Clear,
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

impl AppState {
    pub fn new(language: Language) -> AppState {
        AppState {
            language,
            screen: Screen::Welcome,
            responses: Responses::empty(Questionnaire::get(language)),
            profile: Profile::default(),
            notice: None,
            mode: Mode::default(),
            focus: None,
            from_result: false,
        }
    }

    pub fn questionnaire(&self) -> &'static Questionnaire {
        Questionnaire::get(self.language)
    }

    /// The screens of this respondent's path, in order: a step for each dimension the role is asked about.
    pub fn screens(&self) -> Vec<Screen> {
        let q = self.questionnaire();
        let steps = Dimension::ALL.iter().filter(|d| !q.path_of(self.profile.role, **d).is_empty()).map(|d| Screen::Step(*d));
        [Screen::Welcome, Screen::Profile].into_iter().chain(steps).chain([Screen::Review, Screen::Result]).collect()
    }

    fn position(&self) -> usize {
        let screens = self.screens();
        screens.iter().position(|s| *s == self.screen).unwrap_or(0)
    }

    /// The steps of the path (its dimensions).
    pub fn steps(&self) -> Vec<Dimension> {
        self.screens().into_iter().filter_map(|s| if let Screen::Step(d) = s { Some(d) } else { None }).collect()
    }

    /// Items of a dimension on the path not yet answered.
    pub fn unanswered(&self, dimension: Dimension) -> Vec<usize> {
        self.questionnaire().path_of(self.profile.role, dimension).into_iter().filter(|i| self.responses.get(*i).is_none()).collect()
    }

    /// Items of a dimension on the path answered « je ne sais pas ».
    pub fn dont_know(&self, dimension: Dimension) -> Vec<usize> {
        self.questionnaire().path_of(self.profile.role, dimension).into_iter().filter(|i| self.responses.get(*i) == Some(Choice::DontKnow)).collect()
    }

    /// Items on the path with an answer, and the path's length.
    pub fn progress(&self) -> (usize, usize) {
        let path = self.questionnaire().path(self.profile.role);
        (path.iter().filter(|i| self.responses.get(**i).is_some()).count(), path.len())
    }

    /// The state after `action`. Pure: the caller persists.
    pub fn apply(&self, action: Action) -> AppState {
        let mut s = self.clone();
        s.focus = None;
        match action {
            Action::Next => {
                s.from_result = false;
                let screens = s.screens();
                let next = screens.get(s.position() + 1).copied().unwrap_or(s.screen);
                if let Screen::Step(d) = s.screen {
                    let unanswered = s.unanswered(d).len();
                    s.notice = (unanswered > 0).then_some(Notice::Skipped { dimension: d, unanswered });
                } else {
                    s.notice = None;
                }
                s.screen = next;
            }
            Action::Back => {
                s.from_result = false;
                let screens = s.screens();
                s.notice = None;
                s.screen = s.position().checked_sub(1).and_then(|p| screens.get(p).copied()).unwrap_or(s.screen);
            }
            Action::GoTo(screen) => {
                s.from_result = false;
                s.notice = None;
                s.screen = if s.screens().contains(&screen) { screen } else { Screen::Review };
            }
            Action::GoToItem(item) => {
                let q = s.questionnaire();
                if let Some(r) = q.item_ref(item).filter(|_| q.on_path(s.profile.role, item)) {
                    s.notice = None;
                    s.from_result = s.screen == Screen::Result || (s.from_result && s.screen == Screen::Step(r.dimension));
                    s.screen = Screen::Step(r.dimension);
                    s.focus = Some(item);
                }
            }
            Action::Answer { item, choice } => {
                if choice.is_none_or(|c| s.questionnaire().accepts(item, c)) {
                    s.responses.set(item, choice);
                }
            }
            Action::SetRole(role) => s.profile.role = role,
            Action::SetKind(kind) => s.profile.kind = kind,
            Action::SetPartnership(name) => {
                let name: String = name.chars().take(crate::core::answers_file::MAX_NAME).collect();
                s.profile.partnership = (!name.trim().is_empty()).then_some(name);
            }
            Action::SetLanguage(language) => s.language = language,
            Action::Clear => {
                s = AppState { notice: Some(Notice::Cleared), mode: s.mode, ..AppState::new(s.language) };
            }
            Action::Import(responses, profile, migrated) => {
                s.responses = responses;
                s.profile = profile;
                s.notice = Some(match migrated {
                    Some(m) => migrated_notice(s.questionnaire(), s.profile.role, &m),
                    None => Notice::Imported,
                });
                s.screen = Screen::Review;
            }
            Action::Notify(notice) => s.notice = Some(notice),
            Action::DismissNotice => s.notice = None,
        }
        s
    }

    /// The answers as an answers file (for saving, export and the result).
    pub fn answers_file(&self) -> AnswersFile {
        AnswersFile::from_responses(self.questionnaire(), &self.responses, &self.profile)
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
        w.string("screen", self.screen.id());
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
        let screen = Screen::from_id(field("screen")?).ok_or(Notice::SavedStateUnreadable)?;
        let answers = value.get("answers").ok_or(Notice::SavedStateUnreadable)?;
        let answers = AnswersFile::from_json(answers).and_then(|a| a.check().map(|()| a)).map_err(|e| match e {
            crate::core::AnswersFileError::OtherVersion(_) => Notice::SavedStateOtherVersion,
            _ => Notice::SavedStateUnreadable,
        })?;
        let q = Questionnaire::get(language);
        let responses = answers.responses(q).map_err(|_| Notice::SavedStateUnreadable)?;
        let notice = answers.migrated.as_ref().map(|m| migrated_notice(q, answers.profile.role, m));
        // A state from the previous version resumes at the review, which lists what is left: its
        // screens were others.
        let screen = if version == 1 && screen != Screen::Welcome { Screen::Review } else { screen };
        let mut state = AppState { language, screen, responses, profile: answers.profile, notice, mode: Mode::default(), focus: None, from_result: false };
        if !state.screens().contains(&state.screen) {
            state.screen = Screen::Review;
        }
        Ok(state)
    }
}
