"""Drafts (issue 15): unfinished forms kept encrypted in the vault, per member, never in the
signed log, never in clear in the vault folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import DEMO_PASS
from triad import demo
from triad.casefile.drafts import DraftKind
from triad.errors import InvalidInput, PermissionDenied
from triad.workspace import Workspace

SECRET = "Zebra-quartz debrief words 7731"


def _session_of(ws: Workspace) -> tuple[str, str]:
    case = ws.cases.list()[0]
    session = ws.sessions.list(case.case_id)[0]
    return str(case.case_id), str(session.session_id)


def test_a_draft_is_kept_taken_once_and_replaced(demo_copy: Path) -> None:
    with Workspace.open(demo_copy, DEMO_PASS, demo.SURROGATES[0]) as ws:
        case_id, session_id = _session_of(ws)
        entries = ws.vault.db.one("SELECT count(*) FROM entries")
        ws.drafts.save(DraftKind.DEBRIEF, case_id, session_id, {"f0": "first"})
        ws.drafts.save(DraftKind.DEBRIEF, case_id, session_id, {"f0": SECRET, "f1": 3})
        assert [(d.kind, d.case_id, d.subject_id) for d in ws.drafts.list()] == [
            (DraftKind.DEBRIEF, case_id, session_id)]
        assert ws.vault.db.one("SELECT count(*) FROM entries") == entries  # not a signed entry
    with Workspace.open(demo_copy, DEMO_PASS, demo.SURROGATES[0]) as ws:  # after a lock
        assert ws.drafts.take(DraftKind.DEBRIEF, case_id, session_id) == {"f0": SECRET, "f1": 3}
        assert ws.drafts.list() == []
        assert ws.drafts.take(DraftKind.DEBRIEF, case_id, session_id) is None


def test_one_members_drafts_are_invisible_to_another(demo_copy: Path) -> None:
    with Workspace.open(demo_copy, DEMO_PASS, demo.SURROGATES[0]) as ws:
        case_id, session_id = _session_of(ws)
        ws.drafts.save(DraftKind.DEBRIEF, case_id, session_id, {"f0": SECRET})
    with Workspace.open(demo_copy, DEMO_PASS, demo.THERAPIST) as ws:
        assert ws.drafts.list() == []
        assert ws.drafts.get(DraftKind.DEBRIEF, case_id, session_id) is None
        ws.drafts.discard(DraftKind.DEBRIEF, case_id, session_id)  # touches only her own
    with Workspace.open(demo_copy, DEMO_PASS, demo.SURROGATES[0]) as ws:
        assert ws.drafts.get(DraftKind.DEBRIEF, case_id, session_id) == {"f0": SECRET}


def test_a_draft_needs_a_place_on_the_case_and_plain_fields(demo_copy: Path) -> None:
    with Workspace.open(demo_copy, DEMO_PASS, demo.SURROGATES[0]) as ws:
        mine = {str(c.case_id) for c in ws.cases.list()}
    with Workspace.open(demo_copy, DEMO_PASS, demo.THERAPIST) as ws:
        other = next(str(c.case_id) for c in ws.cases.list() if str(c.case_id) not in mine)
        ws.drafts.save(DraftKind.NEW_CASE, "", "", {"code": "X"})  # outside any case
        with pytest.raises(InvalidInput):
            ws.drafts.save(DraftKind.GOAL, other, "", {"f": ["a list"]})  # type: ignore[dict-item]
        with pytest.raises(InvalidInput):
            ws.drafts.save(DraftKind.GOAL, other, "", {"f": "x" * 1_000_001})
    with Workspace.open(demo_copy, DEMO_PASS, demo.SURROGATES[0]) as ws, \
            pytest.raises(PermissionDenied):
        ws.drafts.save(DraftKind.DEBRIEF, other, "s", {"f0": "x"})


def test_no_draft_text_in_clear_in_the_vault_folder(demo_copy: Path) -> None:
    with Workspace.open(demo_copy, DEMO_PASS, demo.SURROGATES[0]) as ws:
        case_id, session_id = _session_of(ws)
        ws.drafts.save(DraftKind.DEBRIEF, case_id, session_id, {"f0": SECRET})
        # while open (WAL and journal files present) and after closing
        files = [p for p in demo_copy.rglob("*") if p.is_file()]
        assert files
        for p in files:
            assert SECRET.encode() not in p.read_bytes(), p.name
            assert SECRET.encode("utf-16-le") not in p.read_bytes(), p.name
    for p in demo_copy.rglob("*"):
        if p.is_file():
            assert SECRET.encode() not in p.read_bytes(), p.name


def test_drafts_survive_a_rebuild_of_the_projection(demo_copy: Path) -> None:
    with Workspace.open(demo_copy, DEMO_PASS, demo.SURROGATES[0]) as ws:
        case_id, session_id = _session_of(ws)
        ws.drafts.save(DraftKind.DEBRIEF, case_id, session_id, {"f0": SECRET})
        ws.log.rebuild()
        assert ws.drafts.get(DraftKind.DEBRIEF, case_id, session_id) == {"f0": SECRET}
