//! The result and the list of answers drawn as HTML from what the core builds (`core::result_view`): long documents with no state of their own, written by a small writer that escapes every text and attribute value by construction.
//!
//! Why not `html!`: drawn with Yew's macro, the result screen was the largest function of the
//! bundle (47 KB before compression, for text that never changes once shown). Written here it
//! costs a fraction of that, the browser inserts it as it is (`Html::from_html_unchecked`), and
//! native tests read exactly what the respondent sees. The questions these documents link to
//! are buttons carrying the question's id in `data-item`; the screen handles their clicks in one
//! listener.
//!
//! Safety rests on one rule, enforced by the types: tags and attribute names are `&'static str`
//! written in this file; everything else (content, the partnership's name typed by the
//! respondent) goes through `escape`.

use crate::core::i18n::{fill, Ui};
use crate::core::result_view::{
    AnswerRow, CaseView, ChartView, DimensionRow, DirectionsView, ItemLink, Paragraph, ReadingRow, ResultView, RiskRow, Section, TensionRow, UnknownGroup,
    CHART_WIDTH,
};
use crate::core::{Dimension, Vocabulary};

/// HTML being written.
struct Markup {
    out: String,
    /// Whether the questions the result names are buttons that open them (not on a result
    /// received by a link, whose answers are not the reader's).
    links: bool,
}

/// Appends `text` with the five characters that could end a text or an attribute value escaped.
fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// A text escaped for HTML (text or attribute value).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    escape_into(&mut out, text);
    out
}

impl Markup {
    fn open(&mut self, tag: &'static str, attributes: &[(&'static str, &str)]) {
        self.out.push('<');
        self.out.push_str(tag);
        for (name, value) in attributes {
            self.out.push(' ');
            self.out.push_str(name);
            self.out.push_str("=\"");
            escape_into(&mut self.out, value);
            self.out.push('"');
        }
        self.out.push('>');
    }

    fn close(&mut self, tag: &'static str) {
        self.out.push_str("</");
        self.out.push_str(tag);
        self.out.push('>');
    }

    fn text(&mut self, text: &str) {
        escape_into(&mut self.out, text);
    }

    /// An element holding only text.
    fn element(&mut self, tag: &'static str, attributes: &[(&'static str, &str)], text: &str) {
        self.open(tag, attributes);
        self.text(text);
        self.close(tag);
    }

    /// A paragraph, if there is something to say.
    fn paragraph(&mut self, class: &'static str, text: &str) {
        if !text.is_empty() {
            let attributes: &[(&'static str, &str)] = if class.is_empty() { &[] } else { &[("class", class)] };
            self.element("p", attributes, text);
        }
    }

    /// The talk's words as they are; the tool's own suggestions labelled as such (in words, not
    /// colour alone).
    fn paragraphs(&mut self, texts: &[Paragraph], advice_label: &str) {
        for p in texts {
            if p.advice {
                self.open("p", &[("class", "advice")]);
                self.element("strong", &[("class", "advice-label")], advice_label);
                self.text(" ");
                self.text(&p.text);
                self.close("p");
            } else {
                self.element("p", &[], &p.text);
            }
        }
    }

    /// Questions the respondent can open, each a button naming it.
    fn item_links(&mut self, links: &[ItemLink]) {
        if links.is_empty() {
            return;
        }
        self.open("ul", &[("class", "item-links")]);
        for l in links {
            if self.links {
                self.open("li", &[]);
                self.element("button", &[("type", "button"), ("class", "link-button"), ("data-item", &l.id)], &l.question);
                self.close("li");
            } else {
                self.element("li", &[("data-item", &l.id)], &l.question);
            }
        }
        self.close("ul");
    }

    /// The one chart: the overall level and each dimension on the same three bands; each row
    /// says in words what its bars show (the bars are hidden from screen readers).
    fn chart(&mut self, v: &ChartView, colon: &str) {
        self.open("figure", &[("class", "chart"), ("id", "graphique"), ("aria-labelledby", "graphique-titre")]);
        self.element("figcaption", &[("id", "graphique-titre"), ("class", "chart-caption")], &v.caption);
        self.open("div", &[("class", "chart-scale"), ("aria-hidden", "true")]);
        for b in &v.bands {
            self.element("span", &[("data-level", b.level.id())], &b.name);
        }
        self.close("div");
        self.open("ul", &[("class", "chart-rows")]);
        let view_box = format!("0 0 {CHART_WIDTH} 24");
        for r in &v.rows {
            let class = if r.id == "ensemble" { "chart-row chart-overall" } else { "chart-row" };
            self.open("li", &[("class", class), ("data-row", r.id), ("data-level", r.level_id)]);
            self.open("p", &[("class", "chart-label")]);
            self.element("span", &[("class", "chart-title")], &r.title);
            self.element("span", &[("class", "visually-hidden")], colon);
            self.element("strong", &[("class", "chart-words")], &r.words);
            self.close("p");
            self.open(
                "svg",
                &[("class", "chart-track"), ("viewBox", &view_box), ("preserveAspectRatio", "none"), ("aria-hidden", "true"), ("focusable", "false")],
            );
            for b in &v.bands {
                let class = if r.band == Some(b.level) { "chart-band chart-band-current" } else { "chart-band" };
                let (x, width) = (b.from.to_string(), (b.to - b.from).to_string());
                self.open("rect", &[("class", class), ("data-level", b.level.id()), ("x", &x), ("y", "4"), ("width", &width), ("height", "16")]);
                self.close("rect");
            }
            if let Some(x) = r.marker {
                let (at, left) = (x.to_string(), (x - 4).to_string());
                self.open("rect", &[("class", "chart-marker"), ("data-x", &at), ("x", &left), ("y", "1"), ("width", "8"), ("height", "22")]);
                self.close("rect");
            }
            self.close("svg");
            if let Some(note) = &r.note {
                self.paragraph("chart-note", note);
            }
            self.close("li");
        }
        self.close("ul");
        self.paragraph("chart-legend", &v.legend);
        self.close("figure");
    }

    /// For a few of the respondent's own answers, the practice of the next level to try,
    /// grouped by the level it leads to.
    fn directions(&mut self, v: &DirectionsView) {
        self.open("div", &[("class", "directions"), ("id", "directions")]);
        self.element("h2", &[], &v.title);
        for g in &v.groups {
            if let Some(h) = &g.heading {
                self.element("h3", &[], h);
            }
            self.open("ul", &[("class", "next-steps")]);
            for r in &g.rows {
                self.open("li", &[]);
                self.open("p", &[("class", "next-toward")]);
                self.element("strong", &[], &g.label);
                self.text(" ");
                self.text(&r.toward);
                self.close("p");
                self.open("p", &[("class", "next-today")]);
                self.text(v.today);
                self.text(" ");
                self.text(&r.today);
                self.close("p");
                self.paragraph("source", &r.source);
                self.close("li");
            }
            self.close("ul");
        }
        self.close("div");
        // What the talk says of moving from one level to the next, after the actions (they
        // must fit in the first two screens of a phone).
        self.paragraph("", &v.intro);
    }

    /// Each dimension: its level in words, how its questions were answered, the questions
    /// that would place it.
    fn dimensions(&mut self, rows: &[DimensionRow]) {
        self.open("ul", &[("class", "dimensions")]);
        for d in rows {
            let id = format!("dimension-{}", d.dimension.id());
            self.open("li", &[("class", "dimension"), ("id", &id), ("data-level", d.level_id)]);
            self.element("span", &[("class", "dimension-title")], &d.title);
            self.element("span", &[("class", "dimension-level")], &d.words);
            if !d.counts.is_empty() {
                self.element("span", &[("class", "dimension-counts")], &d.counts);
            }
            self.item_links(&d.missing);
            self.close("li");
        }
        self.close("ul");
    }

    fn readings(&mut self, s: &Section<ReadingRow>, advice_label: &str) {
        self.element("h2", &[], &s.title);
        if let Some(intro) = &s.intro {
            self.paragraph("", intro);
        }
        self.open("dl", &[("class", "readings")]);
        for r in &s.rows {
            let id = format!("lecture-{}", r.lens.id());
            self.open("div", &[("class", "reading"), ("id", &id)]);
            self.element("dt", &[], &r.title);
            self.open("dd", &[]);
            if !r.summary.is_empty() {
                self.open("p", &[]);
                self.element("strong", &[], &r.summary);
                self.close("p");
            }
            self.paragraphs(&r.texts, advice_label);
            self.paragraph("source", &r.sources);
            self.close("dd");
            self.close("div");
        }
        self.close("dl");
        self.paragraphs(&s.notes, advice_label);
    }

    fn tensions(&mut self, s: &Section<TensionRow>, advice_label: &str) {
        self.element("h2", &[], &s.title);
        if let Some(intro) = &s.intro {
            self.paragraph("", intro);
        }
        self.open("ul", &[("class", "tensions"), ("id", "tensions")]);
        for r in &s.rows {
            self.open("li", &[("class", "tension"), ("data-test", r.test_id), ("data-outcome", r.outcome_id)]);
            self.element("h3", &[], &r.name);
            self.open("p", &[]);
            self.element("strong", &[], &r.outcome);
            self.close("p");
            self.paragraphs(&r.texts, advice_label);
            self.paragraph("source", &r.sources);
            self.close("li");
        }
        self.close("ul");
        self.paragraphs(&s.notes, advice_label);
    }

    fn risks(&mut self, v: &ResultView) {
        if v.risks.is_empty() && v.risks_none.is_none() {
            return;
        }
        self.element("h2", &[], &v.risks_title);
        if let Some(none) = &v.risks_none {
            self.element("p", &[("id", "risques")], none);
            return;
        }
        self.open("ul", &[("class", "risks"), ("id", "risques")]);
        for r in &v.risks {
            self.risk(r, v.advice_label, v.raised_by_label);
        }
        self.close("ul");
    }

    fn risk(&mut self, r: &RiskRow, advice_label: &str, raised_by_label: &str) {
        self.open("li", &[("class", "risk"), ("data-risk", r.risk_id)]);
        if !r.name.is_empty() {
            self.element("h3", &[], &r.name);
        }
        self.paragraphs(&r.texts, advice_label);
        self.paragraph("hint", raised_by_label);
        self.open("ul", &[]);
        for x in &r.raised_by {
            self.element("li", &[], x);
        }
        self.close("ul");
        self.paragraph("source", &r.source);
        self.close("li");
    }

    fn unknowns(&mut self, section: &Section<UnknownGroup>, texts: &[Paragraph], advice_label: &str) {
        self.open("div", &[("class", "unknowns"), ("id", "inconnu")]);
        self.element("h2", &[], &section.title);
        self.paragraphs(texts, advice_label);
        // Questions to ask the partners, not to answer now: plain text (the review changes answers).
        for g in &section.rows {
            self.element("h3", &[], &g.title);
            self.open("ul", &[("class", "to-ask")]);
            for l in &g.items {
                self.element("li", &[("data-item", &l.id)], &l.question);
            }
            self.close("ul");
        }
        self.close("div");
    }

    fn case(&mut self, title: &str, c: &CaseView) {
        self.element("h2", &[], title);
        self.open("div", &[("class", "case"), ("id", "cas-proche"), ("data-case", c.id)]);
        self.element("h3", &[], &c.name);
        if let Some(other) = &c.other_level {
            self.element("p", &[("class", "callout"), ("id", "cas-autre-niveau")], other);
        }
        self.paragraph("", &c.summary);
        if !c.reasons.is_empty() {
            self.open("ul", &[]);
            for r in &c.reasons {
                self.element("li", &[], r);
            }
            self.close("ul");
        }
        if let Some(far) = &c.far {
            self.paragraph("hint", far);
        }
        self.paragraph("source", &c.source);
        self.close("div");
    }

    /// Every question of the path and its answer, step by step, as GOV.UK's « Vérifiez vos
    /// réponses »; with a « Modifier » button per question when `change` is true.
    fn answers(&mut self, groups: &[(Dimension, String, Vec<AnswerRow>)], t: &Ui, heading: &'static str, change: bool) {
        let total = groups.iter().map(|g| g.2.len()).sum::<usize>().to_string();
        for (_, title, rows) in groups {
            self.element(heading, &[], title);
            self.open("dl", &[("class", "summary-list")]);
            for r in rows {
                let (id, number) = (format!("verif-{}", r.id), r.number.to_string());
                self.open("div", &[("class", "summary-row"), ("id", &id), ("data-answer", r.kind)]);
                self.open("dt", &[]);
                self.element("span", &[("class", "summary-number")], &fill(t.question, &[("n", &number), ("total", &total)]));
                self.text(&r.question);
                self.close("dt");
                let class = format!("answer answer-{}", r.kind);
                self.open("dd", &[("class", &class)]);
                for a in &r.answers {
                    self.element("p", &[], a);
                }
                self.close("dd");
                if change {
                    self.open("dd", &[("class", "summary-change")]);
                    self.open("button", &[("type", "button"), ("class", "link-button"), ("data-item", &r.id)]);
                    self.text(t.review_change);
                    self.element("span", &[("class", "visually-hidden")], &format!(" {}", fill(t.review_change_which, &[("n", &number)])));
                    self.close("button");
                    self.close("dd");
                }
                self.close("div");
            }
            self.close("dl");
        }
    }
}

/// The list of answers of the review: every question, its answer, and « Modifier ».
pub fn answers_list(groups: &[(Dimension, String, Vec<AnswerRow>)], t: &Ui) -> String {
    let mut m = Markup { out: String::with_capacity(8 * 1024), links: true };
    m.answers(groups, t, "h2", true);
    m.out
}

/// The result below its heading, in the order a respondent reads it: the level, the chart and
/// the directions first (the first two screens of a phone), then what the talk says of the
/// level, the dimensions in detail, readings, tensions, risks, what is not known, the closest
/// case, and the answers for the print. `printed_on` is the date line of the print.
pub fn result_body(v: &ResultView, t: &Ui, printed_on: &str) -> String {
    body(v, t, printed_on, true)
}

/// A result received by a share link: the same, with the questions it names as plain text.
pub fn shared_result_body(v: &ResultView, t: &Ui, printed_on: &str) -> String {
    body(v, t, printed_on, false)
}

fn body(v: &ResultView, t: &Ui, printed_on: &str, links: bool) -> String {
    let mut m = Markup { out: String::with_capacity(16 * 1024), links };
    let o = &v.overall;
    m.paragraph("for", &v.context.join(" · "));
    m.paragraph("print-only", printed_on);
    m.open("p", &[("class", "level-badge"), ("id", "niveau"), ("data-level", o.level_id)]);
    m.open("span", &[("class", "level-label")]);
    m.text(&o.label);
    m.text(" ");
    m.close("span");
    m.element("strong", &[], &o.name);
    m.close("p");
    if let Some(d) = &o.definition {
        m.paragraph("definition", d);
    }
    // A parent reads at once what her level means (it could read as advice or a mark).
    if v.plain {
        m.paragraphs(&o.texts, v.advice_label);
    }
    if let Some(c) = &o.capped {
        m.element("p", &[("class", "callout"), ("id", "plafond")], c);
    }
    if let Some(c) = &v.chart {
        m.chart(c, v.colon);
    }
    m.paragraphs(&o.summary, v.advice_label);
    m.item_links(&o.missing);
    if let Some(d) = &v.directions {
        m.directions(d);
    }

    if let Some(about) = &o.about {
        m.element("h2", &[], about);
    }
    m.paragraph("framing", &v.framing);
    if !v.plain {
        m.paragraphs(&o.texts, v.advice_label);
    }
    if let Some(s) = &o.source {
        m.paragraph("source", s);
    }
    if let Some(note) = &v.advice_note {
        m.paragraph("hint advice-note", note);
    }

    m.element("h2", &[], &v.dimensions_title);
    m.dimensions(&v.dimensions);
    if let Some(spread) = &v.spread {
        m.element("p", &[("id", "ecart")], spread);
    }
    if let Some(r) = &v.readings {
        m.readings(r, v.advice_label);
    }
    if let Some(t) = &v.tensions {
        m.tensions(t, v.advice_label);
    }
    m.risks(v);
    if let Some((section, texts)) = &v.unknowns {
        m.unknowns(section, texts, v.advice_label);
    }
    if let Some(case) = &v.case {
        m.case(&v.case_title, case);
    }
    m.paragraph("framing", &v.closing);
    // Printed only (the review shows them on screen).
    m.open("div", &[("class", "print-only"), ("id", "reponses-imprimees")]);
    m.element("h2", &[], &v.answers_title);
    m.answers(&v.answers, t, "h3", false);
    m.close("div");
    m.out
}
