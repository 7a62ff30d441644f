//! Component tests in headless Chromium (wasm-bindgen-test): the real app rendered into the page's DOM and driven through it.
#![cfg(target_arch = "wasm32")]

use partenariat::core::{Choice, Language};
use partenariat::state::{AppState, SAVED_STATE_VERSION};
use partenariat::storage::Slot;
use partenariat::ui::app::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Where the standalone widget keeps its state.
fn slot() -> Slot {
    Slot::new(None)
}

/// Lets Yew render and run its effects.
async fn settle() {
    for _ in 0..3 {
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            gloo::utils::window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20).unwrap();
        });
        wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    }
}

/// Renders the app into a fresh element, starting from `saved` in localStorage (None: nothing saved).
async fn mount(saved: Option<&str>) -> (yew::AppHandle<App>, Element) {
    slot().clear();
    if let Some(text) = saved {
        gloo::utils::window().local_storage().unwrap().unwrap().set_item(&partenariat::embed::saved_state_key(None), text).unwrap();
    }
    let root = gloo::utils::document().create_element("div").unwrap();
    gloo::utils::body().append_child(&root).unwrap();
    let handle = yew::Renderer::<App>::with_root(root.clone()).render();
    settle().await;
    (handle, root)
}

async fn unmount(handle: yew::AppHandle<App>, root: Element) {
    handle.destroy();
    root.remove();
    slot().clear();
    settle().await;
}

fn find(root: &Element, selector: &str) -> Element {
    root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no element matches {selector}"))
}

fn text(root: &Element, selector: &str) -> String {
    find(root, selector).text_content().unwrap_or_default()
}

async fn click(root: &Element, selector: &str) {
    find(root, selector).dyn_into::<HtmlElement>().unwrap().click();
    settle().await;
}

#[wasm_bindgen_test]
async fn welcome_is_in_french_and_says_answers_stay_on_the_device() {
    let (handle, root) = mount(None).await;
    assert_eq!(gloo::utils::document().document_element().unwrap().get_attribute("lang").as_deref(), Some("fr"));
    assert!(text(&root, "h1").contains("partenariat"), "{}", text(&root, "h1"));
    assert!(root.text_content().unwrap().contains("restent sur cet appareil"));
    assert_eq!(find(&root, ".page").get_attribute("data-screen").as_deref(), Some("accueil"));
    unmount(handle, root).await;
}

#[wasm_bindgen_test]
async fn starting_moves_focus_to_the_new_heading_and_answers_are_saved_once_the_screen_is_painted() {
    let (handle, root) = mount(None).await;
    click(&root, "#commencer").await;
    assert_eq!(find(&root, ".page").get_attribute("data-screen").as_deref(), Some("profil"));
    let active = gloo::utils::document().active_element().unwrap();
    assert_eq!(active.tag_name(), "H1", "focus is on the new screen's heading");
    click(&root, "#suivant").await;
    assert_eq!(find(&root, ".page").get_attribute("data-screen").as_deref(), Some("question"));
    assert!(text(&root, "#progression").contains("Question 1 sur"));
    assert_eq!(gloo::utils::window().location().hash().unwrap(), format!("#/{}", find(&root, "fieldset.question").id()));

    let radio = find(&root, "fieldset.question input[type=radio]").dyn_into::<HtmlInputElement>().unwrap();
    radio.click();
    settle().await;
    assert!(radio.checked());
    let saved = slot().load().expect("the answer is saved (settle waits past the next frame)");
    let state = AppState::from_saved(&saved).expect("the saved state reads back");
    let first = partenariat::core::Questionnaire::get(Language::Fr).path(None)[0];
    assert_eq!(state.responses.get(first), Some(Choice::one(0)));
    unmount(handle, root).await;
}

#[wasm_bindgen_test]
async fn a_corrupted_saved_state_gives_a_notice_and_a_fresh_start() {
    let (handle, root) = mount(Some("{ ceci n'est pas du JSON")).await;
    assert!(text(&root, ".notice").contains("n'ont pas pu être relues"), "{}", text(&root, ".notice"));
    assert_eq!(find(&root, "h1").next_element_sibling().map(|e| e.id()).as_deref(), Some("avis"), "read right after the heading");
    assert_eq!(find(&root, "#commencer").text_content().as_deref(), Some("Commencer"));
    unmount(handle, root).await;

    let older = format!("{{\"version\":{},\"language\":\"fr\",\"screen\":\"accueil\",\"answers\":{{}}}}", SAVED_STATE_VERSION + 7);
    let (handle, root) = mount(Some(&older)).await;
    assert!(text(&root, ".notice").contains("autre version"));
    unmount(handle, root).await;
}

#[wasm_bindgen_test]
async fn a_saved_state_resumes_at_the_next_unanswered_question() {
    use partenariat::state::{Action, Screen};
    let path = partenariat::core::Questionnaire::get(Language::Fr).path(None);
    let state = AppState::new(Language::Fr)
        .apply(Action::Answer { item: path[0], choice: Some(Choice::one(2)) })
        .apply(Action::Answer { item: path[1], choice: Some(Choice::DontKnow) })
        .apply(Action::GoTo(Screen::Question(path[0])));
    let (handle, root) = mount(Some(&state.to_saved())).await;
    let q = partenariat::core::Questionnaire::get(Language::Fr);
    assert_eq!(find(&root, "fieldset.question").id(), q.item(path[2]).unwrap().id);
    assert!(text(&root, "#progression").contains("Question 3 sur"));
    assert_eq!(find(&root, "#avis").get_attribute("data-notice").as_deref(), Some("reprise"));
    unmount(handle, root).await;
}

#[wasm_bindgen_test]
async fn switching_language_keeps_the_answers_and_sets_html_lang() {
    let state = AppState::new(Language::Fr)
        .apply(partenariat::state::Action::Answer { item: 1, choice: Some(Choice::DontKnow) })
        .apply(partenariat::state::Action::GoTo(partenariat::state::Screen::Review));
    let (handle, root) = mount(Some(&state.to_saved())).await;
    click(&root, "header button[lang=en]").await;
    assert_eq!(gloo::utils::document().document_element().unwrap().get_attribute("lang").as_deref(), Some("en"));
    assert!(text(&root, "h1").contains("Check your answers"), "{}", text(&root, "h1"));
    assert!(text(&root, "#verif-bilan").contains("included): 1 of"), "{}", text(&root, "#verif-bilan"));
    click(&root, "header button[lang=fr]").await;
    assert_eq!(gloo::utils::document().document_element().unwrap().get_attribute("lang").as_deref(), Some("fr"));
    unmount(handle, root).await;
}

#[wasm_bindgen_test]
async fn erasing_asks_first_then_empties_the_device() {
    let state = AppState::new(Language::Fr).apply(partenariat::state::Action::Answer { item: 0, choice: Some(Choice::one(1)) });
    let (handle, root) = mount(Some(&state.to_saved())).await;
    click(&root, "#effacer").await;
    assert!(root.query_selector("#effacer-oui").unwrap().is_some(), "a confirmation is asked");
    click(&root, "#effacer-oui").await;
    assert!(text(&root, ".notice").contains("effacées"));
    let saved = AppState::from_saved(&slot().load().unwrap()).unwrap();
    assert!(saved.responses.0.iter().all(Option::is_none));
    unmount(handle, root).await;
}

#[wasm_bindgen_test]
async fn the_result_draws_the_view_the_core_builds() {
    use partenariat::core::result_view;
    use partenariat::core::{Level, Role};
    let q = partenariat::core::Questionnaire::get(Language::Fr);
    let mut state = AppState::new(Language::Fr).apply(partenariat::state::Action::SetRole(Some(Role::Caf)));
    for i in q.path(Some(Role::Caf)) {
        let item = q.item(i).unwrap();
        let k = item.answers.iter().position(|a| a.level == Some(Level::Maximal)).unwrap_or(0);
        state = state.apply(partenariat::state::Action::Answer { item: i, choice: Some(Choice::one(k as u8)) });
    }
    state = state.apply(partenariat::state::Action::GoTo(partenariat::state::Screen::Result));
    let view = result_view::build(q, &state.responses, &state.profile);
    let (handle, root) = mount(Some(&state.to_saved())).await;
    assert_eq!(find(&root, "#niveau").get_attribute("data-level").as_deref(), Some(view.overall.level_id));
    assert!(root.text_content().unwrap().contains("CAF"), "the profile screen promises the role appears in the result");
    assert_eq!(
        root.query_selector_all("#graphique .chart-row").unwrap().length(),
        1 + view.dimensions.iter().filter(|d| d.level_id != "non-demande").count() as u32
    );
    let placed = view.dimensions.iter().filter(|d| d.level_id == "maximal").count() as u32;
    assert_eq!(root.query_selector_all(".dimension[data-level=maximal]").unwrap().length(), placed);
    assert_eq!(root.query_selector_all(".risk").unwrap().length(), view.risks.len() as u32);
    assert!(root.query_selector_all(".advice").unwrap().length() > 0, "the tool's own suggestions are labelled");
    assert!(root.query_selector("#directions").unwrap().is_none(), "no directions at maximal");
    assert_eq!(find(&root, "#cas-proche").get_attribute("data-case").as_deref(), view.case.as_ref().map(|c| c.id));
    unmount(handle, root).await;
}

#[wasm_bindgen_test]
async fn a_parent_gets_the_parent_path_and_a_plain_result() {
    use partenariat::core::Role;
    let (handle, root) = mount(None).await;
    click(&root, "#commencer").await;
    click(&root, "#role-parent").await;
    assert!(text(&root, "#parcours").contains("9\u{a0}questions"), "{}", text(&root, "#parcours"));
    click(&root, "#suivant").await;
    assert_eq!(find(&root, ".page").get_attribute("data-screen").as_deref(), Some("question"));
    assert!(text(&root, ".progress-step").contains("Ensemble autour de votre enfant"), "{}", text(&root, ".progress-step"));
    assert!(text(&root, "#progression").contains("Question 1 sur 9"));
    let saved = AppState::from_saved(&slot().load().unwrap()).unwrap();
    assert_eq!(saved.profile.role, Some(Role::Parent));
    unmount(handle, root).await;
}

#[wasm_bindgen_test]
fn the_crash_screen_replaces_the_page_with_a_way_out() {
    let root = gloo::utils::document().create_element("div").unwrap();
    root.set_id("app");
    gloo::utils::body().append_child(&root).unwrap();
    partenariat::ui::crash::show();
    assert!(root.text_content().unwrap().contains("problème"));
    let reset = root.query_selector("a[href='?effacer=1']").unwrap();
    assert!(reset.is_some(), "the crash screen offers a fresh start");
    root.remove();
}
