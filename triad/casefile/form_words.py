"""The words printed around a form's own text, in the form's language (issue 19).

A signed form is one document: a German form text with an English activity list or English
signature lines beside it would be a document in two languages, and the activity list is part of
what the client consents to. So the printed form takes these words from the *form's* language,
not from the app's: the ladder's activity names, the parties, the headings of the activity list
and of the signature lines, the page footer, and the words that fill a placeholder no name fills.
Plain data, no Qt: the core prints forms for the command line too. English is the program's own
wording (``triad.casefile.ladder.ACTIVITY_LABELS``); a language without an entry here prints in
English.
"""

from __future__ import annotations

from dataclasses import dataclass

from triad.casefile.ladder import ACTIVITY_LABELS, Activity

ENGLISH = "en"

GERMAN_ACTIVITY_LABELS: dict[Activity, str] = {
    Activity.CONVERSATION: "Gespräch",
    Activity.RELAXATION: "Entspannung und Atmung",
    Activity.CLOTHED_TOUCH: "Nicht-sexuelle Berührung in Kleidung",
    Activity.BODY_IMAGE: "Nacktheit / Arbeit am Körperbild",
    Activity.NON_GENITAL_TOUCH: "Berührung außerhalb des Genitalbereichs",
    Activity.GENITAL_TOUCH: "Berührung im Genitalbereich",
    Activity.INTERCOURSE: "Geschlechtsverkehr",
    Activity.AIDS: "Verwendung therapeutischer Hilfsmittel",
}


@dataclass(frozen=True)
class FormWords:
    """What a printed form says around its text. ``{placeholders}`` are filled by the printer."""

    activities: dict[Activity, str]
    parties: dict[str, str]
    client_line: str  # under the title: "{practice} · client {client}"
    form_line: str  # "Version {version}" (the title above names the form; the footer its id)
    header_client: str  # the page header's right side: "Client {client}"
    scope_heading: str
    scope_note: str
    scope_columns: tuple[str, str, str]
    signatures_heading: str
    signature: str
    date: str
    confidential: str  # one line of the footer (7.5 pt): it must fit the page's width
    page: str  # "page {page} of {total}"
    no_surrogate: str  # fills {surrogate_name} when the case has no surrogate partner yet
    no_practice: str  # fills {practice_name} when the practice has no name
    # A form whose text asks separate questions rather than about activities (outcome data:
    # "you may agree to Part 1, Part 2, both, or neither") prints a box to tick for each: the
    # parts by form id, as the form's headings name them, and the table's words.
    parts: dict[str, tuple[str, ...]]
    parts_heading: str
    parts_note: str
    parts_columns: tuple[str, str, str]


WORDS: dict[str, FormWords] = {
    ENGLISH: FormWords(
        activities=dict(ACTIVITY_LABELS),
        parties={"client": "Client", "therapist": "Therapist", "surrogate": "Surrogate"},
        client_line="{practice} · client {client}",
        form_line="Version {version}",
        header_client="Client {client}",
        scope_heading="Activities this consent covers",
        scope_note="Tick one box per line. You may decline any activity, and withdraw consent "
                   "to any of them at any time.",
        scope_columns=("Activity", "I consent", "I do not consent"),
        signatures_heading="Signatures",
        signature="Signature",
        date="Date",
        confidential="CONFIDENTIAL: health and sex-life data (GDPR Art. 9). Keep locked away; "
                     "share only under the client's release of information.",
        page="page {page} of {total}",
        no_surrogate="the surrogate partner",
        no_practice="the practice",
        parts={"outcome-data": ("Part 1: recording sessions",
                                "Part 2: sharing de-identified outcome data")},
        parts_heading="Your choice",
        parts_note="Tick one box for each part. Saying no to either part has no effect on your "
                   "therapy.",
        parts_columns=("Part", "I agree", "I do not agree"),
    ),
    "de": FormWords(
        activities=GERMAN_ACTIVITY_LABELS,
        parties={"client": "Klient:in", "therapist": "Therapeut:in",
                 "surrogate": "Surrogatpartner:in"},
        client_line="{practice} · Klient:in {client}",
        form_line="Fassung {version}",
        header_client="Klient:in {client}",
        scope_heading="Aktivitäten, die diese Einwilligung umfasst",
        scope_note="Bitte kreuzen Sie in jeder Zeile genau ein Kästchen an. Sie können jede "
                   "Aktivität ablehnen und Ihre Einwilligung in jede von ihnen jederzeit "
                   "widerrufen.",
        scope_columns=("Aktivität", "Ich willige ein", "Ich willige nicht ein"),
        signatures_heading="Unterschriften",
        signature="Unterschrift",
        date="Ort, Datum",
        confidential="VERTRAULICH: Daten zu Gesundheit und Sexualleben (Art. 9 DSGVO). Nur "
                     "gemäß Schweigepflichtentbindung weitergeben.",
        page="Seite {page} von {total}",
        no_surrogate="(Name der Surrogatpartner:in)",
        no_practice="(Name der Praxis)",
        parts={"outcome-data": ("Teil 1: Aufzeichnung von Sitzungen",
                                "Teil 2: Weitergabe anonymisierter Ergebnisdaten")},
        parts_heading="Ihre Entscheidung",
        parts_note="Bitte kreuzen Sie für jeden Teil genau ein Kästchen an. Ein Nein zu einem "
                   "oder beiden Teilen hat keinen Einfluss auf Ihre Therapie.",
        parts_columns=("Teil", "Ich stimme zu", "Ich stimme nicht zu"),
    ),
}


def words(language: str) -> FormWords:
    """The printed words of a form in ``language`` (English for a language without them)."""
    return WORDS.get(language, WORDS[ENGLISH])


def activity_label(activity: Activity, language: str = ENGLISH) -> str:
    """An activity's name as a form in ``language`` prints it."""
    return words(language).activities[activity]
