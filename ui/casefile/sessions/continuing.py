"""The Sessions tab's forms other than a session's, opened again for a draft kept at a lock
(issue 15): a new measure, an amendment of a measure, the settling of a conflict, and the
supervisor's co-signature of a review (its subject is the review, not the session)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ui.casefile.sessions.tab import SessionsTab


def continue_other(tab: SessionsTab, kind: str, subject_id: str) -> bool:
    """A kept measure, amendment of a measure or settling of a conflict (issue 15)."""
    if kind == "measure":
        if not tab.measure_button.isEnabled():
            return False
        tab.record_measure()
        return True
    if kind == "cosignature":
        session = next((x for x in tab.sessions if x.debrief is not None and any(
            r.entry_id == subject_id for r in x.debrief.reviews)), None)
        if session is None:
            return False
        tab.select_record(session.session_id)
        if not tab.cosign_button.isEnabled() or tab.cosign_target_id != subject_id:
            return False  # co-signed meanwhile, or no longer required
        tab.cosign()
        return True
    # the record the draft is about: a measure, or a session's debrief or review
    row = tab.measures_model.find(lambda m: subject_id in (m.measure_id, m.entry_id))
    if row >= 0:
        tab.measures_table.selectRow(row)
    else:
        session = next((x for x in tab.sessions if x.debrief is not None and subject_id in (
            x.debrief.entry_id, *(r.entry_id for r in x.debrief.reviews))), None)
        if session is None:
            return False
        tab.select_record(session.session_id)
    if kind == "measure-amendment":
        if not tab.amend_measure_button.isEnabled():
            return False
        tab.amend_measure()
        return True
    if not tab.settle_button.isEnabled() or not any(
            c.target_id == subject_id for c in tab.to_settle()):
        return False  # settled meanwhile
    tab.settle()
    return True
