//! The scoring core: pure Rust (std and serde), knows nothing of the DOM, storage or Yew.

pub mod answers_file;
pub mod codec;
pub mod json;
pub mod model;
pub mod questionnaire;
pub mod report;
pub mod scoring;
pub mod view;

pub use answers_file::{AnswersFile, AnswersFileError, Profile};
pub use model::{Action, Care, CaseId, Dimension, Language, Level, MethodStyle, Risk, Role, Threshold, Vocabulary};
pub use questionnaire::{Choice, Questionnaire, Responses};
pub use scoring::{assess, Assessment, Placement, Reading};
