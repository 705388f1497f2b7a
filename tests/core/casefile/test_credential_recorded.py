"""Issue 15: a credential skipped at first run is recorded later (``member.credential_recorded``),
and from then the audit stops flagging the sessions it covers."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.practice import PASS
from triad.casefile.members import Credential
from triad.errors import InvalidInput, PermissionDenied
from triad.roles import Role
from triad.workspace import Workspace


def test_record_credential_for_self_and_by_a_therapist(tmp_path: Path) -> None:
    t = Workspace.create(tmp_path / "v", name="Ilse Nowak", role=Role.THERAPIST,
                         passphrase=PASS).workspace
    assert t.members.get(t.actor.member_id).credentials == ()
    me = t.members.record_credential(t.actor.member_id,
                                     Credential("State Board", " PSY-1 ", "2030-01-31"))
    assert me.credentials == (Credential("State Board", "PSY-1", "2030-01-31"),)
    sam = t.members.add("Sam", Role.SURROGATE, PASS)
    t.members.record_credential(sam.member_id, Credential("IPSA", "S-1"))
    with pytest.raises(InvalidInput, match="credential"):
        t.members.record_credential(sam.member_id, Credential("", "S-2"))
    s = Workspace.open(tmp_path / "v", PASS, "Sam")
    with pytest.raises(PermissionDenied):
        s.members.record_credential(t.actor.member_id, Credential("X", "1"))
    s.members.record_credential(sam.member_id, Credential("IPSA", "S-2", "2031-01-01"))
    assert [c.number for c in s.members.get(sam.member_id).credentials] == ["S-1", "S-2"]
    assert s.verify().ok
    s.close()
    t.close()
    # the projection is rebuilt from the log
    again = Workspace.open(tmp_path / "v", PASS)
    assert [c.number for c in again.members.get(sam.member_id).credentials] == ["S-1", "S-2"]
    again.close()
