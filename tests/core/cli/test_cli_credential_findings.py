"""``triad-cli audit`` and ``findings`` name the member of a credential finding, in English and
in German, as the app's audit pages do (issue 19): one sentence, ``triad.audit.sentences``."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from tests.core.audit.test_audit_rules import at
from tests.core.conftest import cli
from tests.core.practice import PASS, SCOPE, Practice, hold_session, sigs, triad_agreement
from triad import i18n
from triad.audit.sentences import said
from triad.casefile.members import Credential
from triad.roles import Role
from triad.workspace import Workspace

ENV = {"TRIAD_PASSPHRASE": PASS}
LATER = datetime.fromisoformat("2026-02-07T09:00")


@pytest.fixture
def vault(tmp_path: Path) -> Path:
    """Dr Tess holds no credential; Sam's ended the day before her second session."""
    path = tmp_path / "v"
    t = Workspace.create(path, name="Dr Tess", role=Role.THERAPIST, passphrase=PASS).workspace
    t.members.add("Sam", Role.SURROGATE, PASS, (Credential("IPSA", "S-1", "2026-02-05"),))
    t.members.add("Vera", Role.SUPERVISOR, PASS)
    t.members.add("Dr Other", Role.THERAPIST, PASS)
    t.members.add("Sky", Role.SURROGATE, PASS)
    p = Practice(path, t, *(Workspace.open(path, PASS, n) for n in ("Sam", "Vera", "Dr Other", "Sky")))
    p.ids = {m.name: m.member_id for m in t.members.list()}
    at(p, "2026-01-10T09:00")
    p.case = t.cases.open({"code": "C-2026-001", "legal_name": "Client Person",
                           "date_of_birth": "1990-01-02"},
                          (p.ids["Sam"],), p.ids["Vera"], opened_at="2026-01-05").case_id or ""
    t.cases.change_status(p.case, "assessment")
    t.capacity.record(p.case, "2026-01-09", "has-capacity", "")
    for form_id, parties in (("informed-consent", ("client", "therapist")),
                             ("release-of-information", ("client", "therapist"))):
        t.consent.give(p.case, form_id, sigs("2026-01-10", *parties),
                       grants=SCOPE if form_id != "release-of-information" else ())
    triad_agreement(p, "2026-01-10", grants=SCOPE)
    at(p, "2026-02-01T09:00")
    hold_session(p, "2026-02-05T10:00")
    hold_session(p, "2026-02-06T10:00")
    p.close()
    return path


def _audit(vault: Path, language: str) -> str:
    done = cli("audit", str(vault), "--language", language, env=ENV, now=LATER)
    assert done.code == 0, done.err
    found = cli("findings", str(vault), "--language", language, env=ENV, now=LATER)
    assert found.code == 0, found.err
    return " ".join((done.out + found.out).split())


def test_the_audit_names_the_member_in_english(vault: Path) -> None:
    out = _audit(vault, "en")
    assert "Sam's credential was not valid on the session date 2026-02-06 (the session's " \
           "surrogate partner)." in out
    assert "Dr Tess's credential was never recorded on the session date 2026-02-05 (the " \
           "case's therapist)." in out


def test_the_audit_names_the_member_in_german(vault: Path) -> None:
    out = _audit(vault, "de")
    assert "Der Qualifikationsnachweis von Sam (Surrogatpartner:in der Sitzung) war am " \
           "Sitzungstag 06.02.2026 nicht gültig." in out
    assert "Zu Dr Tess (Therapeut:in des Falls) war am Sitzungstag 05.02.2026 kein " \
           "Qualifikationsnachweis erfasst." in out
    words = out.replace("credential.invalid-on-session-date", "")  # the rule's id is a code
    assert "credential" not in words and "2026-02-06" not in words
    # the sentence is the one the app's audit pages show (the same function)
    ws = Workspace.open(vault, PASS)
    try:
        at_day = ws.audit.run().findings
    finally:
        ws.close()
    for f in at_day:
        if f.rule_id.startswith("credential."):
            assert said(f, i18n.GERMAN) in out


def test_an_expiring_credential_and_an_unnamed_member() -> None:
    class F:
        explanation = "Dr Example's credential expires on 2026-12-01."

    assert said(F(), i18n.ENGLISH) == "Dr Example's credential expires on 2026-12-01."
    assert said(F(), i18n.GERMAN) == "Der Qualifikationsnachweis von Dr Example läuft am " \
        "01.12.2026 ab."
    F.explanation = "A member's credential expires on 2026-12-01."
    assert said(F(), i18n.GERMAN) == "Der Qualifikationsnachweis von einem Mitglied läuft am " \
        "01.12.2026 ab."
