//! The partners' results put together, ready to display: the « rassembler les résultats » screen (results brought by links or files) and the kiosk's facilitator view (a seminar's respondents, by role) draw the same `TogetherView`; the facilitator's view adds a `RoomView`.
//!
//! Nothing here decides a rule: the placements, the combined picture and the divergences are
//! `combined`'s; this module chooses the words. The words are the room bundle's only (the
//! respondent's page never builds these views).

use super::combined::{combine, combine_groups, Combined, Partner};
use super::model::{Content, Dimension, Level, Outcome, Risk, Test, Vocabulary};
use super::questionnaire::{Choice, Questionnaire};
use super::scoring::{assess, Placement, TensionStatus};
use super::{Language, PartnershipKind, Role};

/// The words of these two screens, in one language.
pub struct Words {
    pub together_title: &'static str,
    pub together_intro: &'static str,
    pub rule: &'static str,
    pub vision: &'static str,
    pub vision_source: &'static str,
    pub table_caption: &'static str,
    pub together_column: &'static str,
    pub overall_row: &'static str,
    pub not_enough: &'static str,
    pub not_known: &'static str,
    pub not_applicable: &'static str,
    pub not_asked: &'static str,
    pub discuss_title: &'static str,
    pub discuss_intro: &'static str,
    pub discuss_none: &'static str,
    pub discuss_row: &'static str,
    pub discuss_items: &'static str,
    pub nobody_title: &'static str,
    pub nobody_intro: &'static str,
    pub one_role_title: &'static str,
    pub one_role_intro: &'static str,
    pub no_role: &'static str,
    pub tool_label: &'static str,
    pub respondents_one: &'static str,
    pub respondents: &'static str,
    pub room_title: &'static str,
    pub spread_title: &'static str,
    pub distribution_title: &'static str,
    pub distribution_caption: &'static str,
    pub other_column: &'static str,
    pub risks_title: &'static str,
    pub risks_none: &'static str,
    pub tensions_title: &'static str,
    pub tensions_none: &'static str,
    pub unknown_title: &'static str,
    pub unknown_none: &'static str,
    pub times: &'static str,
    pub dont_know: &'static str,
    pub gather_title: &'static str,
    pub gather_intro: &'static str,
    pub gather_private: &'static str,
    pub link_label: &'static str,
    pub link_help: &'static str,
    pub link_add: &'static str,
    pub files_label: &'static str,
    pub files_help: &'static str,
    pub own_add: &'static str,
    pub added_title: &'static str,
    pub remove: &'static str,
    pub remove_label: &'static str,
    pub need_two: &'static str,
    pub back_to_questionnaire: &'static str,
    pub already_there: &'static str,
    pub too_many: &'static str,
    pub added: &'static str,
    pub removed: &'static str,
    pub link_other_version: &'static str,
    pub link_refused: &'static str,
    pub file_refused: &'static str,
    pub file_is_tally: &'static str,
    pub from_file: &'static str,
    pub from_link: &'static str,
    pub from_own: &'static str,
    pub back_to_kiosk: &'static str,
    pub roles_title: &'static str,
    pub roles_intro: &'static str,
    pub roles_caption: &'static str,
    pub evolution_title: &'static str,
    pub evolution_intro: &'static str,
    pub evolution_caption: &'static str,
    pub before_column: &'static str,
    pub now_column: &'static str,
    pub change_column: &'static str,
    pub moved: &'static str,
    pub same_level: &'static str,
    pub not_comparable: &'static str,
    pub other_role: &'static str,
    pub answers_changed_title: &'static str,
    pub answers_changed_none: &'static str,
    pub answer_before: &'static str,
    pub answer_now: &'static str,
    pub evolution_link: &'static str,
    pub evolution_before_label: &'static str,
    pub evolution_before_help: &'static str,
    pub evolution_now_label: &'static str,
    pub evolution_now_own: &'static str,
    pub evolution_now_help: &'static str,
    pub evolution_use: &'static str,
    pub link_label_one: &'static str,
    pub file_label_one: &'static str,
    pub evolution_need: &'static str,
    pub code_choose_title: &'static str,
    pub code_title: &'static str,
    pub code_choose_intro: &'static str,
    pub code_intro: &'static str,
    pub code_new_label: &'static str,
    pub code_label: &'static str,
    pub code_again_label: &'static str,
    pub code_choose_button: &'static str,
    pub code_button: &'static str,
    pub code_short: &'static str,
    pub code_mismatch: &'static str,
    pub code_wrong: &'static str,
    pub storage_refused: &'static str,
    pub facilitator_title: &'static str,
    pub skipped: &'static str,
    pub tally_title: &'static str,
    pub tally_intro: &'static str,
    pub export_json: &'static str,
    pub export_csv: &'static str,
    pub import_label: &'static str,
    pub import_help: &'static str,
    pub clear: &'static str,
    pub clear_confirm: &'static str,
    pub clear_yes: &'static str,
    pub clear_no: &'static str,
    pub cleared: &'static str,
    pub merged: &'static str,
    pub tally_refused: &'static str,
    pub tally_too_large: &'static str,
    pub tally_not_a_tally: &'static str,
    pub tally_other_version: &'static str,
    pub tally_bad_entry: &'static str,
}

pub const FR: Words = Words {
    together_title: "Votre partenariat vu par ses partenaires",
    together_intro: "Chaque colonne montre où un partenaire (ou un groupe de partenaires du même rôle) place le partenariat. La colonne « Tous ensemble » le place à partir de tout ce que les partenaires savent ensemble.",
    rule: "la colonne « Tous ensemble » compte une fois chaque question posée à au moins un partenaire, au niveau moyen des réponses données. Une question à laquelle personne n'a pu répondre ne compte pas contre le partenariat. Ainsi, « Tous ensemble » peut donner un niveau là où chaque partenaire seul n'avait pas assez de réponses. C'est la même règle que pour une seule personne.",
    vision: "« “Partager la vision” (l'ontologie) ce n'est pas forcément l'avoir explicitée. »",
    vision_source: "Source dans l'intervention : Encadré 3, l'exemple de Valenciennes Métropole (annotation). Dans l'intervention, une « ontologie » est la façon dont on conçoit l'action : une manière de prendre soin (les valeurs) combinée à une manière d'agir dans le temps (Partie 1, « Ontologies et politiques de l'action publique »).",
    table_caption: "Le niveau où chaque partenaire place le partenariat, dimension par dimension, et le niveau vu tous ensemble",
    together_column: "Tous ensemble",
    overall_row: "Niveau d'ensemble",
    not_enough: "Pas assez de réponses",
    not_known: "Ne sait pas",
    not_applicable: "Ne s'applique pas",
    not_asked: "Pas de question pour ce rôle",
    discuss_title: "Points à discuter",
    discuss_intro: "Piste de l'outil : commencez la discussion par ces dimensions, où les partenaires ne placent pas le partenariat au même niveau. Les plus grands écarts viennent en premier, avec les questions où les réponses diffèrent.",
    discuss_none: "Aucun écart à signaler. Attention : une dimension n'est comparée que si au moins deux colonnes l'ont placée.",
    discuss_row: "{dim} : {levels}.",
    discuss_items: "Les questions où les réponses diffèrent :",
    nobody_title: "Ce que personne ne sait",
    nobody_intro: "Ces questions ont été posées à au moins un partenaire, et aucun n'a décrit de pratique (« je ne sais pas » ou pas de réponse).",
    one_role_title: "Ce qu'un seul rôle sait",
    one_role_intro: "Pour ces questions, seuls des partenaires d'un même rôle ont décrit comment cela se passe : les autres n'ont pas choisi de réponse, ou n'ont pas reçu cette question. Piste de l'outil : ce rôle peut raconter aux autres cette part du partenariat.",
    no_role: "Sans rôle",
    tool_label: "Piste de l'outil : ",
    respondents_one: "1 personne a répondu.",
    respondents: "{n} personnes ont répondu.",
    room_title: "Les réponses en chiffres",
    spread_title: "Combien de personnes à chaque niveau d'ensemble",
    distribution_title: "Chaque dimension",
    distribution_caption: "Combien de personnes placent chaque dimension à chaque niveau",
    other_column: "Sans niveau",
    risks_title: "Les risques le plus souvent repérés",
    risks_none: "Aucune réponse ne fait apparaître de risque.",
    tensions_title: "Ce que deviennent les tensions",
    tensions_none: "Personne n'a répondu aux questions sur les tensions.",
    unknown_title: "Ce que les personnes ne savaient pas le plus souvent",
    unknown_none: "Personne n'a répondu « je ne sais pas ».",
    times: "{n} fois",
    dont_know: "je ne sais pas",
    gather_title: "Rassembler les résultats des partenaires",
    gather_intro: "Rassemblez ici les résultats des partenaires d'un même partenariat : l'école, la ville, le service social, les parents… Chacun répond au questionnaire de son côté, puis vous donne son lien de partage ou son fichier de réponses.",
    gather_private: "Tout reste dans ce navigateur : les liens et les fichiers sont lus ici, rien n'est envoyé à un serveur.",
    link_label: "Liens de partage",
    link_help: "Collez un lien par ligne (le lien entier, tel qu'il vous a été envoyé).",
    link_add: "Ajouter ces liens",
    files_label: "Fichiers de réponses",
    files_help: "Choisissez un ou plusieurs fichiers enregistrés avec « Enregistrer dans un fichier », ou déposez-les ici.",
    own_add: "Ajouter mes propres réponses (celles de cet appareil)",
    added_title: "Les résultats ajoutés",
    remove: "Retirer",
    remove_label: "Retirer le résultat {n} ({who})",
    need_two: "Ajoutez au moins deux résultats pour les voir côte à côte.",
    back_to_questionnaire: "Retour au questionnaire",
    already_there: "Ce résultat ({origin}) est déjà dans la liste.",
    too_many: "Cet écran rassemble au plus {max} résultats.",
    added: "Résultats ajoutés : {n}.",
    removed: "Résultat retiré ({origin}).",
    link_other_version: "Un lien n'a pas été ajouté : il a été créé avec une autre version du questionnaire. Demandez à son auteur un nouveau lien.",
    link_refused: "Un lien n'a pas été ajouté : il est incomplet (coupé dans un message, par exemple) ou a été modifié. Vérifiez que vous l'avez copié en entier.",
    file_refused: "Le fichier « {file} » n'a pas été ajouté : {why}.",
    file_is_tally: "Le fichier « {file} » n'a pas été ajouté : c'est le relevé d'un kiosque, avec les résultats de toute une salle. Ouvrez-le dans l'espace animateur d'un kiosque, avec « Ajouter le relevé d'un autre kiosque ».",
    from_file: "fichier {file}",
    from_link: "lien",
    from_own: "vos réponses",
    back_to_kiosk: "Retour au kiosque",
    roles_title: "Comment chaque rôle voit les choses",
    roles_caption: "Le niveau que voit chaque rôle, dimension par dimension, et celui de toute la salle",
    evolution_title: "Ce qui a changé depuis votre résultat d'avant",
    evolution_intro: "Le même questionnaire, à deux moments (l'an dernier et aujourd'hui, par exemple) : dimension par dimension, le niveau d'avant, celui d'aujourd'hui, et ce qui a bougé. Un changement de niveau décrit d'autres façons de travailler ensemble : ce n'est pas une note.",
    evolution_caption: "Le niveau d'avant et celui d'aujourd'hui, dimension par dimension",
    before_column: "Avant",
    now_column: "Aujourd'hui",
    change_column: "Ce qui a bougé",
    moved: "De {from} à {to}",
    same_level: "Même niveau",
    not_comparable: "Pas comparable : pas de niveau l'une des deux fois",
    other_role: "Les deux résultats n'ont pas été donnés pour le même rôle ({before}, puis {now}) : les questions n'étaient pas toutes les mêmes.",
    answers_changed_title: "Les réponses qui ont changé",
    answers_changed_none: "Aucune réponse n'a changé sur les questions posées les deux fois.",
    answer_before: "Avant :",
    answer_now: "Aujourd'hui :",
    evolution_link: "Comparer avec un résultat d'avant",
    evolution_before_label: "Votre résultat d'avant",
    evolution_before_help: "Collez son lien de partage, ou choisissez le fichier enregistré à l'époque.",
    evolution_now_label: "Votre résultat d'aujourd'hui",
    evolution_now_own: "Vos réponses sur cet appareil",
    evolution_now_help: "Vos réponses sur cet appareil sont prises d'office ; vous pouvez aussi coller un lien ou choisir un fichier.",
    evolution_use: "Lire ce lien",
    link_label_one: "Lien de partage",
    file_label_one: "Ou le fichier de réponses",
    evolution_need: "Donnez les deux résultats pour voir ce qui a changé.",
    roles_intro: "Chaque colonne réunit les personnes d'un même rôle ; son niveau est calculé à partir de tout ce que ces personnes savent ensemble. La colonne « Tous ensemble » réunit toute la salle. Attention : les personnes ont pu répondre pour des partenariats différents. Ce tableau montre des regards, pas un seul partenariat.",
    code_choose_title: "Préparer le kiosque : choisir le code de l'espace animateur",
    code_title: "Espace animateur",
    code_choose_intro: "Ce code ouvrira l'espace animateur : le relevé des réponses de la salle. Ne le donnez pas aux participants. L'appareil ne garde pas le code lui-même, seulement de quoi le vérifier : notez-le bien, il ne pourra pas vous être rappelé.",
    code_intro: "Cette page est réservée à l'animateur de la séance. Tapez le code choisi lors de la préparation du kiosque.",
    code_new_label: "Nouveau code (4 caractères au moins)",
    code_label: "Code de l'animateur",
    code_again_label: "Le même code, une seconde fois",
    code_choose_button: "Enregistrer le code",
    code_button: "Ouvrir",
    code_short: "Le code doit compter au moins {n} caractères.",
    code_mismatch: "Les deux codes ne sont pas les mêmes.",
    code_wrong: "Ce n'est pas le bon code.",
    storage_refused: "Ce navigateur refuse d'enregistrer sur l'appareil : rien n'a été gardé.",
    facilitator_title: "La salle : ce que les participants ont répondu",
    skipped: "Lignes du relevé illisibles, non comptées : {n}.",
    tally_title: "Le relevé de ce kiosque",
    tally_intro: "Pour chaque personne arrivée au résultat, le relevé garde sur cet appareil : ses réponses, son rôle et le type de partenariat (s'ils ont été donnés), le jour, et un numéro tiré au hasard qui évite de la compter deux fois. Aucun nom, aucune heure. Le relevé reste sur l'appareil jusqu'à ce que vous l'effaciez.",
    export_json: "Exporter le relevé (JSON)",
    export_csv: "Exporter pour un tableur (CSV)",
    import_label: "Ajouter le relevé d'un autre kiosque",
    import_help: "Choisissez les fichiers JSON exportés par les autres kiosques : une personne déjà comptée ne l'est pas deux fois.",
    clear: "Effacer le relevé",
    clear_confirm: "Effacer le relevé de ce kiosque (personnes comptées : {n}) ? Exportez-le d'abord si vous voulez le garder.",
    clear_yes: "Oui, effacer le relevé",
    clear_no: "Annuler",
    cleared: "Le relevé de ce kiosque est effacé.",
    merged: "« {file} » ajouté. Nouvelles personnes : {added}. Déjà comptées : {known}.",
    tally_refused: "« {file} » n'a pas été ajouté : {why}",
    tally_too_large: "le fichier est trop grand pour un relevé.",
    tally_not_a_tally: "ce n'est pas un relevé de kiosque de cet outil.",
    tally_other_version: "c'est un relevé d'une autre version de l'outil (version {v}).",
    tally_bad_entry: "la ligne n° {n} du fichier est illisible ou a été modifiée ; aucune personne de ce fichier n'a été ajoutée.",
};

pub const EN: Words = Words {
    together_title: "Your partnership as its partners see it",
    together_intro: "Each column shows where one partner (or a group of partners in the same role) places the partnership. The “All together” column places it from everything the partners know together.",
    rule: "the “All together” column counts once each question asked of at least one partner, at the mean level of the answers given. A question nobody could answer does not count against the partnership. So “All together” can give a level where each partner alone did not have enough answers. It is the same rule as for one person.",
    vision: "“‘Sharing the vision’ (the ontology) is not necessarily having made it explicit.”",
    vision_source: "Source in the talk: Box 3, the Valenciennes Métropole example (annotation). In the talk, an “ontology” is how action is conceived: a way of caring (values) combined with a way of acting over time (Part 1, “Ontologies and public action policies”).",
    table_caption: "Where each partner places the partnership, dimension by dimension, and the level seen all together",
    together_column: "All together",
    overall_row: "Overall level",
    not_enough: "Not enough answers",
    not_known: "Does not know",
    not_applicable: "Does not apply",
    not_asked: "No question for this role",
    discuss_title: "Points to discuss",
    discuss_intro: "The tool's suggestion: start the discussion with these dimensions, where the partners do not place the partnership at the same level. The widest gaps come first, with the questions where the answers differ.",
    discuss_none: "No gap to report. Note: a dimension is compared only if at least two columns placed it.",
    discuss_row: "{dim}: {levels}.",
    discuss_items: "The questions where the answers differ:",
    nobody_title: "What nobody knows",
    nobody_intro: "These questions were asked of at least one partner, and none described a practice (“I don't know” or no answer).",
    one_role_title: "What only one role knows",
    one_role_intro: "For these questions, only partners of one role described how things go: the others chose no answer, or were not asked. The tool's suggestion: this role can tell the others about this part of the partnership.",
    no_role: "No role",
    tool_label: "The tool's suggestion: ",
    respondents_one: "1 person answered.",
    respondents: "{n} people answered.",
    room_title: "The answers in figures",
    spread_title: "How many people at each overall level",
    distribution_title: "Each dimension",
    distribution_caption: "How many people place each dimension at each level",
    other_column: "No level",
    risks_title: "The risks raised most often",
    risks_none: "No answer raises a risk.",
    tensions_title: "What the tensions become",
    tensions_none: "Nobody answered the questions on tensions.",
    unknown_title: "What people most often did not know",
    unknown_none: "Nobody answered “I don't know”.",
    times: "{n} times",
    dont_know: "I don't know",
    gather_title: "Gather the partners' results",
    gather_intro: "Gather here the results of the partners of one partnership: the school, the city, the social worker, the parents… Each answers the questionnaire on their own, then gives you their share link or answers file.",
    gather_private: "Everything stays in this browser: links and files are read here, nothing is sent to a server.",
    link_label: "Share links",
    link_help: "Paste one link per line (the whole link, as it was sent to you).",
    link_add: "Add these links",
    files_label: "Answers files",
    files_help: "Choose one or more files saved with “Save to a file”, or drop them here.",
    own_add: "Add my own answers (those on this device)",
    added_title: "The results added",
    remove: "Remove",
    remove_label: "Remove result {n} ({who})",
    need_two: "Add at least two results to see them side by side.",
    back_to_questionnaire: "Back to the questionnaire",
    already_there: "This result ({origin}) is already in the list.",
    too_many: "This screen gathers at most {max} results.",
    added: "Results added: {n}.",
    removed: "Result removed ({origin}).",
    link_other_version: "A link was not added: it was made with another version of the questionnaire. Ask its author for a new link.",
    link_refused: "A link was not added: it is incomplete (cut in a message, for example) or was changed. Check that you copied all of it.",
    file_refused: "The file “{file}” was not added: {why}.",
    file_is_tally: "The file “{file}” was not added: it is a kiosk's tally, with the results of a whole room. Open it in a kiosk's facilitator's area, with “Add another kiosk's tally”.",
    from_file: "file {file}",
    from_link: "link",
    from_own: "your answers",
    back_to_kiosk: "Back to the kiosk",
    roles_title: "How each role sees things",
    roles_caption: "The level each role sees, dimension by dimension, and that of the whole room",
    evolution_title: "What changed since your earlier result",
    evolution_intro: "The same questionnaire at two moments (last year and today, for example): dimension by dimension, the level before, the level today, and what moved. A change of level describes other ways of working together: it is not a mark.",
    evolution_caption: "The level before and the level today, dimension by dimension",
    before_column: "Before",
    now_column: "Today",
    change_column: "What moved",
    moved: "From {from} to {to}",
    same_level: "Same level",
    not_comparable: "Not comparable: no level at one of the two times",
    other_role: "The two results were not given for the same role ({before}, then {now}): the questions were not all the same.",
    answers_changed_title: "The answers that changed",
    answers_changed_none: "No answer changed on the questions asked both times.",
    answer_before: "Before:",
    answer_now: "Today:",
    evolution_link: "Compare with an earlier result",
    evolution_before_label: "Your earlier result",
    evolution_before_help: "Paste its share link, or choose the file saved at the time.",
    evolution_now_label: "Your result today",
    evolution_now_own: "Your answers on this device",
    evolution_now_help: "Your answers on this device are taken by default; you can also paste a link or choose a file.",
    evolution_use: "Read this link",
    link_label_one: "Share link",
    file_label_one: "Or the answers file",
    evolution_need: "Give both results to see what changed.",
    roles_intro: "Each column gathers the people of one role; its level is worked out from everything these people know together. The “All together” column gathers the whole room. Note: people may have answered for different partnerships. This table shows views, not one partnership.",
    code_choose_title: "Set up the kiosk: choose the facilitator's code",
    code_title: "Facilitator's area",
    code_choose_intro: "This code will open the facilitator's view: the tally of the room's answers. Participants must not know it. It is not kept in clear on the device.",
    code_intro: "This page is for the session's facilitator. Give the code chosen when the kiosk was set up.",
    code_new_label: "New code (at least 4 characters)",
    code_label: "Facilitator's code",
    code_again_label: "The same code, once more",
    code_choose_button: "Save the code",
    code_button: "Open",
    code_short: "The code must have at least {n} characters.",
    code_mismatch: "The two codes are not the same.",
    code_wrong: "This is not the right code.",
    storage_refused: "This browser refuses to save on the device: nothing was kept.",
    facilitator_title: "The room: what the participants answered",
    skipped: "Unreadable tally lines, not counted: {n}.",
    tally_title: "This kiosk's tally",
    tally_intro: "For each person who reached the result, the tally keeps on this device: their answers, their role and the kind of partnership (if given), the day, and a number drawn at random so that nobody is counted twice. No name, no time. The tally stays on the device until you clear it.",
    export_json: "Export the tally (JSON)",
    export_csv: "Export for a spreadsheet (CSV)",
    import_label: "Add another kiosk's tally",
    import_help: "Choose the JSON files exported by the other kiosks: a person already counted is not counted twice.",
    clear: "Clear the tally",
    clear_confirm: "Clear this kiosk's tally (people counted: {n})? Export it first if you want to keep it.",
    clear_yes: "Yes, clear the tally",
    clear_no: "Cancel",
    cleared: "This kiosk's tally is cleared.",
    merged: "“{file}” added. New people: {added}. Already counted: {known}.",
    tally_refused: "“{file}” was not added: {why}",
    tally_too_large: "the file is too large for a tally.",
    tally_not_a_tally: "it is not a kiosk tally of this tool.",
    tally_other_version: "it is a tally of another version of the tool (version {v}).",
    tally_bad_entry: "line {n} of the file is unreadable or was changed; nobody from this file was added.",
};

pub fn words(language: Language) -> &'static Words {
    match language {
        Language::Fr => &FR,
        Language::En => &EN,
    }
}

/// One column: a partner, or a group of partners.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    /// The role, or “Sans rôle”; for a group, with how many.
    pub label: String,
    /// What else is known of it (the kind of partnership, the name, where it came from).
    pub detail: String,
}

/// A place in a cell, in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    /// `minimal`, `intermediaire`, `maximal`, `pas-assez`, `inconnu`, `sans-objet`, `non-demande`.
    pub level_id: &'static str,
    pub words: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TogetherRow {
    /// `ensemble`, or the dimension's id.
    pub id: &'static str,
    pub title: String,
    pub cells: Vec<Cell>,
    pub together: Cell,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiscussRow {
    pub dimension: Dimension,
    /// The dimension and who sees which level.
    pub summary: String,
    pub questions: Vec<String>,
}

/// The partners side by side, the combined picture, what to discuss, what is known by whom.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TogetherView {
    pub title: String,
    pub intro: String,
    pub rule: String,
    pub vision: String,
    pub vision_source: String,
    pub caption: String,
    pub columns: Vec<Column>,
    pub together_column: String,
    pub rows: Vec<TogetherRow>,
    pub discuss_title: String,
    pub discuss_intro: String,
    pub discuss: Vec<DiscussRow>,
    pub discuss_none: Option<String>,
    pub discuss_items: String,
    pub nobody_title: String,
    pub nobody_intro: String,
    pub nobody: Vec<String>,
    pub one_role_title: String,
    pub one_role_intro: String,
    /// The question, and the role that alone described it.
    pub one_role: Vec<(String, String)>,
}

fn role_name(c: &Content, w: &Words, role: Option<Role>) -> String {
    role.and_then(|r| c.roles.get(&r)).map(|r| r.name.clone()).unwrap_or_else(|| w.no_role.to_string())
}

/// The name of a kind of partnership, in the content's words.
pub fn kind_name(c: &Content, kind: Option<PartnershipKind>) -> Option<String> {
    kind.and_then(|k| c.kinds.get(&k)).cloned()
}

fn cell(c: &Content, w: &Words, p: Placement) -> Cell {
    match p {
        Placement::Placed { level, .. } => Cell { level_id: level.id(), words: c.levels[&level].name.clone() },
        Placement::NotEnough => Cell { level_id: "pas-assez", words: w.not_enough.to_string() },
        Placement::NotKnown => Cell { level_id: "inconnu", words: w.not_known.to_string() },
        Placement::NotApplicable => Cell { level_id: "sans-objet", words: w.not_applicable.to_string() },
        Placement::NotAsked => Cell { level_id: "non-demande", words: w.not_asked.to_string() },
    }
}

fn question(q: &Questionnaire, item: usize) -> String {
    q.item(item).map(|i| super::model::plain_text(&i.question)).unwrap_or_default()
}

fn fill(template: &str, key: &str, value: &str) -> String {
    template.replace(&format!("{{{key}}}"), value)
}

fn view(q: &Questionnaire, columns: Vec<Column>, combined: &Combined) -> TogetherView {
    let c = &q.content;
    let w = words(c.language);
    let mut rows = vec![TogetherRow {
        id: "ensemble",
        title: w.overall_row.to_string(),
        cells: combined.partners.iter().map(|(_, o)| cell(c, w, o.placement)).collect(),
        together: cell(c, w, combined.overall.placement),
    }];
    for (k, d) in Dimension::ALL.iter().enumerate() {
        rows.push(TogetherRow {
            id: d.id(),
            title: c.dimension_title(*d, false).to_string(),
            cells: combined.partners.iter().map(|(dims, _)| cell(c, w, dims[k])).collect(),
            together: cell(c, w, combined.dimensions[k]),
        });
    }
    let discuss: Vec<DiscussRow> = combined
        .to_discuss
        .iter()
        .map(|v| {
            let k = v.dimension.index();
            let mut by_level: Vec<String> = Vec::new();
            for level in Level::ALL {
                let who: Vec<&str> = combined
                    .partners
                    .iter()
                    .zip(&columns)
                    .filter(|((dims, _), _)| dims[k].level() == Some(*level))
                    .map(|(_, col)| col.label.as_str())
                    .collect();
                if !who.is_empty() {
                    by_level.push(format!("{} ({})", c.levels[level].name, who.join(", ")));
                }
            }
            DiscussRow {
                dimension: v.dimension,
                summary: fill(&fill(w.discuss_row, "dim", c.dimension_title(v.dimension, false)), "levels", &by_level.join(" ; ")),
                questions: v.items.iter().map(|i| question(q, *i)).collect(),
            }
        })
        .collect();
    TogetherView {
        title: w.together_title.to_string(),
        intro: w.together_intro.to_string(),
        rule: format!("{}{}", w.tool_label, w.rule),
        vision: w.vision.to_string(),
        vision_source: w.vision_source.to_string(),
        caption: w.table_caption.to_string(),
        together_column: w.together_column.to_string(),
        columns,
        rows,
        discuss_title: w.discuss_title.to_string(),
        discuss_intro: w.discuss_intro.to_string(),
        discuss_none: discuss.is_empty().then(|| w.discuss_none.to_string()),
        discuss,
        discuss_items: w.discuss_items.to_string(),
        nobody_title: w.nobody_title.to_string(),
        nobody_intro: w.nobody_intro.to_string(),
        nobody: combined.nobody_knows.iter().map(|i| question(q, *i)).collect(),
        one_role_title: w.one_role_title.to_string(),
        one_role_intro: w.one_role_intro.to_string(),
        one_role: combined.one_role_knows.iter().map(|(i, r)| (question(q, *i), role_name(c, w, *r))).collect(),
    }
}

/// Partners brought one by one (links, files): a column each, labelled by role, with the kind
/// and name of the partnership and where the result came from in `detail`.
pub fn partners_view(q: &Questionnaire, partners: &[(Partner, String)]) -> TogetherView {
    let w = words(q.content.language);
    // Two partners of the same role are told apart by their place in the list (« Autre 1 »,
    // « Autre 2 »), so that « points à discuter » can name each.
    let columns = partners
        .iter()
        .enumerate()
        .map(|(k, (p, detail))| {
            let name = role_name(&q.content, w, p.role);
            let same: Vec<usize> = partners.iter().enumerate().filter(|(_, (o, _))| o.role == p.role).map(|(j, _)| j).collect();
            let label = if same.len() > 1 { format!("{name} {}", same.iter().position(|j| *j == k).unwrap_or(0) + 1) } else { name };
            Column { label, detail: detail.clone() }
        })
        .collect();
    let only: Vec<Partner> = partners.iter().map(|(p, _)| p.clone()).collect();
    let combined = combine(q, &only);
    view(q, columns, &combined)
}

/// A seminar's respondents: a column per role present (in `Role::ALL` order, no role last), each
/// placed from what that role's respondents know together.
pub fn roles_view(q: &Questionnaire, respondents: &[Partner]) -> TogetherView {
    let c = &q.content;
    let w = words(c.language);
    let roles: Vec<Option<Role>> = Role::ALL.iter().map(|r| Some(*r)).chain(std::iter::once(None)).collect();
    let mut groups = Vec::new();
    let mut columns = Vec::new();
    for role in roles {
        let members: Vec<usize> = respondents.iter().enumerate().filter(|(_, p)| p.role == role).map(|(i, _)| i).collect();
        if members.is_empty() {
            continue;
        }
        columns.push(Column { label: format!("{} ({})", role_name(c, w, role), members.len()), detail: String::new() });
        groups.push(members);
    }
    let combined = combine_groups(q, respondents, &groups);
    TogetherView { title: w.roles_title.to_string(), intro: w.roles_intro.to_string(), caption: w.roles_caption.to_string(), ..view(q, columns, &combined) }
}

/// A count beside a name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Count {
    pub name: String,
    pub count: usize,
    pub words: String,
}

/// One dimension's distribution over the levels, and those without one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Distribution {
    pub id: &'static str,
    pub title: String,
    /// By level (`Level::ALL` order), then “sans niveau”.
    pub counts: Vec<usize>,
}

/// What the facilitator shows the room, beside the roles side by side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoomView {
    pub title: String,
    pub respondents: String,
    pub count: usize,
    pub spread_title: String,
    /// Each level's name and how many people's overall level it is; last, those without one.
    pub spread: Vec<Count>,
    pub distribution_title: String,
    pub distribution_caption: String,
    /// The column heads: the levels, then “sans niveau”.
    pub heads: Vec<String>,
    pub distributions: Vec<Distribution>,
    pub risks_title: String,
    pub risks: Vec<Count>,
    pub risks_none: Option<String>,
    pub tensions_title: String,
    /// Per test, each outcome said and how often, with “je ne sais pas”.
    pub tensions: Vec<(String, Vec<Count>)>,
    pub tensions_none: Option<String>,
    pub unknown_title: String,
    /// The questions most often answered “je ne sais pas”, the most frequent first (at most 10).
    pub unknown: Vec<Count>,
    pub unknown_none: Option<String>,
}

fn counted(w: &Words, name: String, count: usize) -> Count {
    Count { words: fill(w.times, "n", &count.to_string()), name, count }
}

/// Sorted by count, highest first; ties keep their order.
fn by_count(mut counts: Vec<Count>) -> Vec<Count> {
    super::small_sort::sort_by_key(&mut counts, |c| std::cmp::Reverse(c.count));
    counts
}

/// The room's picture: how many answered, the spread on the scale, each dimension's
/// distribution, the risks and tensions most often raised, what was most often not known.
pub fn room_view(q: &Questionnaire, respondents: &[Partner]) -> RoomView {
    let c = &q.content;
    let w = words(c.language);
    let assessments: Vec<_> = respondents.iter().map(|p| assess(q, p.role, &p.responses)).collect();
    let n = respondents.len();
    let mut spread: Vec<Count> = Level::ALL
        .iter()
        .map(|l| counted(w, c.levels[l].name.clone(), assessments.iter().filter(|a| a.overall.placement.level() == Some(*l)).count()))
        .collect();
    spread.push(counted(w, w.other_column.to_string(), assessments.iter().filter(|a| a.overall.placement.level().is_none()).count()));
    let distributions = Dimension::ALL
        .iter()
        .map(|d| {
            let levels: Vec<Option<Level>> =
                assessments.iter().filter(|a| a.dimension(*d).placement != Placement::NotAsked).map(|a| a.dimension(*d).placement.level()).collect();
            let mut counts: Vec<usize> = Level::ALL.iter().map(|l| levels.iter().filter(|x| **x == Some(*l)).count()).collect();
            counts.push(levels.iter().filter(|x| x.is_none()).count());
            Distribution { id: d.id(), title: c.dimension_title(*d, false).to_string(), counts }
        })
        .collect();
    let risks = by_count(
        Risk::ALL.iter().map(|r| counted(w, c.risks[r].name.clone(), assessments.iter().filter(|a| a.raised(*r)).count())).filter(|x| x.count > 0).collect(),
    );
    let tensions: Vec<(String, Vec<Count>)> = Test::ALL
        .iter()
        .map(|t| {
            let statuses: Vec<&TensionStatus> = assessments.iter().flat_map(|a| a.tensions.iter().filter(|x| x.test == *t).map(|x| &x.status)).collect();
            let mut counts: Vec<Count> = Outcome::ALL
                .iter()
                .map(|o| {
                    counted(
                        w,
                        c.outcomes[o].name.clone(),
                        statuses.iter().filter(|s| matches!(s, TensionStatus::Answered { outcome, .. } if outcome == o)).count(),
                    )
                })
                .collect();
            counts.push(counted(w, w.dont_know.to_string(), statuses.iter().filter(|s| matches!(s, TensionStatus::DontKnow)).count()));
            (c.tests[t].name.clone(), counts.into_iter().filter(|x| x.count > 0).collect::<Vec<_>>())
        })
        .filter(|(_, counts)| !counts.is_empty())
        .collect();
    let unknown: Vec<Count> = by_count(
        q.items()
            .map(|(i, _, _)| counted(w, question(q, i), respondents.iter().filter(|p| p.responses.get(i) == Some(Choice::DontKnow)).count()))
            .filter(|x| x.count > 0)
            .collect(),
    )
    .into_iter()
    .take(10)
    .collect();
    RoomView {
        title: w.room_title.to_string(),
        respondents: if n == 1 { w.respondents_one.to_string() } else { fill(w.respondents, "n", &n.to_string()) },
        count: n,
        spread_title: w.spread_title.to_string(),
        spread,
        distribution_title: w.distribution_title.to_string(),
        distribution_caption: w.distribution_caption.to_string(),
        heads: Level::ALL.iter().map(|l| c.levels[l].name.clone()).chain(std::iter::once(w.other_column.to_string())).collect(),
        distributions,
        risks_title: w.risks_title.to_string(),
        risks_none: risks.is_empty().then(|| w.risks_none.to_string()),
        risks,
        tensions_title: w.tensions_title.to_string(),
        tensions_none: tensions.is_empty().then(|| w.tensions_none.to_string()),
        tensions,
        unknown_title: w.unknown_title.to_string(),
        unknown_none: unknown.is_empty().then(|| w.unknown_none.to_string()),
        unknown,
    }
}

/// One row of the evolution: a dimension (or the overall level) before and now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangeRow {
    /// `ensemble`, or the dimension's id.
    pub id: &'static str,
    pub title: String,
    pub before: Cell,
    pub now: Cell,
    /// `monte`, `descend`, `meme` or `incomparable`: the level's move on the scale, no judgement.
    pub moved_id: &'static str,
    pub moved: String,
}

/// A question asked both times whose answer changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerChange {
    pub question: String,
    pub before: String,
    pub now: String,
}

/// What moved between an earlier result and today's, dimension by dimension.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EvolutionView {
    pub title: String,
    pub intro: String,
    pub caption: String,
    pub heads: [String; 3],
    pub rows: Vec<ChangeRow>,
    /// Said when the two results were given for different roles.
    pub other_role: Option<String>,
    pub answers_title: String,
    pub answers: Vec<AnswerChange>,
    pub answers_none: Option<String>,
    pub answer_before: String,
    pub answer_now: String,
}

/// The words of an answer as given (its practices, « je ne sais pas », « ne s'applique pas »).
fn answer_words(q: &Questionnaire, item: usize, choice: Choice) -> String {
    let c = &q.content;
    match choice {
        Choice::DontKnow => c.texts.dont_know.clone(),
        Choice::NotApplicable => c.texts.not_applicable.clone(),
        Choice::Picked(p) => q
            .item(item)
            .map(|it| p.iter().filter_map(|k| it.answers.get(k)).map(|a| super::model::plain_text(&a.text)).collect::<Vec<_>>().join(" ; "))
            .unwrap_or_default(),
    }
}

/// An earlier result beside today's: each dimension's level then and now and how it moved on the
/// scale (said as a move, never as progress: the levels are configurations, not grades), and the
/// questions asked both times whose answer changed.
pub fn evolution_view(q: &Questionnaire, before: &Partner, now: &Partner) -> EvolutionView {
    let c = &q.content;
    let w = words(c.language);
    let (a, b) = (assess(q, before.role, &before.responses), assess(q, now.role, &now.responses));
    let row = |id: &'static str, title: String, p: Placement, n: Placement| {
        let (moved_id, moved) = match (p.level(), n.level()) {
            (Some(x), Some(y)) if x == y => ("meme", w.same_level.to_string()),
            (Some(x), Some(y)) => (
                if y.index() > x.index() { "monte" } else { "descend" },
                fill(&fill(w.moved, "from", &c.levels[&x].name.to_ascii_lowercase()), "to", &c.levels[&y].name.to_ascii_lowercase()),
            ),
            _ => ("incomparable", w.not_comparable.to_string()),
        };
        ChangeRow { id, title, before: cell(c, w, p), now: cell(c, w, n), moved_id, moved }
    };
    let mut rows = vec![row("ensemble", w.overall_row.to_string(), a.overall.placement, b.overall.placement)];
    for (x, y) in a.dimensions.iter().zip(&b.dimensions) {
        if x.placement == Placement::NotAsked && y.placement == Placement::NotAsked {
            continue;
        }
        rows.push(row(x.dimension.id(), c.dimension_title(x.dimension, false).to_string(), x.placement, y.placement));
    }
    let answers: Vec<AnswerChange> = q
        .items()
        .filter(|(i, _, _)| q.on_path(before.role, *i) && q.on_path(now.role, *i))
        .filter_map(|(i, _, _)| match (before.responses.get(i), now.responses.get(i)) {
            (Some(x), Some(y)) if x != y => Some(AnswerChange { question: question(q, i), before: answer_words(q, i, x), now: answer_words(q, i, y) }),
            _ => None,
        })
        .collect();
    EvolutionView {
        title: w.evolution_title.to_string(),
        intro: w.evolution_intro.to_string(),
        caption: w.evolution_caption.to_string(),
        heads: [w.before_column.to_string(), w.now_column.to_string(), w.change_column.to_string()],
        rows,
        other_role: (before.role != now.role).then(|| fill(&fill(w.other_role, "before", &role_name(c, w, before.role)), "now", &role_name(c, w, now.role))),
        answers_title: w.answers_changed_title.to_string(),
        answers_none: answers.is_empty().then(|| w.answers_changed_none.to_string()),
        answers,
        answer_before: w.answer_before.to_string(),
        answer_now: w.answer_now.to_string(),
    }
}
