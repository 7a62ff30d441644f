//! The scoring core: pure Rust (std and serde), knows nothing of the DOM, storage or Yew.

pub mod answers_file;
pub mod codec;
pub mod combined;
pub mod i18n;
pub mod json;
pub mod model;
pub mod qr;
pub mod questionnaire;
pub mod ratio;
pub mod report;
pub mod result_view;
pub mod scoring;
pub mod share_link;
pub mod small_sort;
pub mod tally;
pub mod together_view;

pub use answers_file::{AnswersFile, AnswersFileError, Profile};
pub use model::{
    Care, CaseId, Conception, Dimension, Form, Language, Lens, LensValue, Level, MethodStyle, Outcome, PartnershipKind, Risk, Role, Scope, Test, Threshold,
    Vocabulary,
};
pub use questionnaire::{Choice, Picks, Questionnaire, Responses};
pub use ratio::Ratio;
pub use scoring::{assess, Assessment, Placement};
