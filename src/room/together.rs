//! The partners side by side and the combined picture, drawn from a `TogetherView` (the core decides everything): the one view both room screens show, whatever brought the results.

use crate::core::together_view::TogetherView;
use yew::prelude::*;

/// What the view draws from.
pub struct TogetherProps<'a> {
    pub view: &'a TogetherView,
    /// The id prefix of the headings (two views never share a page, but tests find them by id).
    pub id: &'a str,
}

pub fn together(props: &TogetherProps<'_>) -> Html {
    let v = props.view;
    let heading = |suffix: &str| format!("{}-{suffix}", props.id);
    html! {
        <section class="together" aria-labelledby={heading("titre")} data-together="">
            <h2 id={heading("titre")}>{ &v.title }</h2>
            <p>{ &v.intro }</p>
            // The table's title is outside its scrolling box, so that a narrow screen shows it whole.
            <p class="table-title" id={heading("legende")}>{ &v.caption }</p>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby={heading("legende")}>
                <table class="together-table" id={heading("tableau")} aria-labelledby={heading("legende")}>
                    <thead>
                        <tr>
                            <td></td>
                            { for v.columns.iter().map(|c| html! {
                                <th scope="col">{ &c.label }if !c.detail.is_empty() { <span class="column-detail">{ &c.detail }</span> }</th>
                            }) }
                            <th scope="col" class="together-column">{ &v.together_column }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for v.rows.iter().map(|r| html! {
                            <tr data-row={r.id}>
                                <th scope="row">{ &r.title }</th>
                                { for r.cells.iter().map(|c| html! { <td data-level={c.level_id}>{ &c.words }</td> }) }
                                <td class="together-column" data-level={r.together.level_id}>{ &r.together.words }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            <p class="advice">{ &v.rule }</p>
            <blockquote class="talk"><p>{ &v.vision }</p><p class="source">{ &v.vision_source }</p></blockquote>

            <h3 id={heading("discuter")}>{ &v.discuss_title }</h3>
            <p>{ &v.discuss_intro }</p>
            if let Some(none) = &v.discuss_none {
                <p data-discuss="none">{ none }</p>
            }
            <ul class="discuss">
                { for v.discuss.iter().map(|d| html! {
                    <li data-dimension={crate::core::Vocabulary::id(d.dimension)}>
                        <p>{ &d.summary }</p>
                        if !d.questions.is_empty() {
                            <p>{ &v.discuss_items }</p>
                            <ul>{ for d.questions.iter().map(|q| html! { <li>{ q }</li> }) }</ul>
                        }
                    </li>
                }) }
            </ul>

            if !v.nobody.is_empty() {
                <h3 id={heading("personne")}>{ &v.nobody_title }</h3>
                <p>{ &v.nobody_intro }</p>
                <ul class="nobody">{ for v.nobody.iter().map(|q| html! { <li>{ q }</li> }) }</ul>
            }
            if !v.one_role.is_empty() {
                <h3 id={heading("un-role")}>{ &v.one_role_title }</h3>
                <p>{ &v.one_role_intro }</p>
                <ul class="one-role">{ for v.one_role.iter().map(|(q, role)| html! { <li>{ q }<span class="role-tag">{ " — " }{ role }</span></li> }) }</ul>
            }
        </section>
    }
}
