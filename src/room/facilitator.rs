//! The kiosk's facilitator view, behind the code chosen when the kiosk was set up: the room's picture from the seminar's tally (how many answered, the spread, each dimension, the roles side by side, risks, tensions, what people did not know), its export as JSON and CSV, the merging of other kiosks' tallies, and clearing it.

use crate::core::combined::Partner;
use crate::core::tally::{self, Entry, TallyError};
use crate::core::together_view::{roles_view, room_view, words, RoomView};
use crate::core::Questionnaire;
use crate::i18n::fill;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::code;
use super::together::{together, TogetherProps};

fn local() -> Option<web_sys::Storage> {
    gloo::utils::window().local_storage().ok().flatten()
}

/// The tally kept on this device, and how many of its lines could not be read.
fn load() -> (Vec<Entry>, usize) {
    let text = local().and_then(|s| s.get_item(tally::KEY).ok().flatten()).unwrap_or_default();
    tally::parse_stored(Questionnaire::reference(), &text)
}

fn save(entries: &[Entry]) -> bool {
    local().is_some_and(|s| s.set_item(tally::KEY, &tally::to_stored(entries)).is_ok())
}

/// Whether the facilitator view is locked, being set up, or open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Access {
    /// No code on this device yet: the facilitator chooses one.
    Choose,
    /// A code is set: it must be given.
    Locked,
    Open,
}

fn input_value(id: &str) -> String {
    gloo::utils::document().get_element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok()).map(|i| i.value()).unwrap_or_default()
}

fn tally_problem(why: &TallyError) -> String {
    let w = words(Questionnaire::reference().content.language);
    match why {
        TallyError::TooLarge => w.tally_too_large.to_string(),
        TallyError::NotATally => w.tally_not_a_tally.to_string(),
        TallyError::OtherVersion(v) => fill(w.tally_other_version, &[("v", &v.to_string())]),
        TallyError::BadEntry(n) => fill(w.tally_bad_entry, &[("n", &n.to_string())]),
    }
}

#[derive(Properties, PartialEq)]
pub struct FacilitatorProps {}

#[component]
pub fn Facilitator(_props: &FacilitatorProps) -> Html {
    let q = Questionnaire::reference();
    let w = words(q.content.language);
    let access = use_state(|| if code::load().is_some() { Access::Locked } else { Access::Choose });
    let tally = use_state(load);
    let message = use_state(|| None::<(String, bool)>);
    let confirming = use_state(|| false);

    // Focus the screen's heading when the access changes (the code form is replaced).
    use_effect_with(*access, |_| {
        if let Some(h) = gloo::utils::document().get_element_by_id("titre-ecran").and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = h.focus();
        }
    });

    let on_code = {
        let (access, message, tally) = (access.clone(), message.clone(), tally.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let w = words(Questionnaire::reference().content.language);
            let given = input_value("code");
            match *access {
                Access::Choose => {
                    let again = input_value("code-encore");
                    if given.chars().count() < code::MIN_LENGTH {
                        message.set(Some((fill(w.code_short, &[("n", &code::MIN_LENGTH.to_string())]), true)));
                    } else if given != again {
                        message.set(Some((w.code_mismatch.to_string(), true)));
                    } else if !code::save(&given) {
                        message.set(Some((w.storage_refused.to_string(), true)));
                    } else {
                        // Nothing said on the screen the room will see: the heading takes focus.
                        message.set(None);
                        tally.set(load());
                        access.set(Access::Open);
                    }
                }
                Access::Locked => {
                    if code::load().is_some_and(|stored| code::matches(&stored, &given)) {
                        message.set(None);
                        tally.set(load());
                        access.set(Access::Open);
                    } else {
                        message.set(Some((w.code_wrong.to_string(), true)));
                    }
                }
                Access::Open => {}
            }
        })
    };

    let status = html! {
        <div role="status" class="gather-status">
            if let Some((text, warning)) = &*message {
                <p class={if *warning { "notice notice-warning" } else { "notice" }} id="avis">{ text }</p>
            }
        </div>
    };
    let back = html! { <p><a href="./?mode=kiosque" class="button button-tertiary" id="retour-kiosque">{ w.back_to_kiosk }</a></p> };

    if *access != Access::Open {
        let choose = *access == Access::Choose;
        return html! {
            <main id="contenu" class="container room facilitator" data-screen="animation-code">
                <h1 id="titre-ecran" tabindex="-1">{ if choose { w.code_choose_title } else { w.code_title } }</h1>
                <p>{ if choose { w.code_choose_intro } else { w.code_intro } }</p>
                <form class="code-form" onsubmit={on_code}>
                    <label for="code" class="label">{ if choose { w.code_new_label } else { w.code_label } }</label>
                    <input type="password" id="code" autocomplete="off" required={true} />
                    if choose {
                        <label for="code-encore" class="label">{ w.code_again_label }</label>
                        <input type="password" id="code-encore" autocomplete="off" required={true} />
                    }
                    <button type="submit" class="button button-primary" id="ouvrir">{ if choose { w.code_choose_button } else { w.code_button } }</button>
                </form>
                { status }
                { back }
            </main>
        };
    }

    let (entries, skipped) = &*tally;
    let respondents: Vec<Partner> = entries
        .iter()
        .map(|e| {
            let (responses, profile) = e.answers(q);
            Partner { role: profile.role, responses }
        })
        .collect();
    let room = room_view(q, &respondents);
    let roles = roles_view(q, &respondents);
    let day = super::super::ui::result::today("fr").0;

    let export_json = {
        let entries = entries.clone();
        let day = day.clone();
        Callback::from(move |_| crate::ui::result::download(&format!("releve-kiosque-{day}.json"), &tally::to_json(&entries), "application/json"))
    };
    let export_csv = {
        let entries = entries.clone();
        let day = day.clone();
        Callback::from(move |_| {
            let q = Questionnaire::reference();
            let rows: Vec<tally::Respondent> = entries
                .iter()
                .map(|e| {
                    let (responses, profile) = e.answers(q);
                    tally::Respondent { id: e.id.clone(), day: e.day.clone(), profile, responses }
                })
                .collect();
            crate::ui::result::download(&format!("releve-kiosque-{day}.csv"), &tally::to_csv(q, &rows), "text/csv;charset=utf-8");
        })
    };
    let on_import = {
        let (tally, message) = (tally.clone(), message.clone());
        Callback::from(move |e: Event| {
            let input = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
            let Some(files) = input.as_ref().and_then(|i| i.files()) else { return };
            let files: Vec<web_sys::File> = (0..files.length()).filter_map(|i| files.get(i)).take(50).collect();
            if let Some(i) = input {
                i.set_value("");
            }
            let (tally, message) = (tally.clone(), message.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let q = Questionnaire::reference();
                let w = words(q.content.language);
                // Read again from storage: the kiosk may have added respondents meanwhile.
                let (mut entries, _) = load();
                let mut said = Vec::new();
                let mut warning = false;
                for f in files {
                    let name = f.name();
                    let read = if f.size() > tally::MAX_BYTES as f64 {
                        Err(TallyError::TooLarge)
                    } else {
                        match wasm_bindgen_futures::JsFuture::from(f.array_buffer()).await {
                            Ok(b) => String::from_utf8(js_sys::Uint8Array::new(&b).to_vec())
                                .map_err(|_| TallyError::NotATally)
                                .and_then(|text| tally::from_json(q, &text)),
                            Err(_) => Err(TallyError::NotATally),
                        }
                    };
                    match read {
                        Ok(other) => {
                            let total = other.len();
                            let added = tally::merge(&mut entries, other);
                            said.push(fill(w.merged, &[("file", &name), ("added", &added.to_string()), ("known", &(total - added).to_string())]));
                        }
                        Err(why) => {
                            warning = true;
                            said.push(fill(w.tally_refused, &[("file", &name), ("why", &tally_problem(&why))]));
                        }
                    }
                }
                if !save(&entries) {
                    warning = true;
                    said.push(w.storage_refused.to_string());
                }
                tally.set((entries, 0));
                message.set(Some((said.join(" "), warning)));
            });
        })
    };
    let ask_clear = {
        let confirming = confirming.clone();
        Callback::from(move |_| confirming.set(true))
    };
    let no_clear = {
        let confirming = confirming.clone();
        Callback::from(move |_| confirming.set(false))
    };
    let yes_clear = {
        let (confirming, tally, message) = (confirming.clone(), tally.clone(), message.clone());
        Callback::from(move |_| {
            let w = words(Questionnaire::reference().content.language);
            if let Some(s) = local() {
                let _ = s.remove_item(tally::KEY);
            }
            tally.set((Vec::new(), 0));
            confirming.set(false);
            message.set(Some((w.cleared.to_string(), false)));
        })
    };

    html! {
        <main id="contenu" class="container room facilitator" data-screen="animation">
            <h1 id="titre-ecran" tabindex="-1">{ w.facilitator_title }</h1>
            <p class="room-count" id="combien" data-count={room.count.to_string()}>{ &room.respondents }</p>
            if *skipped > 0 {
                <p class="notice notice-warning">{ fill(w.skipped, &[("n", &skipped.to_string())]) }</p>
            }
            { status }
            if room.count > 0 {
                { room_picture(&room) }
                { together(&TogetherProps { view: &roles, id: "roles" }) }
            }
            <section class="tally-actions" aria-labelledby="releve-titre">
                <h2 id="releve-titre">{ w.tally_title }</h2>
                <p>{ w.tally_intro }</p>
                <div class="actions">
                    <button type="button" class="button button-secondary" id="exporter-json" onclick={export_json}>{ w.export_json }</button>
                    <button type="button" class="button button-secondary" id="exporter-csv" onclick={export_csv}>{ w.export_csv }</button>
                </div>
                <label for="importer-releves" class="label">{ w.import_label }</label>
                <p class="hint" id="importer-aide">{ w.import_help }</p>
                <input type="file" id="importer-releves" accept=".json,application/json" multiple={true} onchange={on_import} aria-describedby="importer-aide" />
                <p><button type="button" class="button button-tertiary" id="effacer-releve" onclick={ask_clear} aria-expanded={confirming.to_string()} aria-controls="confirmer-effacer-releve">{ w.clear }</button></p>
                if *confirming {
                    <div class="confirm" id="confirmer-effacer-releve" role="group" aria-label={w.clear}>
                        <p>{ fill(w.clear_confirm, &[("n", &room.count.to_string())]) }</p>
                        <button type="button" class="button button-primary" id="effacer-releve-oui" onclick={yes_clear}>{ w.clear_yes }</button>
                        <button type="button" class="button button-secondary" onclick={no_clear}>{ w.clear_no }</button>
                    </div>
                }
            </section>
            { back }
        </main>
    }
}

/// The room's counts: the spread on the scale, each dimension, risks, tensions, unknowns.
fn room_picture(room: &RoomView) -> Html {
    html! {
        <section class="room-picture" aria-labelledby="salle-titre">
            <h2 id="salle-titre">{ &room.title }</h2>
            <h3>{ &room.spread_title }</h3>
            <ul class="spread" id="repartition">
                { for room.spread.iter().map(|c| html! { <li data-count={c.count.to_string()}><span class="count-name">{ &c.name }</span>{ " : " }<strong>{ c.count }</strong></li> }) }
            </ul>
            <h3>{ &room.distribution_title }</h3>
            <p class="table-title" id="dimensions-legende">{ &room.distribution_caption }</p>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="dimensions-legende">
                <table class="room-table" id="dimensions-salle" aria-labelledby="dimensions-legende">
                    <thead><tr><td></td>{ for room.heads.iter().map(|h| html! { <th scope="col">{ h }</th> }) }</tr></thead>
                    <tbody>
                        { for room.distributions.iter().map(|d| html! {
                            <tr data-row={d.id}><th scope="row">{ &d.title }</th>{ for d.counts.iter().map(|n| html! { <td>{ n }</td> }) }</tr>
                        }) }
                    </tbody>
                </table>
            </div>
            <h3>{ &room.risks_title }</h3>
            if let Some(none) = &room.risks_none { <p>{ none }</p> }
            <ul class="counts" id="risques-salle">{ for room.risks.iter().map(|c| html! { <li>{ &c.name }{ " — " }{ &c.words }</li> }) }</ul>
            <h3>{ &room.tensions_title }</h3>
            if let Some(none) = &room.tensions_none { <p>{ none }</p> }
            <ul class="counts">
                { for room.tensions.iter().map(|(test, counts)| html! {
                    <li><strong>{ test }</strong>{ " : " }{ counts.iter().map(|c| format!("{} ({})", c.name, c.words)).collect::<Vec<_>>().join(", ") }</li>
                }) }
            </ul>
            <h3>{ &room.unknown_title }</h3>
            if let Some(none) = &room.unknown_none { <p>{ none }</p> }
            <ul class="counts">{ for room.unknown.iter().map(|c| html! { <li>{ &c.name }{ " — " }{ &c.words }</li> }) }</ul>
        </section>
    }
}
