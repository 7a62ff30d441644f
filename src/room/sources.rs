//! « Rassembler les résultats des partenaires »: partners' results brought by share links or answers files (and the respondent's own answers on this device), listed with a way to remove each, then drawn together.

use crate::core::answers_file::{AnswersFile, AnswersFileError, MAX_BYTES};
use crate::core::combined::Partner;
use crate::core::share_link::{self, LinkError};
use crate::core::tally;
use crate::core::together_view::{kind_name, partners_view, words};
use crate::core::{Profile, Questionnaire, Responses};
use crate::i18n::{file_problem, fill, ui};
use crate::state::AppState;
use crate::storage::Slot;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::together::{together, TogetherProps};

/// The most results one screen puts together.
pub const MAX_PARTNERS: usize = 40;

/// A result brought here.
#[derive(Debug, Clone, PartialEq)]
pub struct Brought {
    pub responses: Responses,
    pub profile: Profile,
    /// Where it came from, in words (« lien », « fichier x.json », « vos réponses »).
    pub origin: String,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Gathering {
    pub brought: Vec<Brought>,
    /// The last message: what was added, or why something was not, and whether it is a warning.
    pub message: Option<(String, bool)>,
}

pub enum Gather {
    Add(Vec<Result<Brought, String>>),
    Remove(usize),
}

impl Reducible for Gathering {
    type Action = Gather;
    fn reduce(self: Rc<Self>, action: Gather) -> Rc<Self> {
        let mut next = (*self).clone();
        let w = words(Questionnaire::reference().content.language);
        match action {
            Gather::Add(results) => {
                let mut refused = Vec::new();
                let mut added = 0;
                for r in results {
                    match r {
                        Ok(b) if next.brought.iter().any(|k| k.responses == b.responses && k.profile == b.profile) => {
                            refused.push(fill(w.already_there, &[("origin", &b.origin)]))
                        }
                        Ok(_) if next.brought.len() >= MAX_PARTNERS => refused.push(fill(w.too_many, &[("max", &MAX_PARTNERS.to_string())])),
                        Ok(b) => {
                            next.brought.push(b);
                            added += 1;
                        }
                        Err(why) => refused.push(why),
                    }
                }
                let mut text = if added > 0 { vec![fill(w.added, &[("n", &added.to_string())])] } else { vec![] };
                text.extend(refused.iter().cloned());
                next.message = Some((text.join(" "), !refused.is_empty()));
            }
            Gather::Remove(i) => {
                if i < next.brought.len() {
                    let b = next.brought.remove(i);
                    next.message = Some((fill(w.removed, &[("origin", &b.origin)]), false));
                }
            }
        }
        Rc::new(next)
    }
}

fn link_problem(why: &LinkError) -> &'static str {
    let w = words(Questionnaire::reference().content.language);
    match why {
        LinkError::OtherVersion(..) => w.link_other_version,
        _ => w.link_refused,
    }
}

/// A pasted link's result, or why it was not read.
pub fn from_link(line: &str) -> Result<Brought, String> {
    let w = words(Questionnaire::reference().content.language);
    match share_link::decode(Questionnaire::reference(), share_link::payload_in(line)) {
        Ok((responses, profile)) => Ok(Brought { responses, profile, origin: w.from_link.to_string() }),
        Err(why) => Err(link_problem(&why).to_string()),
    }
}

/// The respondent's own answers on this device, if they answered anything.
pub fn own_answers() -> Option<Brought> {
    let w = words(Questionnaire::reference().content.language);
    let slot = Slot::new(crate::ui::host::embedding().as_ref());
    slot.load().and_then(|text| AppState::from_saved(&text).ok()).filter(|s| s.progress().0 > 0).map(|s| Brought {
        responses: s.responses,
        profile: s.profile,
        origin: w.from_own.to_string(),
    })
}

/// A file's result, or why it was not added (naming the file).
pub async fn read_file(file: web_sys::File) -> Result<Brought, String> {
    let language = Questionnaire::reference().content.language;
    let (t, w) = (ui(language), words(language));
    let name = file.name();
    let refuse = |why: AnswersFileError| fill(w.file_refused, &[("file", &name), ("why", &file_problem(t, &why))]);
    if file.size() > MAX_BYTES as f64 {
        return Err(refuse(AnswersFileError::TooLarge));
    }
    let bytes = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .map(|b| js_sys::Uint8Array::new(&b).to_vec())
        .map_err(|_| refuse(AnswersFileError::Unreadable))?;
    let (responses, profile, _) = AnswersFile::read(&bytes, Questionnaire::reference()).map_err(|why| match why {
        // A kiosk's tally (the facilitator's view reads it): said as such, with where to open it.
        AnswersFileError::NotAnAnswersFile if std::str::from_utf8(&bytes).is_ok_and(tally::is_tally) => fill(w.file_is_tally, &[("file", &name)]),
        why => refuse(why),
    })?;
    Ok(Brought { responses, profile, origin: fill(w.from_file, &[("file", &name)]) })
}

#[derive(Properties, PartialEq)]
pub struct TogetherScreenProps {}

#[component]
pub fn TogetherScreen(_props: &TogetherScreenProps) -> Html {
    let q = Questionnaire::reference();
    let c = &q.content;
    let w = words(c.language);
    let gathering = use_reducer_eq(Gathering::default);
    let link_text = use_state(String::new);
    // The respondent's own answers on this device, if any.
    let own = use_memo((), |_| own_answers());

    let on_link_input = {
        let link_text = link_text.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok()) {
                link_text.set(input.value());
            }
        })
    };
    let on_link = {
        let (gathering, link_text) = (gathering.clone(), link_text.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            // One link per line: several can be pasted at once.
            let results: Vec<Result<Brought, String>> = link_text.lines().filter(|l| !l.trim().is_empty()).take(MAX_PARTNERS + 1).map(from_link).collect();
            if results.is_empty() {
                return;
            }
            if results.iter().all(Result::is_ok) {
                link_text.set(String::new());
            }
            gathering.dispatch(Gather::Add(results));
        })
    };
    let add_files = {
        let gathering = gathering.clone();
        move |files: Option<web_sys::FileList>| {
            let Some(files) = files else { return };
            let files: Vec<web_sys::File> = (0..files.length()).filter_map(|i| files.get(i)).take(MAX_PARTNERS + 1).collect();
            let gathering = gathering.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let mut results = Vec::new();
                for f in files {
                    results.push(read_file(f).await);
                }
                gathering.dispatch(Gather::Add(results));
            });
        }
    };
    let on_files = {
        let add_files = add_files.clone();
        Callback::from(move |e: Event| {
            let input = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
            add_files(input.as_ref().and_then(|i| i.files()));
            if let Some(i) = input {
                i.set_value("");
            }
        })
    };
    let on_drop = {
        let add_files = add_files.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            add_files(e.data_transfer().and_then(|d| d.files()));
        })
    };
    let on_drag_over = Callback::from(|e: DragEvent| e.prevent_default());
    let on_own = {
        let (gathering, own) = (gathering.clone(), own.clone());
        Callback::from(move |_| {
            if let Some(own) = (*own).clone() {
                gathering.dispatch(Gather::Add(vec![Ok(own)]));
            }
        })
    };

    let partners: Vec<(Partner, String)> = gathering
        .brought
        .iter()
        .map(|b| {
            let mut detail: Vec<String> = vec![];
            detail.extend(kind_name(c, b.profile.kind));
            detail.extend(b.profile.partnership.clone());
            detail.push(b.origin.clone());
            (Partner { role: b.profile.role, responses: b.responses.clone() }, detail.join(" · "))
        })
        .collect();
    let view = (partners.len() >= 2).then(|| partners_view(q, &partners));
    let search = gloo::utils::window().location().search().unwrap_or_default();
    let back = format!("./{}", search.replace("vue=ensemble", "").trim_end_matches(['&', '?']));
    let evolution = format!("./{}", search.replace("vue=ensemble", "vue=evolution"));

    html! {
        <main id="contenu" class="container room" data-screen="ensemble">
            <h1 id="titre-ecran" tabindex="-1">{ w.gather_title }</h1>
            <p>{ w.gather_intro }</p>
            <p class="callout">{ w.gather_private }</p>
            <form class="gather-link" onsubmit={on_link}>
                <label for="liens" class="label">{ w.link_label }</label>
                <p class="hint" id="liens-aide">{ w.link_help }</p>
                <textarea id="liens" rows="3" aria-describedby="liens-aide" value={(*link_text).clone()} oninput={on_link_input} spellcheck="false" />
                <button type="submit" class="button button-secondary" id="ajouter-liens">{ w.link_add }</button>
            </form>
            <div class="gather-files" ondrop={on_drop} ondragover={on_drag_over}>
                <label for="fichiers" class="label">{ w.files_label }</label>
                <p class="hint" id="fichiers-aide">{ w.files_help }</p>
                <input type="file" id="fichiers" accept=".json,application/json" multiple={true} onchange={on_files} aria-describedby="fichiers-aide" />
            </div>
            if own.is_some() {
                <p><button type="button" class="button button-secondary" id="ajouter-miennes" onclick={on_own}>{ w.own_add }</button></p>
            }
            <div role="status" class="gather-status">
                if let Some((text, warning)) = &gathering.message {
                    <p class={if *warning { "notice notice-warning" } else { "notice" }} id="avis">{ text }</p>
                }
            </div>
            if !gathering.brought.is_empty() {
                <h2 id="ajoutes">{ w.added_title }</h2>
                <ul class="brought" aria-labelledby="ajoutes">
                    { for partners.iter().enumerate().map(|(i, (p, detail))| {
                        let gathering = gathering.clone();
                        let remove = Callback::from(move |_| gathering.dispatch(Gather::Remove(i)));
                        let label = p.role.and_then(|r| c.roles.get(&r)).map(|r| r.name.clone()).unwrap_or_else(|| w.no_role.to_string());
                        html! {
                            <li>
                                <span>{ format!("{} — {}", label, detail) }</span>
                                <button type="button" class="button button-tertiary" onclick={remove} aria-label={fill(w.remove_label, &[("who", &label), ("n", &(i + 1).to_string())])}>{ w.remove }</button>
                            </li>
                        }
                    }) }
                </ul>
            }
            if let Some(view) = &view {
                { together(&TogetherProps { view, id: "commun" }) }
            } else {
                <p class="hint" id="deux-au-moins">{ w.need_two }</p>
            }
            <p><a href={evolution} class="button button-secondary" id="vers-evolution">{ w.evolution_link }</a></p>
            <p><a href={back} class="button button-tertiary">{ w.back_to_questionnaire }</a></p>
        </main>
    }
}
