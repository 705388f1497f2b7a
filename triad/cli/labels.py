"""Names the command line prints for codes the records keep (issue 19): a measure's instrument
("IIEF-5", not the code upper-cased to "IIEF5") and a plan template's title ("Default SPT plan",
"SPT-Standardplan", not ``default-spt``), a record field's label ("Legal name", not
``legal_name``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from triad import i18n
from triad.cli._common import tr_cli
from triad.i18n import T_

if TYPE_CHECKING:
    from triad.workspace import Workspace

__all__ = ["FIELD_LABELS", "MEASURE_LABELS", "activity_codes", "field_label", "measure_label",
           "template_title", "typed_codes"]

# The instruments as they are written (triad.casefile.measures.MEASURE_RANGES): their names
# are the same in every language.
MEASURE_LABELS = {"iief5": "IIEF-5", "fsfi": "FSFI", "suds": "SUDS"}
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
    return MEASURE_LABELS.get(kind, kind)


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
FIELD_LABELS = {
    "legal_name": T_("AuditTab", "Legal name"),
    "pronouns": T_("AuditTab", "Pronouns"),
    "date_of_birth": T_("AuditTab", "Date of birth"),
    "presenting_concerns": T_("AuditTab", "Presenting concerns"),
    "concerns_note": T_("AuditTab", "Concerns note"),
    "contraindications": T_("AuditTab", "Contraindications"),
    "medical_context": T_("AuditTab", "Medical context"),
    "jurisdiction": T_("AuditTab", "Jurisdiction"),
    "legal_basis": T_("AuditTab", "Legal basis"),
    "went_well": T_("AuditTab", "What went well"),
    "was_hard": T_("AuditTab", "What was hard"),
    "reactions": T_("AuditTab", "Surrogate's reactions"),
    "questions": T_("AuditTab", "Questions for the therapist"),
    "proposal": T_("AuditTab", "Proposal for next session"),
    "arousal_anxiety": T_("AuditTab", "Arousal and anxiety"),
    "boundaries_note": T_("AuditTab", "Boundaries"),
    "focus": T_("AuditTab", "Focus"),
    "interventions": T_("AuditTab", "Interventions"),
    "response": T_("AuditTab", "Response"),
    "plan": T_("AuditTab", "Plan"),
    "text": T_("AuditTab", "Text"),
    "agreements": T_("AuditTab", "Agreements"),
    "next_steps": T_("AuditTab", "Next steps"),
    "plan_changes": T_("AuditTab", "Plan changes"),
    "location": T_("AuditTab", "Location"),
    "note": T_("AuditTab", "Note"),
    "description": T_("AuditTab", "Description"),
    "statement": T_("AuditTab", "Statement"),
    "material": T_("AuditTab", "Material"),
    "safer_sex": T_("AuditTab", "Safer sex"),
    "suds_before": T_("AuditTab", "SUDS before"),
    "suds_after": T_("AuditTab", "SUDS after"),
    "activities_done": T_("AuditTab", "Activities done"),
    "flags": T_("AuditTab", "Flags"),
    "stop_signals": T_("AuditTab", "Stop signals"),
    "pause_signals": T_("AuditTab", "Pause signals"),
}


def field_label(field: str) -> str:
    """A record field's label ("legal_name", "client.legal_name" -> "Legal name"/"Name laut
    Ausweis"); anything else as typed."""
    key = field.strip().removeprefix("client.")
    return i18n.translate("AuditTab", FIELD_LABELS[key]) if key in FIELD_LABELS else field
