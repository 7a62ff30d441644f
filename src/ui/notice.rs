//! The message of the moment (saved state lost, answers carried over, resumed here, erased, imported or refused), drawn by each screen right after its heading, where a screen reader reads it next.

use crate::core::Questionnaire;
use crate::i18n::{fill, ui};
use crate::state::{Action, AppState, Notice};
use yew::prelude::*;

/// The id of the notice's element: the app moves focus to it when a notice answers an action on
/// the same screen (a refused import, a language that did not load).
pub const NOTICE_ID: &str = "avis";

/// Whether a notice is drawn where the action it answers was taken (the import's refusal next
/// to the import, the saved file next to « Enregistrer ») rather than under the heading.
pub fn drawn_in_place(notice: &Notice) -> bool {
    answered_control(notice).is_some()
}

/// The control whose action a notice answers, beside which it is drawn (the others come with the
/// screen, under its heading).
fn answered_control(notice: &Notice) -> Option<&'static str> {
    match notice {
        Notice::ImportRefused(_) => Some(super::welcome::IMPORT_ID),
        Notice::Saved(_) => Some("exporter"),
        Notice::LinkCopied | Notice::LinkCopyByHand => Some("copier"),
        _ => None,
    }
}

/// The state's notice, if any and if `in_place` says this is where it is drawn.
pub fn notice_for(state: &AppState, dispatch: &Callback<Action>, in_place: bool) -> Html {
    match &state.notice {
        Some(notice) if drawn_in_place(notice) == in_place => banner(state, notice, dispatch),
        _ => html! {},
    }
}

#[inline(never)]
fn banner(state: &AppState, notice: &Notice, dispatch: &Callback<Action>) -> Html {
    let t = ui(state.language);
    let q = Questionnaire::get(state.language);
    let (text, warning) = match notice {
        Notice::SavedStateUnreadable => (t.notice_unreadable.to_string(), true),
        Notice::SavedStateOtherVersion => (t.notice_other_version.to_string(), true),
        Notice::Migrated { kept, again } => {
            let items: Vec<String> =
                again.iter().filter_map(|i| q.item(*i)).map(|item| fill(t.quoted, &[("text", &crate::core::model::plain_text(&item.question))])).collect();
            let template = if items.is_empty() { t.notice_migrated_none } else { t.notice_migrated };
            (fill(template, &[("kept", &kept.to_string()), ("items", &items.join(t.list_sep))]), true)
        }
        Notice::Resumed => (t.notice_resumed.to_string(), false),
        Notice::Cleared => (t.notice_cleared.to_string(), false),
        Notice::Imported => (t.notice_imported.to_string(), false),
        Notice::Saved(file) => (fill(t.notice_saved, &[("file", file)]), false),
        Notice::ImportRefused(why) => (fill(t.notice_import_refused, &[("why", &crate::i18n::file_problem(t, why))]), true),
        Notice::StorageUnavailable => (t.notice_storage.to_string(), true),
        Notice::LanguageUnavailable => (t.notice_language.to_string(), true),
        Notice::LinkRefused(crate::core::share_link::LinkError::OtherVersion(..)) => (t.notice_link_other_version.to_string(), true),
        Notice::LinkRefused(_) => (t.notice_link_refused.to_string(), true),
        Notice::LinkTaken => (t.notice_link_taken.to_string(), false),
        Notice::LinkCopied => (t.notice_link_copied.to_string(), false),
        Notice::LinkCopyByHand => (t.notice_link_copy_by_hand.to_string(), false),
    };
    let dismiss = {
        let dispatch = dispatch.clone();
        // The button goes away with the notice: the keyboard goes back to the control the notice
        // answers, or on from the screen's heading.
        let back_to = answered_control(notice).unwrap_or("titre-ecran");
        Callback::from(move |_| {
            dispatch.emit(Action::DismissNotice);
            super::focus(back_to);
        })
    };
    // Not a live region: a notice comes with a new screen (read after its heading, which takes
    // focus) or answers an action on this screen (and then takes focus itself).
    html! {
        <div class={if warning { "notice notice-warning" } else { "notice" }} id={NOTICE_ID} tabindex="-1" data-notice={notice.id()}>
            <p>{ text }</p>
            <button type="button" class="button button-tertiary notice-close" onclick={dismiss}>{ t.dismiss }</button>
        </div>
    }
}
