//! The widget's state and the actions that change it: a pure state machine (no storage, no DOM), reduced by Yew in the browser and tested natively.

use crate::core::{AnswersFile, Choice, Dimension, Language, Profile, Questionnaire, Responses, Role, Vocabulary};

/// Which screen is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Screen {
    Welcome,
    Profile,
    /// One dimension's items.
    Step(Dimension),
    Review,
    Result,
}

impl Screen {
    /// The screens in the order a respondent goes through them.
    pub const ORDER: [Screen; 8] = [
        Screen::Welcome,
        Screen::Profile,
        Screen::Step(Dimension::Coordination),
        Screen::Step(Dimension::Autorite),
        Screen::Step(Dimension::Parents),
        Screen::Step(Dimension::Methode),
        Screen::Review,
        Screen::Result,
    ];

    fn position(self) -> usize {
        Self::ORDER.iter().position(|s| *s == self).unwrap_or(0)
    }
    pub fn next(self) -> Screen {
        Self::ORDER.get(self.position() + 1).copied().unwrap_or(self)
    }
    pub fn previous(self) -> Screen {
        self.position().checked_sub(1).map_or(self, |p| Self::ORDER[p])
    }

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
        Self::ORDER.iter().copied().find(|s| s.id() == id)
    }
}

/// A message shown above the current screen until dismissed or replaced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// The saved answers could not be read; the respondent starts afresh.
    SavedStateUnreadable,
    /// The saved answers come from another version of the tool; the respondent starts afresh.
    SavedStateOtherVersion,
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
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Move to the next screen; leaving a step with unanswered items shows a gentle notice.
    Next,
    Back,
    GoTo(Screen),
    Answer { item: usize, choice: Option<Choice> },
    SetRole(Option<Role>),
    SetPartnership(String),
    SetLanguage(Language),
    /// Erase every answer and the profile, and go back to the welcome screen.
    Clear,
    Import(Responses, Profile),
    Notify(Notice),
    DismissNotice,
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
        }
    }

    pub fn questionnaire(&self) -> &'static Questionnaire {
        Questionnaire::get(self.language)
    }

    /// Items of a dimension not yet answered (« je ne sais pas » counts as an answer).
    pub fn unanswered(&self, dimension: Dimension) -> Vec<usize> {
        self.questionnaire().items_of(dimension).filter(|i| self.responses.get(*i).is_none()).collect()
    }

    /// The state after `action`. Pure: the caller persists.
    pub fn apply(&self, action: Action) -> AppState {
        let mut s = self.clone();
        match action {
            Action::Next => {
                if let Screen::Step(d) = s.screen {
                    let unanswered = s.unanswered(d).len();
                    s.notice = (unanswered > 0).then_some(Notice::Skipped { dimension: d, unanswered });
                } else {
                    s.notice = None;
                }
                s.screen = s.screen.next();
            }
            Action::Back => {
                s.notice = None;
                s.screen = s.screen.previous();
            }
            Action::GoTo(screen) => {
                s.notice = None;
                s.screen = screen;
            }
            Action::Answer { item, choice } => {
                if item < s.questionnaire().item_count() {
                    if let Some(Choice::Answer(k)) = choice {
                        let count = s.questionnaire().item(item).map_or(0, |it| it.answers.len());
                        if k as usize >= count {
                            return s;
                        }
                    }
                    s.responses.set(item, choice);
                }
            }
            Action::SetRole(role) => s.profile.role = role,
            Action::SetPartnership(name) => {
                let name: String = name.chars().take(crate::core::answers_file::MAX_NAME).collect();
                s.profile.partnership = (!name.trim().is_empty()).then_some(name);
            }
            Action::SetLanguage(language) => s.language = language,
            Action::Clear => {
                s = AppState { notice: Some(Notice::Cleared), mode: s.mode, ..AppState::new(s.language) };
            }
            Action::Import(responses, profile) => {
                s.responses = responses;
                s.profile = profile;
                s.notice = Some(Notice::Imported);
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

/// The version of the state saved in the browser. Bump it when `SavedState` changes shape.
pub const SAVED_STATE_VERSION: u32 = 1;

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

    /// A state read back from the browser. Anything unreadable — not JSON, another version,
    /// an unknown item or answer — gives the notice to show with a fresh start instead.
    pub fn from_saved(text: &str) -> Result<AppState, Notice> {
        use crate::core::json::{self, Json};
        let value = json::parse(text).map_err(|_| Notice::SavedStateUnreadable)?;
        match value.get("version").map(Json::as_u64) {
            Some(Some(v)) if v == SAVED_STATE_VERSION as u64 => {}
            Some(Some(_)) => return Err(Notice::SavedStateOtherVersion),
            _ => return Err(Notice::SavedStateUnreadable),
        }
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
        Ok(AppState { language, screen, responses, profile: answers.profile, notice: None, mode: Mode::default() })
    }
}
