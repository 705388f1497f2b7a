"""triad-cli for the therapist's notes (issue 16): ``note progress``, ``note minutes``,
``note`` (list), ``show``, and private notes that only their author reads."""

from __future__ import annotations

import json
from pathlib import Path

from tests.core.conftest import cli
from tests.core.practice import PASS, hold_session, make_practice

ENV = {"TRIAD_PASSPHRASE": PASS}


def test_cli_writes_and_lists_notes_minutes_and_private_notes(tmp_path: Path) -> None:
    p = make_practice(tmp_path / "v.triad")
    code = p.t.cases.get(p.case).code
    p.t.sessions.schedule(p.case, "therapist_session", "2026-02-03T15:00", 50)
    p.t.sessions.schedule(p.case, "three_way_meeting", "2026-01-20T16:00", 60)
    hold_session(p)
    p.close()
    vault = str(tmp_path / "v.triad")
    out = cli("note", "progress", vault, code, "--session", "2026-02-03 15:00", "--focus",
              "Shame after dates", "--plan", "Weekly", "--member", "Dr Tess", env=ENV)
    assert out.code == 0, out.err
    assert "Progress note saved for the therapist session of 2026-02-03 15:00" in out.out
    again = cli("note", "progress", vault, code, "--session", "2026-02-03 15:00", "--focus",
                "x", "--member", "Dr Tess", env=ENV)
    assert again.code != 0 and "already has a progress note" in again.err
    out = cli("note", "minutes", vault, code, "--session", "2026-01-20 16:00", "--attendee",
              "client", "--attendee", "therapist", "--attendee", "surrogate", "--agreements",
              "Weekly pace; stop word red", "--member", "Dr Tess", env=ENV)
    assert out.code == 0, out.err
    secret = "My own reaction: impatience zq7Mw4kp"
    out = cli("note", "private", vault, code, "--session", "2026-02-03 15:00", "--text", secret,
              "--member", "Dr Tess", env=ENV)
    assert out.code == 0 and "only you can read it" in out.out, out.err
    listed = cli("note", vault, code, "--member", "Dr Tess", env=ENV)
    assert listed.code == 0, listed.err
    assert "focus: Shame after dates" in listed.out and "agreements: Weekly pace" in listed.out
    assert "zq7Mw4kp" not in listed.out
    shown = cli("show", vault, code, "--member", "Vera", env=ENV)  # the supervisor
    assert shown.code == 0, shown.err
    assert "Progress notes and three-way meetings" in shown.out and "Shame after dates" in shown.out
    assert "zq7Mw4kp" not in shown.out
    sam = cli("note", vault, code, "--member", "Sam", env=ENV)  # the surrogate: minutes only
    assert "Weekly pace" in sam.out and "Shame after dates" not in sam.out
    mine = cli("note", "private-list", vault, code, "--member", "Dr Tess", env=ENV)
    assert secret in mine.out
    for other in ("Vera", "Sam"):
        theirs = cli("note", "private-list", vault, code, "--member", other, env=ENV)
        assert "zq7Mw4kp" not in theirs.out + theirs.err
    export = tmp_path / "mine.json"
    out = cli("note", "private-export", vault, "-o", str(export), "--member", "Dr Tess", env=ENV)
    assert out.code == 0, out.err
    assert [n["text"] for n in json.loads(export.read_text())["notes"]] == [secret]
    case_file = cli("export-json", vault, code, "--member", "Dr Tess", env=ENV)
    assert case_file.code == 0 and "zq7Mw4kp" not in case_file.out and "Shame after dates" in case_file.out


def test_cli_refuses_a_note_before_the_session(tmp_path: Path) -> None:
    p = make_practice(tmp_path / "v.triad")
    code = p.t.cases.get(p.case).code
    p.t.sessions.schedule(p.case, "therapist_session", "2099-02-03T15:00", 50)
    p.close()
    out = cli("note", "progress", str(tmp_path / "v.triad"), code, "--session",
              "2099-02-03 15:00", "--focus", "x", "--member", "Dr Tess", env=ENV)
    assert out.code != 0 and "has not taken place yet" in out.err
