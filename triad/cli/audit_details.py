"""A finding's details in words for ``triad-cli audit`` (issue 19): each key a label, each
value as the rest of the command line says it -- the form's name, the ladder's words for an
activity, a member's name, a phase's title, dates as the language writes them -- never
``form_id=release-of-information, signed_later=2026-07-03T00:00``.

The JSON output keeps the codes (docs/audit-format.md); this is only the text."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from triad import i18n
from triad.audit.engine import Finding
from triad.casefile.ladder import ACTIVITY_LABELS, Activity
from triad.cli._common import tr_cli
from triad.cli.cases import FORM_CODES
from triad.i18n import T_, day_and_time, short_date

if TYPE_CHECKING:
    from triad.workspace import Workspace

__all__ = ["DETAIL_LABELS", "CaseWords", "case_words", "detail_words"]

CaseWords = tuple[dict[str, str], dict[str, str]]  # a case's phase titles and aid descriptions

# The details' keys (triad/audit/rules.py, each Hit's dict), in words; a key not listed is
# left out of the text (it is in the JSON).
DETAIL_LABELS = {
    "form_id": T_("cli", "form"), "forms": T_("cli", "not covered by"),
    "signed_later": T_("cli", "signed later"), "release": T_("cli", "release of information"),
    "since": T_("cli", "since"), "days": T_("cli", "days"), "limit": T_("cli", "limit (days)"),
    "valid_until": T_("cli", "valid until"), "member_id": T_("cli", "member"),
    "party": T_("cli", "in the role of"), "due": T_("cli", "due"), "due_on": T_("cli", "due"),
    "assessed": T_("cli", "capacity assessment"), "activity": T_("cli", "activity"),
    "activities": T_("cli", "activities"), "aids": T_("cli", "aids"),
    "reason": T_("cli", "reason"), "phase_id": T_("cli", "phase"),
    "missing": T_("cli", "consent missing for"), "declined": T_("cli", "lower rungs declined"),
    "parties": T_("cli", "signature awaited from"),
    "signed_version": T_("cli", "signed version"), "current_version": T_("cli", "current version"),
    "held": T_("cli", "sessions held"), "planned": T_("cli", "sessions planned"),
    "last_therapist_session": T_("cli", "last therapist session"),
    "safer_sex_agreed": T_("cli", "safer-sex agreement recorded"),
    "safer_sex_kept": T_("cli", "safer-sex agreement kept"),
}
# "days" means something else in each rule that counts them
DAYS_LABELS = {
    "case.stalled": T_("cli", "days without a session"),
    "debrief.review-overdue": T_("cli", "review deadline (days)"),
    "debrief.signal-without-review": T_("cli", "review deadline (days)"),
    "supervision.cosign-overdue": T_("cli", "co-signature deadline (days)"),
    "therapy.not-concurrent": T_("cli", "window (days)"),
}
VALUE_WORDS = {
    "release": {"revoked": T_("cli", "revoked"), "expired": T_("cli", "expired"),
                "pending": T_("cli", "not yet in force"), "none": T_("cli", "never recorded")},
    "reason": {"revoked": T_("cli", "consent revoked"), "expired": T_("cli", "consent expired"),
               "no-consent-for-this-aid": T_("cli", "no consent of its own for use in session"),
               "consent-names-no-aid": T_("cli", "the aids consent in force names no aid"),
               "debrief-names-no-aid": T_("cli", "the debrief does not say which aid")},
    "assessed": {"has-capacity": T_("cli", "has capacity"),
                 "lacks-capacity": T_("cli", "lacks capacity"),
                 "needs-review": T_("cli", "needs review")},
    "party": {"therapist": T_("cli", "therapist of the case"),
              "surrogate": T_("cli", "surrogate partner of the session")},
    "parties": {"client": T_("cli", "client"), "therapist": T_("cli", "therapist"),
                "surrogate": T_("cli", "surrogate")},
}
NONE_WORDS = {"assessed": T_("cli", "none recorded"), "signed_later": T_("cli", "never"),
              "safer_sex_kept": T_("cli", "not recorded"),
              "last_therapist_session": T_("cli", "none")}
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MINUTE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")


def _activity(code: str) -> str:
    return i18n.translate("ladder", ACTIVITY_LABELS[Activity(code)]) \
        if code in Activity._value2member_map_ else code


def _one(key: str, value: Any, names: dict[str, str], phases: dict[str, str],
         aids: dict[str, str]) -> str:
    text = str(value)
    word: dict[str, Callable[[], str]] = {
        "form_id": lambda: tr_cli(FORM_CODES[text]) if text in FORM_CODES else text,
        "forms": lambda: tr_cli(FORM_CODES[text]) if text in FORM_CODES else text,
        "member_id": lambda: names.get(text, "?"),
        "phase_id": lambda: phases.get(text, text),
        "aids": lambda: aids.get(text, text[:8]),
    }
    if key in word:
        return word[key]()
    if key in ("activity", "activities", "missing", "declined"):
        return _activity(text)
    if key in VALUE_WORDS and text in VALUE_WORDS[key]:
        return tr_cli(VALUE_WORDS[key][text])
    if isinstance(value, bool):
        return tr_cli("yes") if value else tr_cli("no")
    if _MINUTE.match(text):
        minutes = day_and_time(text[:16])
        return short_date(text) if text[11:16] in ("00:00", "23:59") else minutes
    return short_date(text) if _DAY.match(text) else text


def case_words(ws: Workspace, findings: Iterable[Finding]) -> dict[str, CaseWords]:
    """The phase titles and aid descriptions of each case a finding is on."""
    out: dict[str, CaseWords] = {}
    for case_id in {f.case_id for f in findings}:
        plan = ws.plans.current(case_id)
        out[case_id] = ({p.phase_id: p.title for p in plan.phases} if plan else {},
                        ws.aids.descriptions(case_id))
    return out


def detail_words(f: Finding, names: dict[str, str], phases: dict[str, str] | None = None,
                 aids: dict[str, str] | None = None) -> str:
    """"form: triad-agreement, signed later: 2026-07-03" / "Formular: Triadenvereinbarung,
    später unterschrieben: 03.07.2026": the finding's details in words; names for member ids,
    titles for phase ids and descriptions for aid ids where the caller knows them."""
    parts = []
    for key, value in f.detail.items():
        if key not in DETAIL_LABELS:
            continue
        if value is None or value == []:
            if key not in NONE_WORDS:
                continue
            shown = tr_cli(NONE_WORDS[key])
        elif isinstance(value, list):
            shown = ", ".join(_one(key, v, names, phases or {}, aids or {}) for v in value)
        else:
            shown = _one(key, value, names, phases or {}, aids or {})
        label = DAYS_LABELS.get(f.rule_id, DETAIL_LABELS[key]) if key == "days" \
            else DETAIL_LABELS[key]
        parts.append(f"{tr_cli(label)}: {shown}")
    return "; ".join(parts)
