"""Names the command line prints for codes the records keep (issue 19): a measure's instrument
("IIEF-5", not the code upper-cased to "IIEF5") and a plan template's title ("Default SPT plan",
"SPT-Standardplan", not ``default-spt``), a record field's label ("Legal name", not
``legal_name``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from triad import i18n
from triad.audit.field_words import FIELD_WORDS
from triad.casefile.measures import MEASURE_NAMES
from triad.cli._common import tr_cli
from triad.i18n import T_

if TYPE_CHECKING:
    from triad.workspace import Workspace

__all__ = ["FIELD_LABELS", "activity_codes", "field_label", "measure_label",
           "template_title", "typed_codes"]

CUSTOM_PLAN = T_("cli", "own plan, not from a template")


def activity_codes() -> str:
    """The help's closing line: the codes an ACTIVITY option takes (the consent ladder's, in
    ladder order; an unknown one is refused with the same list)."""
    from triad.casefile.ladder import Activity

    return tr_cli("ACTIVITY is one of: {codes}").format(
        codes=", ".join(a.value for a in Activity))


def typed_codes(given: list[str] | None) -> tuple[str, ...]:
    """Activity codes as a person types them: "relaxation-breathing" is the code
    "relaxation_breathing" (an unknown code is the core's to refuse)."""
    return tuple(g.strip().replace("-", "_") for g in given or ())


def measure_label(kind: str) -> str:
    """The instrument's name; a kind this version does not know, as it is recorded."""
    return MEASURE_NAMES.get(kind, kind)  # the same in every language


def template_title(ws: Workspace, template_id: str) -> str:
    """The plan template's title in the language spoken (the app's plan list shows the same);
    a plan revised by hand from scratch ("custom") says so; an unknown id as it is."""
    template = ws.plans.templates().get(template_id)
    if template is not None:
        return str(template.get("title", template_id))
    return tr_cli(CUSTOM_PLAN) if template_id == "custom" else template_id

# The record fields a client's amendment request may name (``--field``), as the app's audit
# pages label them (context ``AuditTab``: one translation serves both); a field typed in
# words is printed as it was typed.
FIELD_LABELS = {key: FIELD_WORDS[key] for key in (
    "legal_name", "pronouns", "date_of_birth", "presenting_concerns", "concerns_note",
    "contraindications", "medical_context", "jurisdiction", "legal_basis", "went_well",
    "was_hard", "reactions", "questions", "proposal", "arousal_anxiety", "boundaries_note",
    "focus", "interventions", "response", "plan", "text", "agreements", "next_steps",
    "plan_changes", "location", "note", "description", "statement", "material", "safer_sex",
    "suds_before", "suds_after", "activities_done", "flags", "stop_signals", "pause_signals")}


def field_label(field: str) -> str:
    """A record field's label ("legal_name", "client.legal_name" -> "Legal name"/"Name laut
    Ausweis"); anything else as typed."""
    key = field.strip().removeprefix("client.")
    return i18n.translate("AuditTab", FIELD_LABELS[key]) if key in FIELD_LABELS else field
