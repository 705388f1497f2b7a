"""The audit's words: rules, severities, entry kinds, record fields and verification problems
in words, record bodies as readable HTML tables, and the small helpers the audit pages share.

Every string here is translated in the ``AuditTab`` context, as ``AuditTab.tr`` does."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle, QTextBrowser

from triad import clock
from triad.audit.engine import Finding
from triad.audit.field_words import FIELD_WORDS
from triad.audit.kind_words import KIND_WORDS as CORE_KIND_WORDS
from triad.audit.titles import RULE_TITLES
from triad.casefile import forms
from triad.casefile.ladder import ACTIVITY_LABELS, Activity
from triad.errors import TriadError
from triad.messages import flag_words
from triad.roles import Role
from ui.casefile.audit.codes import code_words
from ui.messages import tr as messages_tr
from ui.widgets.form import clinical_day, clinical_minutes
from ui.widgets.words import party_word, role_word

if TYPE_CHECKING:
    from triad.casefile.disclosures import Disclosure
    from triad.workspace import Workspace

ERROR_RED = "#b94a48"  # the one colour not taken from the palette: errors
AUDITORS = (Role.THERAPIST, Role.SUPERVISOR)
CTX = "AuditTab"


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("AuditTab", text, None, n)


def counted(n: int, one: str, many: str) -> str:
    """``many`` (with %n for the number) in the catalogue's plural form for ``n`` (Qt's
    numerus: each language its own forms); ``one``, the English singular, where no catalogue
    speaks (English has none)."""
    text = QCoreApplication.translate("AuditTab", many, None, n)
    if n == 1 and text == many.replace("%n", "1"):
        return tr(one)
    return text


# the kinds in words: one table with the command line's trail (the core's, context AuditTab)
KIND_WORDS: dict[str, Any] = dict(CORE_KIND_WORDS)

# The accounting of disclosures (issue 17, triad.casefile.disclosures): what left, to whom.
DISCLOSED_WORDS: dict[str, Any] = {
    "case-export": QT_TRANSLATE_NOOP("AuditTab", "Case file exported (signed JSON)"),
    "packet": QT_TRANSLATE_NOOP("AuditTab", "Exchange packet (encrypted)"),
    "backup": QT_TRANSLATE_NOOP("AuditTab", "Backup of the whole vault (encrypted)"),
    "report": QT_TRANSLATE_NOOP("AuditTab", "Report"),
    "client-copy": QT_TRANSLATE_NOOP("AuditTab", "The client's copy of the record"),
    "consent-copy": QT_TRANSLATE_NOOP("AuditTab", "The client's copy of a consent record"),
    "client-card": QT_TRANSLATE_NOOP("AuditTab", "The client's card"),
    "agenda": QT_TRANSLATE_NOOP("AuditTab", "Agenda (case codes and session times)"),
    "attachment": QT_TRANSLATE_NOOP("AuditTab", "Scan of a signed paper form"),
    "private-notes": QT_TRANSLATE_NOOP("AuditTab", "The author's own private notes"),
}
RECIPIENT_WORDS: dict[str, Any] = {
    "client": QT_TRANSLATE_NOOP("AuditTab", "the client"),
    "printer": QT_TRANSLATE_NOOP("AuditTab", "a printer"),
    "file": QT_TRANSLATE_NOOP("AuditTab", "a file (saved; the recipient is not known)"),
}

# Labels of record fields and finding details, in display order. Keys not listed are shown
# with a readable label after these; ids and hashes (SKIPPED) are left out of summaries.
# each field in words: the core's table, which the command line uses too
FIELDS: dict[str, Any] = dict(FIELD_WORDS)
# consent.aid-without-consent: why the aid had no consent of its own
AID_REASONS: dict[str, Any] = {
    "no-consent-for-this-aid": QT_TRANSLATE_NOOP(
        "AuditTab", "no consent of its own was in force for this aid, for use in session"),
    "consent-names-no-aid": QT_TRANSLATE_NOOP(
        "AuditTab", "aid not specified: the aids consent in force names no particular aid (recorded "
             "before each aid was consented to on its own)"),
    "debrief-names-no-aid": QT_TRANSLATE_NOOP(
        "AuditTab", "aid not specified: the debrief does not say which aid of the inventory was used"),
}
SKIPPED = {"aid_id", "session_id", "consent_id", "form_hash", "debrief_entry_id", "goal_id", "measure_id",
           "drawing", "finding_id", "rule_id", "record_id", "target_id", "entry_id",
           "signing_public", "age_public", "target_kind", "case_id", "change_id"}
ACTIVITY_KEYS = {"grants", "declines", "activities", "activity", "planned_activities",
                 "activities_planned", "activities_done", "missing", "declined"}
MEMBER_KEYS = {"surrogate_id", "member_id", "therapist_id", "supervisor_id", "surrogate_ids"}
PROBLEM_WORDS: dict[str, Any] = {
    "hash-mismatch": QT_TRANSLATE_NOOP("AuditTab", "an entry's content does not match its hash"),
    "bad-signature": QT_TRANSLATE_NOOP("AuditTab", "a signature is not valid"),
    "chain-broken": QT_TRANSLATE_NOOP("AuditTab", "a hash chain is broken"),
    "seq-gap": QT_TRANSLATE_NOOP("AuditTab", "an entry is missing from a chain"),
    "unknown-author": QT_TRANSLATE_NOOP("AuditTab", "the author's signing key was never published"),
    "key-mismatch": QT_TRANSLATE_NOOP("AuditTab", "a member's signing key differs from the published one"),
    "database": QT_TRANSLATE_NOOP("AuditTab", "the database failed its integrity check"),
    "checkpoint": QT_TRANSLATE_NOOP("AuditTab", "the record of what was already verified was altered"),
    "duplicate": QT_TRANSLATE_NOOP("AuditTab", "an entry appears twice (a copy of another entry)"),
}
SEVERITY_WORDS: dict[str, Any] = {"critical": QT_TRANSLATE_NOOP("AuditTab", "Critical"),
                  "major": QT_TRANSLATE_NOOP("AuditTab", "Major"),
                  "minor": QT_TRANSLATE_NOOP("AuditTab", "Minor")}
# the rules' titles live in the core: the printed audit report shows them too
RULE_WORDS: dict[str, Any] = dict(RULE_TITLES)
SEVERITY_ICONS = {"critical": QStyle.StandardPixmap.SP_MessageBoxCritical,
                  "major": QStyle.StandardPixmap.SP_MessageBoxWarning,
                  "minor": QStyle.StandardPixmap.SP_MessageBoxInformation}
_CLINICAL_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
_CLINICAL_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def when(text: str | None) -> str:
    """Clinical local time (or a UTC entry stamp, converted) in the app's language:
    "23.11.2026 14:30" in German, "2026-11-23 14:30" in English."""
    if not text:
        return "—"
    return clinical_minutes(local_minutes(text))


def local_minutes(text: str) -> str:
    """A clinical local time as it is, a UTC entry stamp ("…Z") as local YYYY-MM-DDTHH:MM."""
    return clock.utc_to_local_minutes(text) if text.endswith("Z") else text


def rule_words(rule_id: str) -> str:
    """The rule a finding breaks, in words (its id only for a rule this version does not know)."""
    return tr(RULE_WORDS[rule_id]) if rule_id in RULE_WORDS else rule_id


def kind_words(kind: str) -> str:
    return tr(KIND_WORDS[kind]) if kind in KIND_WORDS else kind


def standard_icon(pixmap: QStyle.StandardPixmap) -> QIcon:
    return QApplication.style().standardIcon(pixmap)


class Words:
    """Turns record bodies and finding details into readable text: names for member ids,
    titles for forms and phases, labels for activities."""

    def __init__(self, names: dict[str, str], phases: dict[str, str],
                 aids: dict[str, str] | None = None) -> None:
        self.names, self.phases = names, phases
        self.aids = aids or {}  # aid id -> description

    def value(self, key: str, value: Any) -> str:
        if key == "reason" and value in AID_REASONS:
            return tr(AID_REASONS[value])
        if key in ("aids", "aid_ids") and isinstance(value, list):
            return ", ".join(self.aids.get(str(a.get("aid_id")), "?") + " (" + ", ".join(
                code_words("uses", str(u)) or str(u) for u in a.get("uses", [])) + ")"
                if isinstance(a, dict)
                else self.aids.get(str(a), "?") for a in value) or "—"
        if value is None or value == [] or value == "":
            return "—"
        if isinstance(value, bool):
            return tr("yes") if value else tr("no")
        if key in ACTIVITY_KEYS:
            items = value if isinstance(value, list) else [value]
            return ", ".join(QCoreApplication.translate("ladder", ACTIVITY_LABELS[Activity(a)]) if a in Activity._value2member_map_
                             else str(a) for a in items)
        if key in ("from", "to") and isinstance(value, str) and value in self.names:
            return self.names[value]  # a case handed over from one therapist to another
        if key in MEMBER_KEYS:
            items = value if isinstance(value, list) else [value]
            return ", ".join(self.names.get(str(m), "?") for m in items)
        if key == "flags":
            return "; ".join(flag_words(str(f), messages_tr, aids=self.aids) for f in value)
        if key == "phase_id":
            return self.phases.get(str(value), str(value).replace("-", " "))
        if key == "forms" and isinstance(value, list):
            return ", ".join(self.value("form_id", v) for v in value)
        if key == "form_id":
            try:
                return forms.form(str(value)).title
            except TriadError:
                return str(value)
        if key == "duration_min":
            return tr("%1 min").replace("%1", str(value))
        if key == "days":
            return counted(int(value), "1 day", "%n days")
        if isinstance(value, str) and (words := code_words(key, value)) is not None:
            return words
        if key == "kind" and isinstance(value, str):
            return value.replace("_", " ").capitalize()
        if key == "signatures" and isinstance(value, list):
            return "; ".join(tr("%1 %2, signed %3").replace("%1", party_word(s.get("party", "?")))
                             .replace("%2", str(s.get("name", ""))).replace("%3", clinical_day(str(s.get("signed_on", ""))))
                             for s in value if isinstance(s, dict))
        if key == "phases" and isinstance(value, list):
            return ", ".join(str(p.get("title", "?")) for p in value if isinstance(p, dict))
        if isinstance(value, dict):
            return "; ".join(f"{self.label(k)}: {self.value(k, v)}" for k, v in self.ordered(value))
        if isinstance(value, list):
            return ", ".join(self.value(key, v) for v in value)
        text = str(value)
        if _CLINICAL_TIME.match(text):
            return when(text)
        return clinical_day(text) if _CLINICAL_DAY.match(text) else text

    @staticmethod
    def label(key: str) -> str:
        return tr(FIELDS[key]) if key in FIELDS else key.replace("_", " ").capitalize()

    @staticmethod
    def ordered(body: dict[str, Any]) -> list[tuple[str, Any]]:
        order = list(FIELDS)
        items = [(k, v) for k, v in body.items() if k not in SKIPPED]
        return sorted(items, key=lambda kv: (order.index(kv[0]) if kv[0] in order else len(order), kv[0]))

    def table(self, body: dict[str, Any], first: tuple[tuple[str, str], ...] = ()) -> str:
        """An HTML table: the ``first`` (label, text) rows, then the body's fields."""
        pairs = [*first, *((self.label(k), self.value(k, v)) for k, v in self.ordered(body))]
        rows = "".join(f"<tr><td valign='top'><b>{html.escape(k)}</b>&nbsp;&nbsp;</td>"
                       f"<td>{html.escape(v)}</td></tr>" for k, v in pairs)
        return f"<table cellspacing='2'>{rows}</table>"


def status_words(f: Finding, names: dict[str, str], resolved_kind: str = "") -> str:
    if f.status == "resolved":
        return tr("Resolved %1 by a later record (%2)").replace("%1", when(f.resolved_at)).replace(
            "%2", kind_words(resolved_kind) if resolved_kind else "?")
    if f.status == "signed-off":
        n = f.signoffs[-1]
        return tr("Signed off %1 by %2").replace("%1", when(n.at)).replace("%2", names.get(n.by, "?"))
    if f.remediations:
        n = f.remediations[-1]
        return tr("Remediated %1 by %2 (open)").replace("%1", when(n.at)).replace("%2", names.get(n.by, "?"))
    return tr("Open")


def html_view(name: str) -> QTextBrowser:
    b = QTextBrowser()
    b.setAccessibleName(name)
    b.setOpenLinks(False)
    return b


def notes_html(notes: tuple[Any, ...], names: dict[str, str], none: str) -> str:
    if not notes:
        return f"<p><i>{html.escape(none)}</i></p>"
    return "".join(f"<p><b>{when(n.at)} · {html.escape(names.get(n.by, '?'))}</b><br>"
                   f"{html.escape(n.text).replace(chr(10), '<br>')}</p>" for n in notes)


@dataclass(frozen=True)
class CaseWords:
    """What the audit pages need to show a case's records in words, read once per refresh:
    member names and roles by id (removed and external members too), and ``Words`` for fields."""

    names: dict[str, str] = field(default_factory=dict)
    roles: dict[str, str] = field(default_factory=dict)
    words: Words = field(default_factory=lambda: Words({}, {}))

    @classmethod
    def read(cls, ws: Workspace, case_id: str) -> CaseWords:
        people = ws.members.list(include_removed=True, include_external=True)
        names: dict[str, str] = {m.member_id: m.name for m in people}
        roles: dict[str, str] = {m.member_id: m.role.value for m in people}
        plan = ws.plans.current(case_id)
        return cls(names, roles,
                   Words(names, {p.phase_id: p.title for p in plan.phases} if plan else {},
                         ws.aids.descriptions(case_id)))

    def record_html(self, ws: Workspace, record_id: str, muted: str) -> str:
        """The record ``record_id`` with its amendments (or a member's credentials), as HTML;
        ``muted`` is the colour of the entry id."""
        disclosed = next((d for d in ws.disclosures.list() if d.entry_id == record_id), None)
        if disclosed is not None:
            return disclosure_html(disclosed, muted)
        try:
            entry, amendments = ws.amendments.history(record_id)
        except TriadError:
            if record_id in self.names:  # credential findings point to the member
                creds = ws.members.get(record_id).credentials
                items = "".join(f"<li>{html.escape(c.body)} {html.escape(c.number)}: "
                                + html.escape(tr("valid until %1").replace("%1", clinical_day(c.valid_until) or "—"))
                                + "</li>" for c in creds)
                title = tr("Credentials of %1").replace("%1", self.names[record_id])
                return f"<h3>{html.escape(title)}</h3><ul>{items}</ul>"
            return f"<p><i>{tr('This record is not in this vault, or you may not read it.')}</i></p>"
        by = tr("Entered %1 by %2 (%3)").replace("%1", when(entry.created_at)).replace(
            "%2", self.names.get(entry.author, "?")).replace("%3", role_word(self.roles.get(entry.author, "?")))
        out = (f"<h3>{html.escape(kind_words(entry.kind))}</h3><p>{html.escape(by)}<br>"
               f"<span style='color:{muted}'>{tr('entry')} {entry.id}</span></p>"
               + self.words.table(entry.body) + f"<h4>{tr('Amendments')}</h4>")
        if not amendments:
            return out + f"<p><i>{tr('None: the record stands as signed.')}</i></p>"
        for a in amendments:
            head = tr("%1 by %2").replace("%1", when(a.at)).replace("%2", self.names.get(a.by, "?"))
            out += (f"<p><b>{html.escape(head)}</b><br>{html.escape(tr('Reason'))}: {html.escape(a.reason)}</p>"
                    + self.words.table(a.changes))
        return out


def disclosure_html(d: Disclosure, muted: str) -> str:
    """One ``disclosure.recorded`` entry in words: what left, to whom, by whom, which cases
    (those the reader is on). It never names a file or a path: the entry holds none."""
    what = tr(DISCLOSED_WORDS.get(d.what.value, d.what.value))
    if d.report:
        what += f": {d.report}"
    if d.to.value in ("member", "contact"):
        to = d.member_name or "?"
    else:
        to = tr(RECIPIENT_WORDS.get(d.to.value, d.to.value))
    rows = [(tr("What"), what), (tr("To whom"), to),
            (tr("Cases"), ", ".join(d.case_codes) or "—")]
    by = tr("Recorded %1 by %2").replace("%1", when(d.at)).replace("%2", d.author_name)
    cells = "".join(f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(v)}</td></tr>"
                    for k, v in rows)
    return (f"<h3>{html.escape(kind_words('disclosure.recorded'))}</h3><p>{html.escape(by)}<br>"
            f"<span style='color:{muted}'>{tr('entry')} {d.entry_id}</span></p>"
            f"<table>{cells}</table>"
            f"<p><i>{html.escape(tr('A disclosure is recorded when the record leaves the vault; where a file was saved is never recorded.'))}</i></p>")
