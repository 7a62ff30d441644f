//! The message shown above a screen: saved state lost, step skipped, answers erased, file imported or refused.

use crate::core::{Language, Questionnaire, Vocabulary};
use crate::i18n::{fill, ui};
use crate::state::{Action, Notice};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NoticeBannerProps {
    pub notice: Notice,
    pub language: Language,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn NoticeBanner(props: &NoticeBannerProps) -> Html {
    let t = ui(props.language);
    let q = Questionnaire::get(props.language);
    let (text, warning) = match &props.notice {
        Notice::SavedStateUnreadable => (t.notice_unreadable.to_string(), true),
        Notice::SavedStateOtherVersion => (t.notice_other_version.to_string(), true),
        Notice::Migrated { kept, again } => {
            let items: Vec<String> = again.iter().filter_map(|i| q.item(*i)).map(|item| fill(t.quoted, &[("text", &crate::core::model::plain_text(&item.question))])).collect();
            let template = if items.is_empty() { t.notice_migrated_none } else { t.notice_migrated };
            (fill(template, &[("kept", &kept.to_string()), ("items", &items.join(t.list_sep))]), true)
        }
        Notice::Skipped { dimension, unanswered } => {
            let step = &q.content.dimensions[dimension.index()].title;
            (fill(t.notice_skipped, &[("n", &unanswered.to_string()), ("step", step)]), false)
        }
        Notice::Cleared => (t.notice_cleared.to_string(), false),
        Notice::Imported => (t.notice_imported.to_string(), false),
        Notice::ImportRefused(why) => (fill(t.notice_import_refused, &[("why", why)]), true),
        Notice::StorageUnavailable => (t.notice_storage.to_string(), true),
        Notice::LanguageUnavailable => (t.notice_language.to_string(), true),
    };
    let dismiss = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_| dispatch.emit(Action::DismissNotice))
    };
    html! {
        <div class={if warning { "notice notice-warning" } else { "notice" }} role={if warning { "alert" } else { "status" }}>
            <p id="notice-text">{ text }</p>
            <button type="button" class="button button-tertiary notice-close" onclick={dismiss}>{ t.dismiss }</button>
        </div>
    }
}
