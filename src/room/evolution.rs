//! « Comparer avec un résultat d'avant »: an earlier result (its link or its file) beside today's (the answers on this device, or another link or file), and what moved, dimension by dimension, drawn from the core's `EvolutionView`.

use crate::core::combined::Partner;
use crate::core::together_view::{evolution_view, words};
use crate::core::Questionnaire;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::sources::{from_link, own_answers, read_file, Brought};

/// Which of the two results a control gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum When {
    Before,
    Now,
}

impl When {
    fn id(self) -> &'static str {
        match self {
            When::Before => "avant",
            When::Now => "maintenant",
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct EvolutionScreenProps {}

#[component]
pub fn EvolutionScreen(_props: &EvolutionScreenProps) -> Html {
    let q = Questionnaire::reference();
    let w = words(q.content.language);
    let before = use_state(|| None::<Brought>);
    let now = use_state(own_answers);
    let message = use_state(|| None::<String>);

    let set = {
        let (before, now, message) = (before.clone(), now.clone(), message.clone());
        move |when: When, read: Result<Brought, String>| match read {
            Ok(b) => {
                message.set(None);
                match when {
                    When::Before => before.set(Some(b)),
                    When::Now => now.set(Some(b)),
                }
            }
            Err(why) => message.set(Some(why)),
        }
    };
    let on_link = |when: When| {
        let set = set.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let field = gloo::utils::document().get_element_by_id(&format!("lien-{}", when.id())).and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok());
            let Some(field) = field else { return };
            let text = field.value();
            if !text.trim().is_empty() {
                set(when, from_link(&text));
            }
        })
    };
    let on_file = |when: When| {
        let set = set.clone();
        Callback::from(move |e: Event| {
            let input = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
            let Some(file) = input.as_ref().and_then(|i| i.files()).and_then(|f| f.get(0)) else { return };
            if let Some(i) = input {
                i.set_value("");
            }
            let set = set.clone();
            wasm_bindgen_futures::spawn_local(async move { set(when, read_file(file).await) });
        })
    };
    let control = |when: When, label: &str, help: &str, chosen: &Option<Brought>| {
        let id = when.id();
        html! {
            <fieldset class="evolution-source" id={format!("source-{id}")}>
                <legend>{ label }</legend>
                <p class="hint" id={format!("aide-{id}")}>{ help }</p>
                if let Some(b) = chosen {
                    <p class="chosen" id={format!("choisi-{id}")}>{ &b.origin }</p>
                }
                <form onsubmit={on_link(when)}>
                    <label for={format!("lien-{id}")} class="label">{ w.link_label_one }</label>
                    <input type="text" id={format!("lien-{id}")} aria-describedby={format!("aide-{id}")} spellcheck="false" />
                    <button type="submit" class="button button-secondary" id={format!("lire-{id}")}>{ w.evolution_use }</button>
                </form>
                <label for={format!("fichier-{id}")} class="label">{ w.file_label_one }</label>
                <input type="file" id={format!("fichier-{id}")} accept=".json,application/json" onchange={on_file(when)} />
            </fieldset>
        }
    };

    let view = before.as_ref().zip(now.as_ref()).map(|(b, n)| {
        evolution_view(q, &Partner { role: b.profile.role, responses: b.responses.clone() }, &Partner { role: n.profile.role, responses: n.responses.clone() })
    });
    let back = format!("./{}", gloo::utils::window().location().search().unwrap_or_default().replace("vue=evolution", "vue=ensemble"));

    html! {
        <main id="contenu" class="container room" data-screen="evolution">
            <h1 id="titre-ecran" tabindex="-1">{ w.evolution_link }</h1>
            <p class="callout">{ w.gather_private }</p>
            { control(When::Before, w.evolution_before_label, w.evolution_before_help, &before) }
            { control(When::Now, w.evolution_now_label, w.evolution_now_help, &now) }
            <div role="status" class="gather-status">
                if let Some(text) = &*message {
                    <p class="notice notice-warning" id="avis">{ text }</p>
                }
            </div>
            if let Some(v) = view {
                <section class="evolution" aria-labelledby="evolution-titre">
                    <h2 id="evolution-titre">{ &v.title }</h2>
                    <p>{ &v.intro }</p>
                    if let Some(other) = &v.other_role {
                        <p class="notice notice-warning" id="autre-role">{ other }</p>
                    }
                    <p class="table-title" id="evolution-legende">{ &v.caption }</p>
                    <div class="table-scroll" tabindex="0" role="region" aria-labelledby="evolution-legende">
                        <table class="together-table" id="evolution-tableau" aria-labelledby="evolution-legende">
                            <thead><tr><td></td>{ for v.heads.iter().map(|h| html! { <th scope="col">{ h }</th> }) }</tr></thead>
                            <tbody>
                                { for v.rows.iter().map(|r| html! {
                                    <tr data-row={r.id} data-moved={r.moved_id}>
                                        <th scope="row">{ &r.title }</th>
                                        <td data-level={r.before.level_id}>{ &r.before.words }</td>
                                        <td data-level={r.now.level_id}>{ &r.now.words }</td>
                                        <td>{ &r.moved }</td>
                                    </tr>
                                }) }
                            </tbody>
                        </table>
                    </div>
                    <h3>{ &v.answers_title }</h3>
                    if let Some(none) = &v.answers_none {
                        <p>{ none }</p>
                    }
                    <ul class="answer-changes">
                        { for v.answers.iter().map(|a| html! {
                            <li>
                                <p class="question">{ &a.question }</p>
                                <p>{ &v.answer_before }{ " " }{ &a.before }</p>
                                <p>{ &v.answer_now }{ " " }{ &a.now }</p>
                            </li>
                        }) }
                    </ul>
                </section>
            } else {
                <p class="hint" id="deux-resultats">{ w.evolution_need }</p>
            }
            <p><a href={back} class="button button-tertiary">{ w.gather_title }</a></p>
        </main>
    }
}
