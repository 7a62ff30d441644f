//! The interface's own words (buttons, headings, notices, the result's framing) in each language; the questionnaire's words live in `content/`.

use super::Language;

/// Defines `Ui` with one `&'static str` per field, and its view as the list of its strings in
/// field order (for the tests that compare the two languages, and to install English fetched
/// at run time).
macro_rules! interface_strings {
    ($($field:ident),* $(,)?) => {
        /// Every string of the interface that is not questionnaire content.
        #[derive(Debug)]
        #[repr(C)]
        pub struct Ui {
            $(pub $field: &'static str,)*
        }

        /// How many strings the interface has.
        pub const STRINGS: usize = [$(stringify!($field)),*].len();
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
    path_summary,
    partnership_more,
    kind_legend,
    partnership_label,
    partnership_help,
    back,
    next,
    to_review,
    step_of,
    remaining,
    question,
    source,
    terms,
    review_title,
    review_intro,
    review_no_answer,
    review_change,
    review_change_which,
    review_summary,
    see_result,
    back_to_result,
    back_to_review,
    result_title,
    result_for,
    result_kind,
    result_role,
    result_no_role,
    overall,
    not_enough,
    not_enough_overall,
    dimension_not_applicable,
    dimension_not_asked,
    counts,
    counts_dk,
    counts_na,
    counts_open,
    dimensions_title,
    chart_caption,
    chart_overall,
    chart_holds_back,
    chart_mean,
    chart_legend,
    capped,
    capped_plain,
    not_known,
    not_known_overall,
    not_known_overall_plain,
    dimension_not_known,
    not_seen_plain,
    overall_plain,
    about_level,
    about_level_plain,
    dimensions_title_plain,
    advice_note,
    review_intro_plain,
    parent_path,
    not_applicable_overall,
    list_sep,
    spread_differ,
    spread_close,
    directions_title,
    toward_intermediaire,
    toward_maximal,
    toward_plain,
    to_try,
    today,
    readings_title,
    readings_title_plain,
    readings_intro,
    reading_care,
    reading_conception,
    reading_threshold,
    reading_method,
    reading_form,
    reading_care_plain,
    reading_conception_plain,
    reading_threshold_plain,
    reading_hybrid,
    tensions_title,
    tension_unknown,
    risks_title,
    risks_title_plain,
    risks_none,
    risks_none_plain,
    raised_by,
    unknowns_title,
    unknowns_title_plain,
    case_title,
    case_title_other,
    case_same_level,
    case_shared,
    case_near,
    case_far,
    case_other_level,
    advice_label,
    colon,
    quoted,
    export,
    print,
    printed_on,
    answers_title,
    edit,
    restart,
    restart_confirm,
    restart_yes,
    file_name,
    clear,
    clear_confirm,
    clear_yes,
    clear_no,
    dismiss,
    notice_unreadable,
    notice_other_version,
    notice_migrated,
    notice_migrated_none,
    notice_cleared,
    notice_imported,
    notice_saved,
    notice_resumed,
    notice_import_refused,
    notice_storage,
    notice_language,
    notice_link_refused,
    notice_link_other_version,
    notice_link_taken,
    notice_link_copied,
    notice_link_copy_by_hand,
    share_title,
    share_text,
    share_label,
    share_copy,
    shared_title,
    shared_intro,
    shared_take,
    shared_take_replaces,
    shared_close,
    json_end,
    json_character,
    json_word,
    json_deep,
    json_key,
    json_colon,
    json_comma_bracket,
    json_comma_brace,
    json_duplicate,
    json_members,
    json_number,
    json_escape,
    json_surrogate,
    json_unterminated,
    json_control,
    json_trailing,
    file_unreadable,
    file_too_large,
    file_utf16,
    file_not_utf8,
    file_not_json,
    file_not_answers,
    file_other_version,
    file_version,
    file_unknown_field,
    file_not_text,
    file_unknown_word,
    file_profile,
    file_answers,
    file_answer,
    file_unknown_item,
    file_unknown_answer,
    file_not_several,
    file_name_too_long,
    footer,
    crash_title,
    crash_text,
    crash_reload,
    crash_reset,
    together_link,
    together_help,
);

pub const FR: Ui = Ui {
    skip_link: "Aller au contenu",
    duration: "De {min} à {max} minutes selon votre rôle : vous ne recevez que les questions qui vous concernent.",
    stays_here: "Vos réponses restent sur cet appareil : rien n'est envoyé, aucun compte n'est nécessaire.",
    no_account: "Vous pouvez vous arrêter et reprendre plus tard : vos réponses sont gardées dans ce navigateur.",
    no_grade: "Le résultat situe votre partenariat ; il ne le note pas.",
    start: "Commencer",
    resume: "Reprendre là où vous en étiez",
    import_label: "Ouvrir un fichier de réponses enregistré",
    import_help: "Le fichier .json où vous avez enregistré vos réponses avec le bouton « Enregistrer mes réponses dans un fichier », à la fin du résultat.",
    profile_title: "Qui répond ?",
    profile_intro: "Votre rôle choisit les questions : chacun ne reçoit que celles qu'il peut connaître. Il ne compte pas dans le calcul.",
    role_legend: "Vous répondez en tant que :",
    role_none: "Si vous ne choisissez pas de rôle, vous recevrez toutes les questions des professionnels.",
    path_summary: "Pour vous : {n} questions, environ {m} minutes.",
    partnership_more: "Préciser le partenariat (facultatif)",
    kind_legend: "De quel partenariat parlez-vous ?",
    partnership_label: "Nom du partenariat (facultatif)",
    partnership_help: "Par exemple : « PRE de Longuenesse » ou « Cité éducative des Hauts ».",
    back: "Précédent",
    next: "Suivant",
    to_review: "Vérifier mes réponses",
    step_of: "Étape {n} sur {total}",
    remaining: "Encore environ {m} min",
    question: "Question {n} sur {total}",
    source: "Source dans l'intervention :",
    terms: "Mots expliqués :",
    review_title: "Vérifier vos réponses",
    review_intro: "Une dimension reçoit un niveau quand vous avez choisi une pratique pour au moins la moitié des questions qui la situent, sans compter « je ne sais pas » ni « ne s'applique pas ». Ces deux réponses n'empêchent donc pas d'avoir un résultat : « je ne sais pas » apparaîtra dans « Ce que vous ne savez pas de vos partenaires » ; « ne s'applique pas » retire simplement la question.",
    review_no_answer: "Pas de réponse",
    review_change: "Modifier",
    review_change_which: "la réponse à la question {n}",
    review_summary: "Questions avec une réponse (« je ne sais pas » compris) : {n} sur {total}",
    see_result: "Voir le résultat",
    back_to_result: "Revenir au résultat",
    back_to_review: "Revenir à mes réponses",
    result_title: "Votre résultat",
    result_for: "Partenariat : {name}",
    result_kind: "Type de partenariat : {kind}",
    result_role: "Réponses données en tant que : {role}",
    result_no_role: "Réponses données sans préciser de rôle (toutes les questions des professionnels).",
    overall: "Niveau d'ensemble :",
    not_enough: "Pas assez de réponses",
    not_enough_overall: "Pour situer le partenariat dans son ensemble, il faut un niveau dans au moins la moitié des dimensions qui vous concernent. Les questions ci-dessous le permettraient.",
    dimension_not_applicable: "Ne s'applique pas",
    dimension_not_asked: "Pas de question pour votre rôle",
    counts: "Pratiques décrites : {known} sur {asked}",
    counts_dk: "« je ne sais pas » : {n}",
    counts_na: "« ne s'applique pas » : {n}",
    counts_open: "sans réponse : {n}",
    dimensions_title: "Détail par dimension",
    chart_caption: "Dans l'ensemble et par dimension",
    chart_overall: "Niveau d'ensemble",
    chart_holds_back: "C'est pourquoi le niveau d'ensemble est intermédiaire.",
    chart_mean: "Sur la ligne « Niveau d'ensemble », le petit trait marque la moyenne de vos dimensions, et la bande foncée le niveau retenu.",
    chart_legend: "Sur chaque ligne, le petit trait situe vos réponses et la bande foncée donne le niveau.",
    capped: "En moyenne, vos dimensions sont au niveau maximal, mais « {dim} » est au niveau minimal. L'outil retient donc le niveau intermédiaire pour l'ensemble : il lit la co-construction comme le travail de tout le dispositif, puisque, selon l'intervention, « la charge de l'innovation repose sur le dispositif, non sur ses composantes ».",
    capped_plain: "Le plus souvent, vos réponses disent « {high} », mais pour « {dim} », elles disent « {low} ». Dans l'ensemble, le résultat est donc « {level} ».",
    not_known: "Vous ne savez pas",
    not_known_overall: "Vous avez répondu « je ne sais pas » aux questions qui situent le partenariat. C'est un résultat en soi : ce sont des questions à poser à vos partenaires.",
    not_known_overall_plain: "Vous ne voyez pas tout ce que font les professionnels : c'est normal. Vous pouvez poser ces questions à la personne qui suit votre enfant.",
    dimension_not_known: "Vous ne savez pas",
    not_seen_plain: "Vous ne l'avez pas vu",
    overall_plain: "Dans l'ensemble :",
    about_level: "Ce que l'intervention dit de ce niveau",
    about_level_plain: "Ce que cela veut dire",
    dimensions_title_plain: "Partie par partie",
    advice_note: "Les passages marqués « Piste de l'outil » sont des suggestions de cet outil ; le reste rapporte ce que dit l'intervention, avec sa source.",
    review_intro_plain: "Vous pouvez encore changer vos réponses. « Je ne sais pas » est une vraie réponse.",
    parent_path: "Vous êtes parent ? {n} questions simples sur les personnes qui aident votre enfant, environ {m} minutes.",
    not_applicable_overall: "Vous avez indiqué que les questions qui situent le partenariat ne s'appliquent pas à votre situation : il n'y a pas de niveau à donner. Le reste du résultat reste valable.",
    list_sep: " ; ",
    spread_differ: "Votre partenariat n'est pas au même niveau partout : « {high} » est au niveau {high_level}, « {low} » au niveau {low_level}.",
    spread_close: "Vos dimensions sont au même niveau.",
    directions_title: "D'autres façons de faire, si vous le souhaitez",
    toward_intermediaire: "Pour aller vers la mise en commun",
    toward_maximal: "Pour aller vers la co-construction",
    toward_plain: "Ailleurs, cela peut se passer ainsi :",
    to_try: "À essayer :",
    today: "Aujourd'hui :",
    readings_title: "Ce que vos réponses révèlent",
    readings_title_plain: "Ce que vous avez dit",
    readings_intro: "L'intervention propose des outils pour aller « au-delà des propos incantatoires sur le partenariat ». Ce sont des lectures à combiner, pas des notes : elles ne changent pas le niveau.",
    reading_care: "Valeurs du soin",
    reading_conception: "Conception de l'action dans la durée",
    reading_threshold: "Seuil de l'action publique",
    reading_method: "Méthode",
    reading_form: "Ce qui vous relie",
    reading_care_plain: "Ce qui vous aide",
    reading_conception_plain: "Comment l'aide s'est construite",
    reading_threshold_plain: "Ce qu'on attend de vous",
    reading_hybrid: "Hybride :",
    tensions_title: "Tensions : épreuves ou arrangements",
    tension_unknown: "Vous ne savez pas",
    risks_title: "Risques à surveiller",
    risks_title_plain: "À surveiller",
    risks_none: "Aucune de vos réponses ne signale l'un des risques que nomme l'intervention.",
    risks_none_plain: "Rien de particulier à surveiller dans vos réponses.",
    raised_by: "Signalé par votre réponse à :",
    unknowns_title: "Ce que vous ne savez pas de vos partenaires",
    unknowns_title_plain: "Ce que vous ne savez pas",
    case_title: "Le cas de l'intervention le plus proche du vôtre",
    case_title_other: "Le cas de l'intervention le moins éloigné du vôtre",
    case_same_level: "même niveau",
    case_shared: "même lecture : {value}",
    case_near: "dimensions proches : {dims}",
    case_far: "Votre partenariat reste assez éloigné des trois cas : ce rapprochement n'est qu'indicatif.",
    case_other_level: "Ce cas est au niveau {level}, votre partenariat non : il montre une autre façon de travailler, ni meilleure ni moins bonne.",
    advice_label: "Piste de l'outil :",
    colon: " : ",
    quoted: "« {text} »",
    export: "Enregistrer mes réponses dans un fichier (.json)",
    print: "Imprimer",
    printed_on: "Résultat établi le {date}",
    answers_title: "Vos réponses",
    edit: "Modifier mes réponses",
    restart: "Recommencer avec un questionnaire vide",
    restart_confirm: "Recommencer avec un questionnaire vide ? Vos réponses et votre profil seront effacés de cet appareil. Enregistrez-les d'abord dans un fichier si vous voulez les garder.",
    restart_yes: "Oui, tout effacer et recommencer",
    file_name: "partenariat-reponses",
    clear: "Effacer mes réponses",
    clear_confirm: "Effacer toutes vos réponses et votre profil de cet appareil ? Cette action est définitive.",
    clear_yes: "Oui, tout effacer",
    clear_no: "Annuler",
    dismiss: "Fermer ce message",
    notice_unreadable: "Vos réponses enregistrées n'ont pas pu être relues (elles étaient abîmées). Vous repartez d'un questionnaire vide.",
    notice_other_version: "Vos réponses enregistrées viennent d'une autre version de l'outil et ne peuvent pas être reprises. Vous repartez d'un questionnaire vide.",
    notice_migrated: "Le questionnaire a changé depuis vos dernières réponses. {kept} réponses ont été reprises. Répondez de nouveau à ces questions : {items}.",
    notice_migrated_none: "Le questionnaire a changé depuis vos dernières réponses. {kept} réponses ont été reprises ; les autres portaient sur des questions qui ne sont plus posées.",
    notice_cleared: "Vos réponses ont été effacées de cet appareil.",
    notice_imported: "Le fichier a été importé. Vérifiez vos réponses avant de voir le résultat.",
    notice_saved: "Vos réponses sont enregistrées dans le fichier « {file} », dans vos téléchargements. Pour les reprendre, ouvrez-le depuis l'accueil avec « Ouvrir un fichier de réponses enregistré ».",
    notice_resumed: "Vous reprenez à la première question sans réponse.",
    notice_import_refused: "Ce fichier n'a pas été importé, et vos réponses n'ont pas changé : {why}.",
    notice_storage: "Ce navigateur ne peut pas garder vos réponses sur cet appareil (navigation privée, cookies refusés dans ses réglages, mémoire pleine, ou questionnaire affiché à l'intérieur d'un autre site). Vous pouvez continuer, mais vos réponses seront perdues si vous fermez ou rechargez la page. Pour les garder, utilisez le bouton « Enregistrer mes réponses dans un fichier (.json) », à la fin du résultat.",
    notice_language: "La version anglaise n'a pas pu être chargée. Vos réponses sont intactes ; vous pouvez réessayer plus tard.",
    notice_link_refused: "Ce lien de partage n'a pas pu être lu : il est incomplet (coupé en deux dans un message, par exemple) ou a été modifié. Vérifiez que vous l'avez copié en entier, ou demandez à la personne qui vous l'a envoyé de vous le renvoyer. Vos propres réponses n'ont pas changé.",
    notice_link_other_version: "Ce lien de partage a été créé avec une autre version du questionnaire : il ne peut pas être lu ici. Demandez à la personne qui vous l'a envoyé d'ouvrir de nouveau le questionnaire et de vous envoyer un nouveau lien. Vos propres réponses n'ont pas changé.",
    notice_link_taken: "Les réponses du lien de partage sont maintenant les vôtres sur cet appareil. Vérifiez-les avant de voir le résultat.",
    notice_link_copied: "Le lien est copié. Vous pouvez le coller dans un courriel ou un message.",
    notice_link_copy_by_hand: "Le lien n'a pas pu être copié automatiquement ; il est sélectionné dans le champ « Lien de partage ». Copiez-le avec Ctrl+C (⌘+C sur Mac) ; sur un téléphone, appuyez longtemps sur le lien, puis choisissez « Copier ».",
    share_title: "Partager ce résultat",
    share_text: "Ce lien contient vos réponses, votre rôle, ainsi que le type et le nom du partenariat si vous les avez indiqués. Le site du questionnaire ne reçoit pas vos réponses : elles sont écrites dans le lien, après le signe « # », et le navigateur n'envoie jamais cette partie au site. Mais toute personne qui a ce lien peut lire vos réponses : envoyez-le seulement aux partenaires concernés.",
    share_label: "Lien de partage",
    share_copy: "Copier le lien",
    shared_title: "Résultat reçu par un lien de partage",
    shared_intro: "Vous lisez le résultat d'un partenaire, calculé à partir des réponses contenues dans son lien de partage. Ouvrir ce lien n'a rien envoyé ni rien enregistré : vos propres réponses sur cet appareil, si vous en avez, n'ont pas changé.",
    shared_take: "Continuer à partir de ces réponses",
    shared_take_replaces: "Si vous continuez à partir de ces réponses, vos propres réponses et votre profil (rôle, partenariat) sur cet appareil seront remplacés. Pour les garder, revenez d'abord à votre questionnaire et enregistrez-les dans un fichier.",
    shared_close: "Revenir à mon questionnaire",
    json_end: "le texte s'arrête avant la fin",
    json_character: "un caractère inattendu",
    json_word: "un mot inconnu (seuls null, true et false existent)",
    json_deep: "trop de niveaux imbriqués",
    json_key: "une clé entre guillemets était attendue",
    json_colon: "« : » était attendu après la clé",
    json_comma_bracket: "« , » ou « ] » était attendu",
    json_comma_brace: "« , » ou « } » était attendu",
    json_duplicate: "la même clé apparaît deux fois",
    json_members: "un objet a trop de clés (plus de 256)",
    json_number: "un nombre incomplet",
    json_escape: "une séquence d'échappement invalide",
    json_surrogate: "un caractère \\u incomplet (moitié de paire UTF-16)",
    json_unterminated: "un texte entre guillemets n'est pas refermé",
    json_control: "un caractère de contrôle (saut de ligne, tabulation…) dans un texte entre guillemets",
    json_trailing: "quelque chose suit la fin du contenu",
    file_unreadable: "le fichier n'a pas pu être lu",
    file_too_large: "le fichier fait plus de {max} octets, bien plus qu'un fichier de réponses",
    file_utf16: "le fichier est enregistré en UTF-16 ; enregistrez-le en UTF-8 (un fichier enregistré par l'outil l'est toujours)",
    file_not_utf8: "ce n'est pas un fichier texte (UTF-8)",
    file_not_json: "ce n'est pas du JSON lisible : {why} (octet {at})",
    file_not_answers: "ce fichier JSON n'est pas un fichier de réponses de cet outil (il lui manque « \"format\": \"partenariat-reponses\" »)",
    file_other_version: "il vient d'une autre version de l'outil (version {v}) ; celle-ci lit les versions 1 et 2",
    file_version: "« version » doit être un nombre entier",
    file_unknown_field: "il contient un champ inconnu : « {field} »",
    file_not_text: "« {field} » doit être un texte",
    file_unknown_word: "« {field} » ne peut pas valoir « {value} »",
    file_profile: "« profile » doit être un objet",
    file_answers: "« answers » doit associer chaque question à sa réponse",
    file_answer: "la réponse à « {item} » doit être l'identifiant d'une réponse, ou une liste non vide d'identifiants",
    file_unknown_item: "il contient une question inconnue de ce questionnaire : « {item} »",
    file_unknown_answer: "la question « {item} » n'a pas de réponse « {answer} »",
    file_not_several: "la question « {item} » n'accepte qu'une réponse, le fichier en donne plusieurs",
    file_name_too_long: "le nom du partenariat fait {n} caractères ({max} au plus)",
    footer: "D'après l'intervention de Jean-Yves Trépos, « Quelles modalités et quels principes pour le travail en partenariat ? », séminaire régional « Animation du volet éducatif du contrat de ville » (ORIV), Metz, 28 juin 2017.",
    crash_title: "L'outil a rencontré un problème",
    crash_text: "Une erreur inattendue a arrêté l'outil. Vos réponses déjà enregistrées sont en principe conservées.",
    crash_reload: "Recharger la page",
    crash_reset: "Recommencer avec un questionnaire vide",
    together_link: "Rassembler les résultats des partenaires",
    together_help: "Rassemblez les résultats des autres partenaires (leurs liens ou leurs fichiers) avec le vôtre : vous verrez où vos regards se rejoignent et où ils diffèrent. Vous pouvez aussi comparer avec un résultat d'avant (celui de l'an dernier, par exemple).",
};

pub const EN: Ui = Ui {
    skip_link: "Skip to content",
    duration: "{min} to {max} minutes depending on your role: you only get the questions that concern you.",
    stays_here: "Your answers stay on this device: nothing is sent, no account is needed.",
    no_account: "You can stop and come back later: your answers are kept in this browser.",
    no_grade: "The result places your partnership; it does not grade it.",
    start: "Start",
    resume: "Resume where you left off",
    import_label: "Open a saved answers file",
    import_help: "The .json file in which you saved your answers with the “Save my answers in a file” button, at the end of the result.",
    profile_title: "Who is answering?",
    profile_intro: "Your role chooses the questions: each person only gets those they can know. It does not count in the scoring.",
    role_legend: "You are answering as:",
    role_none: "If you choose no role, you will get all the professionals' questions.",
    path_summary: "For you: {n} questions, about {m} minutes.",
    partnership_more: "Say which partnership (optional)",
    kind_legend: "Which partnership are you thinking of?",
    partnership_label: "Name of the partnership (optional)",
    partnership_help: "For example: “Longuenesse PRE” or “Les Hauts cité éducative”.",
    back: "Back",
    next: "Next",
    to_review: "Check my answers",
    step_of: "Step {n} of {total}",
    remaining: "About {m} min left",
    question: "Question {n} of {total}",
    source: "Source in the talk:",
    terms: "Words explained:",
    review_title: "Check your answers",
    review_intro: "A dimension gets a level when you have chosen a practice for at least half of the questions that place it, not counting “I don't know” or “does not apply”. These two answers therefore do not stop you getting a result: “I don't know” will appear under “What you do not know of your partners”; “does not apply” simply removes the question.",
    review_no_answer: "No answer",
    review_change: "Change",
    review_change_which: "the answer to question {n}",
    review_summary: "Questions answered (“I don't know” included): {n} of {total}",
    see_result: "See the result",
    back_to_result: "Back to the result",
    back_to_review: "Back to my answers",
    result_title: "Your result",
    result_for: "Partnership: {name}",
    result_kind: "Kind of partnership: {kind}",
    result_role: "Answered as: {role}",
    result_no_role: "Answered without a role (all the professionals' questions).",
    overall: "Overall level:",
    not_enough: "Not enough answers",
    not_enough_overall: "To place the partnership as a whole, at least half of the dimensions that concern you need a level. The questions below would make that possible.",
    dimension_not_applicable: "Does not apply",
    dimension_not_asked: "No question for your role",
    counts: "Practices described: {known} of {asked}",
    counts_dk: "“I don't know”: {n}",
    counts_na: "“does not apply”: {n}",
    counts_open: "unanswered: {n}",
    dimensions_title: "Detail by dimension",
    chart_caption: "Overall and by dimension",
    chart_overall: "Overall level",
    chart_holds_back: "This is why the overall level is intermediate.",
    chart_mean: "On the “Overall level” row, the small mark shows the mean of your dimensions, and the dark band the level retained.",
    chart_legend: "On each row, the small mark places your answers and the dark band gives the level.",
    capped: "On average your dimensions are at the maximal level, but “{dim}” is at the minimal level. The tool therefore retains the intermediate level overall: it reads co-construction as the work of the whole scheme since, in the talk, “the burden of innovation rests on the scheme, not on its components”.",
    capped_plain: "Most of your answers say “{high}”, but for “{dim}” they say “{low}”. So on the whole, the result is “{level}”.",
    not_known: "You do not know",
    not_known_overall: "You answered “I don't know” to the questions that place the partnership. That is a finding in itself: these are questions to ask your partners.",
    not_known_overall_plain: "You do not see everything the professionals do: that is normal. You can ask these questions to the person who follows your child.",
    dimension_not_known: "You do not know",
    not_seen_plain: "You have not seen it",
    overall_plain: "On the whole:",
    about_level: "What the talk says of this level",
    about_level_plain: "What this means",
    dimensions_title_plain: "Part by part",
    advice_note: "Passages marked “The tool's suggestion” are this tool's own ideas; the rest reports what the talk says, with its source.",
    review_intro_plain: "You can still change your answers. “I don't know” is a real answer.",
    parent_path: "Are you a parent? {n} simple questions about the people who help your child, about {m} minutes.",
    not_applicable_overall: "You said that the questions that place the partnership do not apply to your situation: there is no level to give. The rest of the result still holds.",
    list_sep: "; ",
    spread_differ: "Your partnership is not at the same level everywhere: “{high}” is at the {high_level} level, “{low}” at the {low_level} level.",
    spread_close: "Your dimensions are at the same level.",
    directions_title: "Other ways of working, if you wish",
    toward_intermediaire: "To move toward pooling",
    toward_maximal: "To move toward co-construction",
    toward_plain: "Elsewhere, it can go like this:",
    to_try: "To try:",
    today: "Today:",
    readings_title: "What your answers reveal",
    readings_title_plain: "What you said",
    readings_intro: "The talk offers tools to go “beyond incantatory talk about partnership”. They are readings to combine, not grades: they do not change the level.",
    reading_care: "Values of care",
    reading_conception: "Conception of action over time",
    reading_threshold: "Threshold of public action",
    reading_method: "Method",
    reading_form: "What ties you together",
    reading_care_plain: "What helps you",
    reading_conception_plain: "How the help was built",
    reading_threshold_plain: "What is expected of you",
    reading_hybrid: "Hybrid:",
    tensions_title: "Tensions: tests or arrangements",
    tension_unknown: "You do not know",
    risks_title: "Risks to watch",
    risks_title_plain: "Things to watch",
    risks_none: "None of your answers points to one of the risks the talk names.",
    risks_none_plain: "Nothing in particular to watch in your answers.",
    raised_by: "Raised by your answer to:",
    unknowns_title: "What you do not know of your partners",
    unknowns_title_plain: "What you do not know",
    case_title: "The case in the talk closest to yours",
    case_title_other: "The case in the talk least unlike yours",
    case_same_level: "same level",
    case_shared: "same reading: {value}",
    case_near: "close dimensions: {dims}",
    case_far: "Your partnership stays rather far from all three cases: this comparison is only a rough guide.",
    case_other_level: "This case is at the {level} level, your partnership is not: it shows another way of working, neither better nor worse.",
    advice_label: "The tool's suggestion:",
    colon: ": ",
    quoted: "“{text}”",
    export: "Save my answers in a file (.json)",
    print: "Print",
    printed_on: "Result as of {date}",
    answers_title: "Your answers",
    edit: "Change my answers",
    restart: "Start again with an empty questionnaire",
    restart_confirm: "Start again with an empty questionnaire? Your answers and profile will be erased from this device. Save them in a file first if you want to keep them.",
    restart_yes: "Yes, erase everything and start again",
    file_name: "partnership-answers",
    clear: "Erase my answers",
    clear_confirm: "Erase all your answers and your profile from this device? This cannot be undone.",
    clear_yes: "Yes, erase everything",
    clear_no: "Cancel",
    dismiss: "Close this message",
    notice_unreadable: "Your saved answers could not be read back (they were damaged). You are starting from an empty questionnaire.",
    notice_other_version: "Your saved answers come from another version of the tool and cannot be resumed. You are starting from an empty questionnaire.",
    notice_migrated: "The questionnaire has changed since your last answers. {kept} answers were carried over. Please answer these questions again: {items}.",
    notice_migrated_none: "The questionnaire has changed since your last answers. {kept} answers were carried over; the others were about questions no longer asked.",
    notice_cleared: "Your answers have been erased from this device.",
    notice_imported: "The file was imported. Check your answers before seeing the result.",
    notice_saved: "Your answers are saved in the file “{file}”, in your downloads. To take them up again, open it from the welcome screen with “Open a saved answers file”.",
    notice_resumed: "You are back at the first question you have not answered.",
    notice_import_refused: "This file was not imported, and your answers have not changed: {why}.",
    notice_storage: "This browser cannot keep your answers on this device (private browsing, cookies refused in its settings, full memory, or the questionnaire shown inside another site). You can go on, but your answers will be lost if you close or reload the page. To keep them, use the “Save my answers in a file (.json)” button at the end of the result.",
    notice_language: "The other language version could not be loaded. Your answers are intact; you can try again later.",
    notice_link_refused: "This share link could not be read: it is incomplete (cut in two in a message, for example) or was changed. Check that you copied all of it, or ask the person who sent it to send it again. Your own answers have not changed.",
    notice_link_other_version: "This share link was made with another version of the questionnaire: it cannot be read here. Ask the person who sent it to open the questionnaire again and send you a new link. Your own answers have not changed.",
    notice_link_taken: "The share link's answers are now yours on this device. Check them before seeing the result.",
    notice_link_copied: "The link is copied. You can paste it into an email or a message.",
    notice_link_copy_by_hand: "The link could not be copied automatically; it is selected in the “Share link” field. Copy it with Ctrl+C (⌘+C on a Mac); on a phone, press and hold the link, then choose “Copy”.",
    share_title: "Share this result",
    share_text: "This link holds your answers, your role, and the partnership's kind and name if you gave them. The questionnaire's site does not receive your answers: they are written in the link, after the “#” sign, and the browser never sends that part to the site. But anyone who has this link can read your answers: send it only to the partners concerned.",
    share_label: "Share link",
    share_copy: "Copy the link",
    shared_title: "Result received by a share link",
    shared_intro: "You are reading a partner's result, worked out from the answers in their share link. Opening this link sent nothing and saved nothing: your own answers on this device, if you have any, have not changed.",
    shared_take: "Go on from these answers",
    shared_take_replaces: "If you go on from these answers, your own answers and profile (role, partnership) on this device will be replaced. To keep them, first go back to your questionnaire and save them in a file.",
    shared_close: "Back to my questionnaire",
    json_end: "the text ends too early",
    json_character: "an unexpected character",
    json_word: "an unknown word (only null, true and false exist)",
    json_deep: "nested too deeply",
    json_key: "a key in quotes was expected",
    json_colon: "“:” was expected after the key",
    json_comma_bracket: "“,” or “]” was expected",
    json_comma_brace: "“,” or “}” was expected",
    json_duplicate: "the same key appears twice",
    json_members: "an object has too many keys (more than 256)",
    json_number: "an incomplete number",
    json_escape: "an invalid escape sequence",
    json_surrogate: "an incomplete \\u character (half of a UTF-16 pair)",
    json_unterminated: "a string in quotes is not closed",
    json_control: "a control character (line break, tab…) inside a string",
    json_trailing: "something follows the end of the content",
    file_unreadable: "the file could not be read",
    file_too_large: "the file is larger than {max} bytes, far more than an answers file",
    file_utf16: "the file is saved as UTF-16; save it as UTF-8 (a file saved by the tool always is)",
    file_not_utf8: "it is not a text file (UTF-8)",
    file_not_json: "it is not valid JSON: {why} (byte {at})",
    file_not_answers: "this JSON is not an answers file of this tool (it lacks “\"format\": \"partenariat-reponses\"”)",
    file_other_version: "it comes from another version of the tool (version {v}); this one reads versions 1 and 2",
    file_version: "“version” must be a whole number",
    file_unknown_field: "it has an unknown field: “{field}”",
    file_not_text: "“{field}” must be text",
    file_unknown_word: "“{field}” cannot be “{value}”",
    file_profile: "“profile” must be an object",
    file_answers: "“answers” must pair each question with its answer",
    file_answer: "the answer to “{item}” must be an answer id, or a non-empty list of answer ids",
    file_unknown_item: "it names a question this questionnaire does not have: “{item}”",
    file_unknown_answer: "question “{item}” has no answer “{answer}”",
    file_not_several: "question “{item}” takes one answer; the file gives several",
    file_name_too_long: "the partnership's name is {n} characters long ({max} at most)",
    footer: "Based on the talk by Jean-Yves Trépos, “Quelles modalités et quels principes pour le travail en partenariat ?”, ORIV regional seminar “Animation du volet éducatif du contrat de ville”, Metz, June 28, 2017.",
    crash_title: "The tool ran into a problem",
    crash_text: "An unexpected error stopped the tool. The answers already saved should still be there.",
    crash_reload: "Reload the page",
    crash_reset: "Start again with an empty questionnaire",
    together_link: "Gather the partners' results",
    together_help: "Gather the other partners' results (their links or files) with yours: you see where your views meet and where they differ. You can also compare with an earlier result (last year's, for example).",
};

// `Ui` is `repr(C)` with only `&'static str` fields: it has exactly the layout of an array of
// them, which these checks pin down (same size, same alignment).
const _: () = assert!(std::mem::size_of::<Ui>() == std::mem::size_of::<[&'static str; STRINGS]>());
const _: () = assert!(std::mem::align_of::<Ui>() == std::mem::align_of::<[&'static str; STRINGS]>());

impl Ui {
    /// The strings in field order.
    pub fn strings(&self) -> &[&'static str; STRINGS] {
        // SAFETY: `Ui` is `repr(C)` and made only of `&'static str` fields, so it has the layout
        // of `[&'static str; STRINGS]` (checked above): reading it as one is sound.
        unsafe { &*(self as *const Ui).cast::<[&'static str; STRINGS]>() }
    }

    /// The interface from its strings in field order; None if the count differs.
    pub fn from_strings(strings: &[&'static str]) -> Option<Ui> {
        let array: [&'static str; STRINGS] = strings.try_into().ok()?;
        // SAFETY: as in `strings`, `Ui` and `[&'static str; STRINGS]` have the same layout, and
        // every string is a valid `&'static str`.
        Some(unsafe { std::mem::transmute::<[&'static str; STRINGS], Ui>(array) })
    }
}

/// The English interface once fetched (the browser bundle does not carry it: it travels with
/// the English questionnaire, see `Questionnaire::install`).
static EN_INSTALLED: std::sync::OnceLock<Ui> = std::sync::OnceLock::new();

/// The interface's words in a language. English is built in with the `embedded-english`
/// feature, or installed with the English questionnaire; until then, French. (Kept out of
/// line: inlined at its many call sites, the lookup costs the bundle several kilobytes.)
#[inline(never)]
pub fn ui(language: Language) -> &'static Ui {
    match language {
        Language::Fr => &FR,
        Language::En => EN_INSTALLED.get().unwrap_or_else(embedded_english),
    }
}

#[cfg(feature = "embedded-english")]
fn embedded_english() -> &'static Ui {
    &EN
}

#[cfg(not(feature = "embedded-english"))]
fn embedded_english() -> &'static Ui {
    &FR
}

/// The `{placeholders}` of a string, sorted.
pub fn placeholders(s: &str) -> Vec<&str> {
    let mut found: Vec<&str> = s.match_indices('{').filter_map(|(i, _)| s[i..].find('}').map(|j| &s[i..i + j + 1])).collect();
    super::small_sort::sort(&mut found);
    found
}

/// Whether fetched interface strings can be the English interface: every string, none empty,
/// each with the French string's placeholders.
pub fn english_interface_fits(strings: &[String]) -> bool {
    strings.len() == STRINGS && strings.iter().zip(FR.strings()).all(|(e, f)| !e.trim().is_empty() && placeholders(e) == placeholders(f))
}

/// Installs the English interface fetched with the English questionnaire: it must have every
/// string, none empty, each with the French string's placeholders. False (and nothing
/// installed) otherwise.
pub fn install_english(strings: &[String]) -> bool {
    if !english_interface_fits(strings) {
        return false;
    }
    // Installed once for the page's life: leaking these few strings gives them the 'static
    // lifetime every interface string has.
    let leaked: Vec<&'static str> = strings.iter().map(|s| &*Box::leak(s.clone().into_boxed_str())).collect();
    match Ui::from_strings(&leaked) {
        Some(english) => {
            let _ = EN_INSTALLED.set(english);
            true
        }
        None => false,
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

/// The words for why a text is not JSON.
pub fn json_problem(t: &Ui, kind: super::json::JsonErrorKind) -> &'static str {
    use super::json::JsonErrorKind as K;
    match kind {
        K::UnexpectedEnd => t.json_end,
        K::UnexpectedCharacter => t.json_character,
        K::UnexpectedWord => t.json_word,
        K::TooDeep => t.json_deep,
        K::ExpectedKey => t.json_key,
        K::ExpectedColon => t.json_colon,
        K::ExpectedCommaOrBracket => t.json_comma_bracket,
        K::ExpectedCommaOrBrace => t.json_comma_brace,
        K::DuplicateKey => t.json_duplicate,
        K::TooManyMembers => t.json_members,
        K::BadNumber => t.json_number,
        K::BadEscape => t.json_escape,
        K::LoneSurrogate => t.json_surrogate,
        K::UnterminatedString => t.json_unterminated,
        K::ControlCharacter => t.json_control,
        K::TrailingCharacters => t.json_trailing,
    }
}

/// Why an answers file was refused, in the words of `t` (the interface's language, or English
/// on the command line), quoting the file's words escaped and cut short.
pub fn file_problem(t: &Ui, e: &super::AnswersFileError) -> String {
    use super::answers_file::{shown, Malformation as M, MAX_BYTES, MAX_NAME};
    use super::AnswersFileError as E;
    let max = MAX_BYTES.to_string();
    match e {
        E::Unreadable => t.file_unreadable.to_string(),
        E::TooLarge => fill(t.file_too_large, &[("max", &max)]),
        E::Utf16 => t.file_utf16.to_string(),
        E::NotUtf8 => t.file_not_utf8.to_string(),
        E::NotJson(j) => fill(t.file_not_json, &[("why", json_problem(t, j.kind)), ("at", &j.offset.to_string())]),
        E::NotAnAnswersFile => t.file_not_answers.to_string(),
        E::OtherVersion(v) => fill(t.file_other_version, &[("v", &v.to_string())]),
        E::Malformed(M::Version) => t.file_version.to_string(),
        E::Malformed(M::UnknownField(field)) => fill(t.file_unknown_field, &[("field", &shown(field))]),
        E::Malformed(M::NotText(field)) => fill(t.file_not_text, &[("field", field)]),
        E::Malformed(M::UnknownWord { field, value }) => fill(t.file_unknown_word, &[("field", field), ("value", &shown(value))]),
        E::Malformed(M::Profile) => t.file_profile.to_string(),
        E::Malformed(M::Answers) => t.file_answers.to_string(),
        E::Malformed(M::Answer(item)) => fill(t.file_answer, &[("item", &shown(item))]),
        E::UnknownItem(item) => fill(t.file_unknown_item, &[("item", &shown(item))]),
        E::UnknownAnswer { item, answer } => fill(t.file_unknown_answer, &[("item", &shown(item)), ("answer", &shown(answer))]),
        E::NotSeveral(item) => fill(t.file_not_several, &[("item", &shown(item))]),
        E::NameTooLong(n) => fill(t.file_name_too_long, &[("n", &n.to_string()), ("max", &MAX_NAME.to_string())]),
    }
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The crash screen's markup: plain HTML written by the panic hook once the app is gone, with
/// two ways out (reload; start afresh, which `?effacer=1` does). `search` is the page's query
/// (`?mode=embed&…` for an embedded widget, or empty): both links keep it.
pub fn crash_page(language: Language, search: &str) -> String {
    let t = ui(language);
    // English not installed yet: the words are French, and `lang` says so.
    let language = if std::ptr::eq(t, &FR) { Language::Fr } else { language };
    let search = search.strip_prefix('?').unwrap_or(search);
    let (reload, reset) = if search.is_empty() { ("./".to_string(), "?effacer=1".to_string()) } else { (format!("?{search}"), format!("?{search}&effacer=1")) };
    format!(
        "<main class=\"container crash\" id=\"plantage\" lang=\"{}\"><h1 tabindex=\"-1\">{}</h1><p>{}</p>\
         <p class=\"actions\"><a class=\"button button-primary\" href=\"{}\">{}</a> \
         <a class=\"button button-secondary\" href=\"{}\">{}</a></p></main>",
        super::Vocabulary::id(language),
        escape(t.crash_title),
        escape(t.crash_text),
        escape(&reload),
        escape(t.crash_reload),
        escape(&reset),
        escape(t.crash_reset)
    )
}
