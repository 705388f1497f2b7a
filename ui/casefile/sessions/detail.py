"""The Sessions & debriefs tab's detail pane: the selected session in full -- its plan and
outcome, the therapist's progress note or the meeting's minutes, its debrief with the
process recording kept apart, the therapist's review and its co-signature, each amendment
beside the original and any conflict to settle (split out of ``tab.py``)."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtCore import QObject

from triad import clock
from triad.casefile.amendments import FieldConflict
from triad.casefile.sessions import Session
from triad.casefile.visibility import PROCESS_RECORDING
from triad.workspace import Workspace
from ui.casefile.sessions.cosign import cosign_html
from ui.casefile.sessions.debrief_form import activities_text, field_word, flag_word, kind_word, tr
from ui.casefile.sessions.model import (
    DUE,
    NO_DEBRIEF,
    NOT_HELD,
    SCHEDULED,
    STATUS_WORDS,
    debrief_status,
)
from ui.casefile.sessions.notes import notes_html
from ui.casefile.sessions.outcome import outcome_tip
from ui.casefile.sessions.settle import conflict_html, conflicts_of
from ui.widgets.form import clinical_minutes, clinical_number


class SessionDetails(QObject):
    """Writes the detail pane's HTML for one session. The tab sets what it read of the case
    (``ws``, ``names``, ``phases``, ``aids``, ``now``) at each refresh; ``may_read`` says
    whether the acting member reads a session's process recording."""

    def __init__(self, may_read: Callable[[Session], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.may_read = may_read
        self.ws: Workspace | None = None
        self.names: dict[str, str] = {}
        self.phases: dict[str, str] = {}
        self.aids: dict[str, str] = {}
        self.now = ""

    def clear(self) -> None:
        self.ws, self.names, self.phases, self.aids, self.now = None, {}, {}, {}, ""

    def html(self, s: Session) -> str:
        ws = self.ws
        assert ws is not None
        recording = self.may_read(s)
        html = [_tag("h3", f"{kind_word(s.kind)} · {clinical_minutes(s.starts_at)}")]
        session_originals, session_log = self._history(s.entry_id, s.amended, recording)
        rows = [
            ("starts_at", self.tr("Date and time"), clinical_minutes(s.starts_at)),
            ("duration_min", self.tr("Duration"), self.tr("%d min") % s.duration_min),
            ("location", self.tr("Location"), s.location or "—"),
            ("phase_id", self.tr("Phase"), self.phases.get(s.phase_id or "", s.phase_id or "—")),
            ("", self.tr("Surrogate partner"), self.names.get(s.surrogate_id or "", "—")),
            ("", self.tr("Planned activities"), activities_text(s.planned_activities)),
            ("", self.tr("Outcome"), outcome_tip(s)),  # issue 16: what happened, moves
        ]
        conflicts = self.conflicts(s)
        html.append(self._fields(rows, session_originals, conflicts.get(s.entry_id, {})))
        html += session_log
        html.append(notes_html(ws, s, self.names))  # issue 16: progress note, minutes
        d = s.debrief
        status = debrief_status(s, self.now)
        if s.kind == "three_way_meeting" and d is None:
            return "".join(html)  # its record is its minutes
        html.append(_tag("h4", self.tr("Debrief") if status == NO_DEBRIEF
                         else self.tr("Debrief: %s") % tr(STATUS_WORDS[status])))
        if d is None and s.outcome in NOT_HELD:
            html.append(_p(self.tr("Not held: no debrief is owed.")))
            return "".join(html)
        if d is None:
            html.append(_p({
                NO_DEBRIEF: self.tr("A therapist session has no surrogate debrief."),
                SCHEDULED: self.tr("The session has not taken place yet. The surrogate partner "
                                   "logs a debrief afterwards."),
                DUE: self.tr("The debrief is due: the surrogate partner logs it with Log debrief…"),
            }[status]))
            return "".join(html)
        html.append(_p(self.tr("Submitted %s by %s.") % (
            clinical_minutes(clock.utc_to_local_minutes(d.submitted_at)), self.names.get(d.author, "?"))))
        if d.flags:
            flags = "; ".join(flag_word(f, self.aids) for f in d.flags)
            head = self.tr("Flags:") if d.reviewed else self.tr("Flagged for review:")
            html.append(f"<p><b>{escape(head)}</b> {escape(flags)}</p>")
        originals, debrief_log = self._history(d.entry_id, d.amended, recording)

        def suds(v: int | None) -> str:
            return self.tr("not rated") if v is None else str(v)

        yes, no = self.tr("yes"), self.tr("no")
        rows = [
            ("held_at", field_word("held_at"), clinical_minutes(d.held_at)),
            ("duration_min", self.tr("Duration"), self.tr("%d min") % d.duration_min),
            ("location", field_word("location"), d.location or "—"),
            ("", self.tr("Activities planned"), activities_text(d.activities_planned)),
            ("activities_done", field_word("activities_done"), activities_text(d.activities_done)),
            ("suds_before", field_word("suds_before"), suds(d.suds_before)),
            ("suds_after", field_word("suds_after"), suds(d.suds_after)),
        ] + [(n, field_word(n), getattr(d, n) or "—") for n in ("went_well", "was_hard", "arousal_anxiety")] + [
            ("boundaries_kept", field_word("boundaries_kept"), yes if d.boundaries_kept else no),
            ("boundaries_note", field_word("boundaries_note"), d.boundaries_note or "—"),
            ("stop_signals", field_word("stop_signals"), str(d.stop_signals)
             + (f" (“{d.signals.stop}”)" if d.signals else "")),
            ("pause_signals", field_word("pause_signals"), str(d.pause_signals)
             + (f" (“{d.signals.pause}”)" if d.signals else "")),
            ("safer_sex_kept", field_word("safer_sex_kept"),
             "—" if d.safer_sex_kept is None else yes if d.safer_sex_kept else no),
            ("safer_sex", field_word("safer_sex"), d.safer_sex or "—"),
            ("aid_ids", field_word("aids_used"), ", ".join(
                [self.aids.get(a, "?") for a in d.aid_ids] + list(d.aids_used)) or "—"),
        ] + [(n, field_word(n), getattr(d, n) or "—") for n in ("reactions", "questions", "proposal")]
        mine = conflicts.get(d.entry_id, {})
        html.append(self._fields(rows, originals, mine))
        html.append(_tag("h4", self.tr("Process recording (kept apart)")))
        if recording:
            html.append(_p(d.process_recording or "—"))
            if PROCESS_RECORDING in mine:
                html.append(self._conflict_html(mine[PROCESS_RECORDING]))
            html.append(_p(self.tr("Not part of the progress summary."), "i"))
        else:
            html.append(_p(self.tr(
                "Kept apart: only the therapist and the surrogate partner who wrote it read it."), "i"))
        html += debrief_log
        html.append(_tag("h4", self.tr("Therapist's review")))
        if not d.reviews:
            html.append(_p(self.tr("Not reviewed yet. The therapist acknowledges the debrief with "
                                   "a comment (Review debrief…).")))
        signed = self.ws.cosign.cosignatures(s.case_id) if self.ws is not None else {}
        required = self.ws is not None and self.ws.cosign.required()
        for r in d.reviews:
            review_originals, review_log = self._history(r.entry_id, r.amended, recording)
            who = self.tr("%s, %s:") % (self.names.get(r.by, "?"), clinical_minutes(clock.utc_to_local_minutes(r.at)))
            html.append(f"<p>{escape(who)}<br>{_para(r.comment)}</p>")
            if "comment" in review_originals:
                original = review_originals["comment"]
                html.append(f"<p><i>{escape(self.tr('Original comment:'))}</i> {_para(original)}</p>")
            if "comment" in conflicts.get(r.entry_id, {}):
                html.append(self._conflict_html(conflicts[r.entry_id]["comment"]))
            html += review_log
            html.append(cosign_html(r, signed, self.names, required))
        return "".join(html)

    def conflicts(self, s: Session) -> dict[str, dict[str, FieldConflict]]:
        return conflicts_of(self.ws, s) if self.ws is not None else {}

    def _conflict_html(self, c: FieldConflict) -> str:
        return conflict_html(c, self.names, self.value)

    def _fields(self, rows: list[tuple[str, str, str]], originals: dict[str, str],
                conflicts: dict[str, FieldConflict] | None = None) -> str:
        out = ["<table cellspacing='0' cellpadding='3'>"]
        for key, label, value in rows:
            cell = _para(value)
            if key in originals:
                cell += f"<br><i>{escape(self.tr('amended; originally:'))}</i> {_para(originals[key])}"
            if conflicts and key in conflicts:
                cell += self._conflict_html(conflicts[key])
            out.append(f"<tr><td valign='top'><b>{escape(label)}</b></td><td>{cell}</td></tr>")
        out.append("</table>")
        return "".join(out)

    def _history(self, entry_id: str, amended: bool, recording: bool) -> tuple[dict[str, str], list[str]]:
        """The original values of amended fields, and the amendments in order: who, when,
        why, and each changed field before and after."""
        if not amended or self.ws is None:
            return {}, []
        original, amendments = self.ws.amendments.history(entry_id)
        state = dict(original.body)
        originals: dict[str, str] = {}
        log = [_tag("h4", self.tr("Amendments (the original stays in the record)"))]
        for a in amendments:
            who = self.tr("Amended %s by %s.") % (clinical_minutes(clock.utc_to_local_minutes(a.at)),
                                                  self.names.get(a.by, "?"))
            log.append(f"<p>{escape(who)}<br><i>{escape(self.tr('Reason:'))}</i> {_para(a.reason)}</p>")
            heads = "".join(_tag("th align='left'", self.tr(h)) for h in ("Field", "Before", "After"))
            log.append(f"<table cellspacing='0' cellpadding='3'><tr>{heads}</tr>")
            for name, value in sorted(a.changes.items()):
                before, after = self.value(name, state.get(name)), self.value(name, value)
                if name == "process_recording" and not recording:
                    before = after = self.tr("(kept apart)")
                originals.setdefault(name, before)
                cells = "".join(f"<td valign='top'>{_para(t)}</td>" for t in (field_word(name), before, after))
                log.append(f"<tr>{cells}</tr>")
                state[name] = value
            log.append("</table>")
        return originals, log

    def value(self, name: str, value: Any) -> str:
        if value is None:
            return self.tr("not rated") if name.startswith("suds") else "—"
        if name == "activities_done":
            return activities_text(value)
        if name in ("held_at", "starts_at"):
            return clinical_minutes(value)
        if name == "phase_id":
            return self.phases.get(str(value), str(value))
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        if isinstance(value, list):
            return ", ".join(str(v) for v in value) or "—"
        if isinstance(value, float):
            return clinical_number(value)
        return str(value) or "—"


def _para(text: str) -> str:
    """Record text as HTML: escaped, line breaks kept."""
    return escape(str(text)).replace("\n", "<br>")


def _tag(tag: str, text: str) -> str:
    return f"<{tag}>{_para(text)}</{tag.split()[0]}>"


def _p(text: str, style: str = "") -> str:
    return f"<p><{style}>{_para(text)}</{style}></p>" if style else f"<p>{_para(text)}</p>"
