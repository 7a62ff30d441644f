//! The interface's own words (buttons, headings, notices) in each language; the questionnaire's words live in `content/`.

use crate::core::Language;

/// Defines `Ui` with one `&'static str` per field, and the list of its strings in field order
/// (for the tests that compare the two languages).
macro_rules! interface_strings {
    ($($field:ident),* $(,)?) => {
        /// Every string of the interface that is not questionnaire content.
        #[derive(Debug)]
        pub struct Ui {
            $(pub $field: &'static str,)*
        }

        impl Ui {
            /// The strings in field order.
            pub fn strings(&self) -> Vec<&'static str> {
                vec![$(self.$field),*]
            }
        }
    };
}

interface_strings!(
    skip_link,
    duration,
    stays_here,
    no_account,
    no_grade,
    start,
    resume,
    import_label,
    import_help,
    profile_title,
    profile_intro,
    role_legend,
    role_none,
    partnership_label,
    partnership_help,
    back,
    next,
    to_review,
    step_of,
    answered_of,
    question,
    source,
    review_title,
    review_intro,
    review_all_answered,
    review_unanswered,
    review_go,
    see_result,
    result_title,
    result_for,
    result_role,
    overall,
    not_enough,
    not_enough_overall,
    position,
    scale_label,
    dimensions_title,
    dimensions_chart,
    capped,
    spread_differ,
    spread_close,
    readings_title,
    readings_intro,
    reading_care,
    reading_action,
    reading_threshold,
    reading_method,
    reading_not_enough,
    reading_hybrid,
    reading_count,
    risks_title,
    risks_none,
    raised_by,
    next_title,
    next_intro,
    next_from,
    next_to,
    case_title,
    case_same_level,
    case_shared_action,
    case_shared_method,
    case_near,
    case_far,
    export,
    edit,
    restart,
    clear,
    clear_confirm,
    clear_yes,
    clear_no,
    dismiss,
    notice_unreadable,
    notice_other_version,
    notice_skipped,
    notice_cleared,
    notice_imported,
    notice_import_refused,
    notice_storage,
    notice_language,
    footer,
    crash_title,
    crash_text,
    crash_reload,
    crash_reset,
);

pub const FR: Ui = Ui {
    skip_link: "Aller au contenu",
    duration: "Environ 10 minutes : {n} questions en quatre étapes.",
    stays_here: "Vos réponses restent sur cet appareil : rien n'est envoyé, aucun compte n'est nécessaire.",
    no_account: "Vous pouvez vous arrêter et reprendre plus tard : vos réponses sont gardées dans ce navigateur.",
    no_grade: "Il n'y a ni bonne ni mauvaise réponse : le résultat situe votre partenariat, il ne le note pas.",
    start: "Commencer",
    resume: "Reprendre là où vous en étiez",
    import_label: "Importer un fichier de réponses",
    import_help: "Un fichier .json exporté par cet outil.",
    profile_title: "Qui répond ?",
    profile_intro: "Ces informations sont facultatives. Elles apparaissent dans votre résultat et dans l'export, mais ne comptent pas dans le calcul.",
    role_legend: "Vous répondez au titre de :",
    role_none: "Je préfère ne pas le préciser",
    partnership_label: "Nom du partenariat (facultatif)",
    partnership_help: "Par exemple : « PRE de Longuenesse » ou « Volet éducatif, quartier des Hauts ».",
    back: "Précédent",
    next: "Suivant",
    to_review: "Vérifier mes réponses",
    step_of: "Étape {n} sur {total}",
    answered_of: "Réponses : {n} sur {total}",
    question: "Question",
    source: "Source dans l'intervention :",
    review_title: "Vérifier vos réponses",
    review_intro: "Vous pouvez revenir sur une étape avant de voir le résultat. Une dimension reçoit un niveau quand au moins la moitié de ses questions ont une réponse (« je ne sais pas » ne compte pas).",
    review_all_answered: "Toutes les questions ont une réponse.",
    review_unanswered: "Sans réponse :",
    review_go: "Répondre à l'étape « {step} »",
    see_result: "Voir le résultat",
    result_title: "Votre résultat",
    result_for: "Partenariat : {name}",
    result_role: "Réponses données au titre de : {role}",
    overall: "Niveau d'ensemble :",
    not_enough: "Pas assez de réponses",
    not_enough_overall: "Il faut un niveau dans au moins deux des quatre dimensions pour situer le partenariat dans son ensemble. Répondez à quelques questions de plus.",
    position: "{n} sur 100",
    scale_label: "Échelle du partenariat, de minimal à maximal. Votre position : {pos} sur 100, niveau {level}.",
    dimensions_title: "Par dimension",
    dimensions_chart: "Position de chaque dimension sur l'échelle de 0 à 100",
    capped: "La moyenne de vos dimensions atteint le niveau maximal, mais la dimension « {dim} » se situe au niveau minimal : le niveau d'ensemble est donc indiqué comme intermédiaire. C'est dans cette dimension que la co-construction peut encore s'étendre.",
    spread_differ: "Votre partenariat n'est pas au même niveau partout : « {high} » est la plus avancée, « {low} » la moins avancée ({gap} points d'écart).",
    spread_close: "Vos dimensions sont proches les unes des autres ({gap} points d'écart au plus).",
    readings_title: "Ce que vos réponses révèlent",
    readings_intro: "L'intervention propose des outils pour aller « au-delà des propos incantatoires sur le partenariat ». En voici quatre lectures : des repères, pas des notes.",
    reading_care: "Valeurs du soin",
    reading_action: "Conception de l'action",
    reading_threshold: "Seuil de l'action publique",
    reading_method: "Style de méthode",
    reading_not_enough: "Pas assez de réponses pour le dire.",
    reading_hybrid: "Hybride :",
    reading_count: "{n} de vos {of} réponses qui s'y rapportent",
    risks_title: "Risques à surveiller",
    risks_none: "Aucune de vos réponses ne signale l'un des risques nommés par l'intervention.",
    raised_by: "Signalé par votre réponse à :",
    next_title: "Pour passer au niveau suivant",
    next_intro: "Les réponses qui, en évoluant d'un cran, feraient le plus avancer votre partenariat :",
    next_from: "Aujourd'hui :",
    next_to: "Pas suivant :",
    case_title: "Le cas de l'intervention le plus proche",
    case_same_level: "même niveau",
    case_shared_action: "même conception de l'action",
    case_shared_method: "même style de méthode",
    case_near: "dimensions proches : {dims}",
    case_far: "Votre partenariat reste assez éloigné des trois cas : ce rapprochement n'est qu'indicatif.",
    export: "Exporter mes réponses (.json)",
    edit: "Modifier mes réponses",
    restart: "Recommencer avec un questionnaire vide",
    clear: "Effacer mes réponses",
    clear_confirm: "Effacer toutes vos réponses et votre profil de cet appareil ? Cette action est définitive.",
    clear_yes: "Oui, tout effacer",
    clear_no: "Annuler",
    dismiss: "Fermer ce message",
    notice_unreadable: "Vos réponses enregistrées n'ont pas pu être relues (elles étaient abîmées). Vous repartez d'un questionnaire vide.",
    notice_other_version: "Vos réponses enregistrées viennent d'une autre version de l'outil et ne peuvent pas être reprises. Vous repartez d'un questionnaire vide.",
    notice_skipped: "Questions sans réponse à l'étape « {step} » : {n}. Vous pourrez y revenir avant de voir le résultat.",
    notice_cleared: "Vos réponses ont été effacées de cet appareil.",
    notice_imported: "Le fichier a été importé. Vérifiez vos réponses avant de voir le résultat.",
    notice_import_refused: "Ce fichier n'a pas été importé, et vos réponses n'ont pas changé : {why}.",
    notice_storage: "Ce navigateur ne permet pas de garder vos réponses (navigation privée ou stockage plein). Vous pouvez continuer, mais elles seront perdues à la fermeture de l'onglet ; pensez à les exporter.",
    notice_language: "La version anglaise n'a pas pu être chargée. Vos réponses sont intactes ; vous pouvez réessayer plus tard.",
    footer: "D'après l'intervention de Jean-Yves Trépos, « Quelles modalités et quels principes pour le travail en partenariat ? », séminaire régional « Animation du volet éducatif du contrat de ville » (ORIV), Metz, 28 juin 2017.",
    crash_title: "L'outil a rencontré un problème",
    crash_text: "Une erreur inattendue a arrêté l'outil. Vos réponses déjà enregistrées sont en principe conservées.",
    crash_reload: "Recharger la page",
    crash_reset: "Recommencer avec un questionnaire vide",
};

pub const EN: Ui = Ui {
    skip_link: "Skip to content",
    duration: "About 10 minutes: {n} questions in four steps.",
    stays_here: "Your answers stay on this device: nothing is sent, no account is needed.",
    no_account: "You can stop and come back later: your answers are kept in this browser.",
    no_grade: "There are no right or wrong answers: the result places your partnership, it does not grade it.",
    start: "Start",
    resume: "Resume where you left off",
    import_label: "Import an answers file",
    import_help: "A .json file exported by this tool.",
    profile_title: "Who is answering?",
    profile_intro: "This information is optional. It appears in your result and in the export, but does not count in the scoring.",
    role_legend: "You are answering as:",
    role_none: "I prefer not to say",
    partnership_label: "Name of the partnership (optional)",
    partnership_help: "For example: “Longuenesse PRE” or “Educational component, Les Hauts district”.",
    back: "Back",
    next: "Next",
    to_review: "Check my answers",
    step_of: "Step {n} of {total}",
    answered_of: "Answered: {n} of {total}",
    question: "Question",
    source: "Source in the talk:",
    review_title: "Check your answers",
    review_intro: "You can go back to a step before seeing the result. A dimension gets a level once at least half of its questions are answered (“I don't know” does not count).",
    review_all_answered: "Every question has an answer.",
    review_unanswered: "Unanswered:",
    review_go: "Answer the “{step}” step",
    see_result: "See the result",
    result_title: "Your result",
    result_for: "Partnership: {name}",
    result_role: "Answered as: {role}",
    overall: "Overall level:",
    not_enough: "Not enough answers",
    not_enough_overall: "At least two of the four dimensions need a level to place the partnership as a whole. Answer a few more questions.",
    position: "{n} out of 100",
    scale_label: "Partnership scale, from minimal to maximal. Your position: {pos} out of 100, level {level}.",
    dimensions_title: "By dimension",
    dimensions_chart: "Position of each dimension on the scale from 0 to 100",
    capped: "The mean of your dimensions reaches the maximal level, but the “{dim}” dimension is at the minimal level, so the overall level is shown as intermediate. This is the dimension where co-construction can still spread.",
    spread_differ: "Your partnership is not at the same level everywhere: “{high}” is the most advanced, “{low}” the least ({gap} points apart).",
    spread_close: "Your dimensions are close to one another ({gap} points apart at most).",
    readings_title: "What your answers reveal",
    readings_intro: "The talk offers tools to go “beyond incantatory talk about partnership”. Here are four readings: landmarks, not grades.",
    reading_care: "Values of care",
    reading_action: "Conception of action",
    reading_threshold: "Threshold of public action",
    reading_method: "Method style",
    reading_not_enough: "Not enough answers to tell.",
    reading_hybrid: "Hybrid:",
    reading_count: "{n} of your {of} answers that bear on it",
    risks_title: "Risks to watch",
    risks_none: "None of your answers points to one of the risks the talk names.",
    raised_by: "Raised by your answer to:",
    next_title: "To reach the next level",
    next_intro: "The answers that, moved one step, would take your partnership furthest:",
    next_from: "Today:",
    next_to: "Next step:",
    case_title: "The closest case in the talk",
    case_same_level: "same level",
    case_shared_action: "same conception of action",
    case_shared_method: "same method style",
    case_near: "close dimensions: {dims}",
    case_far: "Your partnership stays rather far from all three cases: this comparison is only a rough guide.",
    export: "Export my answers (.json)",
    edit: "Change my answers",
    restart: "Start again with an empty questionnaire",
    clear: "Erase my answers",
    clear_confirm: "Erase all your answers and your profile from this device? This cannot be undone.",
    clear_yes: "Yes, erase everything",
    clear_no: "Cancel",
    dismiss: "Close this message",
    notice_unreadable: "Your saved answers could not be read back (they were damaged). You are starting from an empty questionnaire.",
    notice_other_version: "Your saved answers come from another version of the tool and cannot be resumed. You are starting from an empty questionnaire.",
    notice_skipped: "Unanswered questions in the “{step}” step: {n}. You can come back to them before seeing the result.",
    notice_cleared: "Your answers have been erased from this device.",
    notice_imported: "The file was imported. Check your answers before seeing the result.",
    notice_import_refused: "This file was not imported, and your answers have not changed: {why}.",
    notice_storage: "This browser does not let the tool keep your answers (private browsing or full storage). You can go on, but they will be lost when the tab closes; remember to export them.",
    notice_language: "The other language version could not be loaded. Your answers are intact; you can try again later.",
    footer: "Based on the talk by Jean-Yves Trépos, “Quelles modalités et quels principes pour le travail en partenariat ?”, ORIV regional seminar “Animation du volet éducatif du contrat de ville”, Metz, June 28, 2017.",
    crash_title: "The tool ran into a problem",
    crash_text: "An unexpected error stopped the tool. The answers already saved should still be there.",
    crash_reload: "Reload the page",
    crash_reset: "Start again with an empty questionnaire",
};

pub fn ui(language: Language) -> &'static Ui {
    match language {
        Language::Fr => &FR,
        Language::En => &EN,
    }
}

/// Each language's name in itself, for the language switch.
pub fn language_name(language: Language) -> &'static str {
    match language {
        Language::Fr => "Français",
        Language::En => "English",
    }
}

/// Shown in both languages while the chosen one loads.
pub const LOADING: &str = "Chargement… / Loading…";

/// Replaces `{name}` placeholders in a template.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (k, v) in values {
        out = out.replace(&format!("{{{k}}}"), v);
    }
    out
}

/// Why an imported file was refused, in the interface's language.
pub fn import_error(language: Language, e: &crate::core::AnswersFileError) -> String {
    use crate::core::AnswersFileError as E;
    match (language, e) {
        (Language::Fr, E::TooLarge(n)) => format!("le fichier fait {n} octets, bien plus qu'un fichier de réponses"),
        (Language::Fr, E::NotJson(_)) => "ce n'est pas un fichier JSON lisible".into(),
        (Language::Fr, E::NotAnAnswersFile) => "ce fichier JSON n'est pas un fichier de réponses de cet outil".into(),
        (Language::Fr, E::OtherVersion(v)) => format!("il vient d'une autre version de l'outil (version {v})"),
        (Language::Fr, E::Malformed(_)) => "sa structure n'est pas celle d'un fichier de réponses".into(),
        (Language::Fr, E::UnknownItem(id)) => format!("il contient une question inconnue de ce questionnaire (« {id} »)"),
        (Language::Fr, E::UnknownAnswer { item, answer }) => format!("la question « {item} » n'a pas de réponse « {answer} »"),
        (Language::Fr, E::NameTooLong(n)) => format!("le nom du partenariat fait {n} caractères (200 au plus)"),
        (Language::En, e) => e.to_string(),
    }
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The crash screen's markup: plain HTML written by the panic hook once the app is gone, with
/// two ways out (reload; start afresh, which `?effacer=1` does).
pub fn crash_page(language: Language) -> String {
    let t = ui(language);
    format!(
        "<main class=\"container crash\" id=\"plantage\" lang=\"{}\"><h1 tabindex=\"-1\">{}</h1><p>{}</p>\
         <p class=\"actions\"><a class=\"button button-primary\" href=\"./\">{}</a> \
         <a class=\"button button-secondary\" href=\"?effacer=1\">{}</a></p></main>",
        crate::core::Vocabulary::id(language),
        escape(t.crash_title),
        escape(t.crash_text),
        escape(t.crash_reload),
        escape(t.crash_reset)
    )
}
