"""The JSON case format: schema-valid export, exact round trip, idempotent and all-or-nothing
import with errors that name the JSON path."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from tests.conftest import DEMO_PASS as PASS
from tests.conftest import copy_demo
from triad import crypto, demo
from triad.errors import InvalidInput
from triad.roles import Role
from triad.transfer.case_json import SCHEMA_PATH
from triad.workspace import Workspace


@pytest.fixture(scope="module")
def demo_vault(demo_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    ws = Workspace.open(copy_demo(demo_path, tmp_path_factory.mktemp("demo")), PASS)
    yield ws
    ws.close()


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[Workspace]:
    ws = Workspace.create(tmp_path / "fresh.triad", name="New Therapist", role=Role.THERAPIST,
                          passphrase="fresh passphrase").workspace
    yield ws
    ws.close()


def snapshot(ws: Workspace) -> list[tuple[Any, ...]]:
    return ws.vault.db.rows("SELECT id, hash FROM entries ORDER BY id") + ws.vault.db.rows(
        "SELECT member_id FROM members ORDER BY 1") + ws.vault.db.rows("SELECT case_id FROM cases")


def test_every_demo_case_round_trips_exactly(demo_vault: Workspace, fresh: Workspace) -> None:
    schema = json.loads(SCHEMA_PATH.read_text())
    for case in demo_vault.cases.list():
        exported = json.loads(demo_vault.interchange.dumps(demo_vault.interchange.export_case(case.case_id)))
        jsonschema.validate(exported, schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
        result = fresh.interchange.import_case(exported)
        assert result.added == len(exported["entries"]) and result.already_present == 0
        again = json.loads(fresh.interchange.dumps(fresh.interchange.export_case(case.case_id)))
        assert again == exported
    assert fresh.verify().ok
    assert [(c.code, c.status) for c in fresh.cases.list()] == [
        (c.code, c.status) for c in demo_vault.cases.list()]
    # the imported authors are known here, by name, without key slots
    external = [m for m in fresh.members.list(include_external=True) if m.external]
    assert sorted(m.name for m in external) == sorted(
        [demo.THERAPIST, *demo.SURROGATES, demo.SUPERVISOR])
    assert len(fresh.vault.slots.member_slots()) == 1


def test_importing_twice_changes_nothing(demo_vault: Workspace, fresh: Workspace) -> None:
    data = demo_vault.interchange.export_case(demo_vault.cases.list()[0].case_id)
    fresh.interchange.import_case(data)
    before = snapshot(fresh)
    result = fresh.interchange.import_case(data)
    assert result.added == 0 and result.already_present == len(data["entries"])
    assert snapshot(fresh) == before


def _bad_import(fresh: Workspace, data: Any) -> InvalidInput:
    before = snapshot(fresh)
    with pytest.raises(InvalidInput) as info:
        fresh.interchange.import_case(data)
    assert snapshot(fresh) == before, "a rejected file changed the vault"
    return info.value


def test_malformed_files_change_nothing_and_name_the_path(
    demo_vault: Workspace, fresh: Workspace
) -> None:
    good = demo_vault.interchange.export_case(demo_vault.cases.list()[0].case_id)

    def variant(change: Any) -> Any:
        data = copy.deepcopy(good)
        change(data)
        return data

    cases: list[tuple[Any, str, str]] = [
        (variant(lambda d: d.pop("entries")), "$", "required"),
        (variant(lambda d: d.update(version=2)), "$.version", "const"),
        (variant(lambda d: d["entries"][3].update(seq="three")), "$.entries[3].seq", "type"),
        (variant(lambda d: d["entries"][5]["body"].pop("session_id", None) or
                 d["entries"][5]["body"].clear()), "$.entries[5].body", "required"),
        (variant(lambda d: d["entries"][4]["body"].update(label="edited")), "$.entries[4].hash",
         "hash-mismatch"),
        (variant(lambda d: d["entries"].pop(7)), "$.entries", "chain"),
        (variant(lambda d: d["entries"][2].update(author=d["entries"][0]["case_id"])),
         "$.entries[2].author", "unknown-author"),
    ]
    for data, path, reason in cases:
        err = _bad_import(fresh, data)
        assert err.data["path"].startswith(path), (err.data, path)
        assert reason in str(err.data["reason"]), (err.data, reason)
    with pytest.raises(InvalidInput) as not_json:
        fresh.interchange.import_bytes(b'{"format": "triad-case", ')
    assert not_json.value.data == {"path": "$", "reason": "not-json"}


def test_rehashed_tamper_fails_the_signature(demo_vault: Workspace, fresh: Workspace) -> None:
    data = copy.deepcopy(demo_vault.interchange.export_case(demo_vault.cases.list()[0].case_id))
    i = next(i for i, e in enumerate(data["entries"]) if e["kind"] == "session.debriefed")
    entry = data["entries"][i]
    entry["body"]["suds_after"] = 0
    from triad.log.entries import Entry

    entry["hash"] = Entry(**entry).computed_hash()
    err = _bad_import(fresh, data)
    assert err.data["path"] == f"$.entries[{i}].signature" and err.data["reason"] == "bad-signature"


def test_a_surrogate_cannot_author_a_plan_through_a_file(tmp_path: Path, fresh: Workspace) -> None:
    from tests.core.practice import make_practice

    p = make_practice(tmp_path / "src")
    key = bytes(p.s.vault.db.one("SELECT signing_private FROM member_keys WHERE member_id=?",  # type: ignore[index]
                                 (p.s.actor.member_id,))[0])
    p.s.log.append(p.s.actor.member_id, key, "plan.revised",
                   {"revision": 9, "template_id": "x", "phases": [
                       {"phase_id": "x", "title": "x", "objectives": [], "activities": [],
                        "planned_sessions": 1, "entry_criteria": []}]},
                   p.case)  # type: ignore[arg-type]
    data = p.t.interchange.export_case(p.case)
    i = next(i for i, e in enumerate(data["entries"]) if e["author"] == p.s.actor.member_id
             and e["kind"] == "plan.revised")  # (her countersignature comes first: issue 13)
    err = _bad_import(fresh, data)
    assert err.data == {"path": f"$.entries[{i}].kind", "reason": "role-may-not-write"}
    p.close()


def test_conflicting_member_key_is_refused(demo_vault: Workspace, fresh: Workspace) -> None:
    data = demo_vault.interchange.export_case(demo_vault.cases.list()[0].case_id)
    fresh.interchange.import_case(data)
    other = copy.deepcopy(demo_vault.interchange.export_case(demo_vault.cases.list()[1].case_id))
    _, public = crypto.ed25519_generate()
    therapist = next(m for m in other["members"] if m["role"] == "therapist")
    therapist["signing_public"] = crypto.b64e(public)
    err = _bad_import(fresh, other)
    assert err.data["reason"] in ("key-conflict", "bad-signature")


def test_only_therapists_import(demo_vault: Workspace, tmp_path: Path) -> None:
    from triad.errors import PermissionDenied

    ws = Workspace.create(tmp_path / "s.triad", name="S", role=Role.SURROGATE,
                          passphrase="surrogate passphrase").workspace
    with pytest.raises(PermissionDenied):
        ws.interchange.import_case(demo_vault.interchange.export_case(demo_vault.cases.list()[0].case_id))
    ws.close()


def _key(ws: Workspace) -> bytes:
    row = ws.vault.db.one("SELECT signing_private FROM member_keys WHERE member_id=?", (ws.actor.member_id,))
    assert row is not None
    return bytes(row[0])


def test_a_file_cannot_touch_another_case(tmp_path: Path) -> None:
    from tests.core.practice import hold_session, make_practice

    a = make_practice(tmp_path / "a")
    sid = hold_session(a)
    debrief = a.t.sessions.get(sid).debrief
    assert debrief is not None
    b = Workspace.create(tmp_path / "b.triad", name="Mallory", role=Role.THERAPIST,
                         passphrase="mallory passphrase").workspace
    other = b.cases.open({"code": "C-2026-777"}).case_id
    b.log.append(b.actor.member_id, _key(b), "entry.amended",
                 {"target_id": debrief.entry_id, "target_kind": "session.debriefed",
                  "reason": "x", "changes": {"suds_after": 0}}, other)  # type: ignore[arg-type]
    data = b.interchange.export_case(other)  # type: ignore[arg-type]
    err = _bad_import(a.t, data)
    assert err.data["reason"] == "unknown-reference"
    assert a.t.sessions.get(sid).debrief.suds_after == 4  # type: ignore[union-attr]
    b.close()
    a.close()


def test_known_members_keep_their_role(tmp_path: Path) -> None:
    from tests.core.practice import PASS, make_practice

    a = make_practice(tmp_path / "a")
    a.t.backup(tmp_path / "a.backup")
    copy_ws, _ = Workspace.restore(tmp_path / "a.backup", tmp_path / "copy.triad", PASS, "Sam")
    copy_ws.log.append(copy_ws.actor.member_id, _key(copy_ws), "plan.revised",
                       {"revision": 5, "template_id": "x", "phases": [
                           {"phase_id": "x", "title": "x", "objectives": [], "activities": [],
                            "planned_sessions": 1, "entry_criteria": []}]},
                       a.case)  # type: ignore[arg-type]
    # the file claims the surrogate is a therapist
    therapist_copy = Workspace.open(tmp_path / "copy.triad", PASS)
    data = copy.deepcopy(therapist_copy.interchange.export_case(a.case))
    therapist_copy.close()
    for m in data["members"]:
        if m["member_id"] == a.ids["Sam"]:
            m["role"] = "therapist"
    err = _bad_import(a.t, data)
    assert err.data["reason"] == "role-conflict"
    copy_ws.close()
    a.close()


def test_code_must_match_the_case(demo_vault: Workspace, fresh: Workspace) -> None:
    data = copy.deepcopy(demo_vault.interchange.export_case(demo_vault.cases.list()[0].case_id))
    data["code"] = "C-1999-999"
    err = _bad_import(fresh, data)
    assert err.data == {"path": "$.entries[0].body.client.code", "reason": "code-mismatch"}


def test_duplicate_keys_and_nan_are_not_json(fresh: Workspace) -> None:
    for raw in (b'{"format": "triad-case", "format": "x"}', b'{"version": NaN}',
                b"[" * 100_000 + b"]" * 100_000, b'{"format": "\xff"}'):
        with pytest.raises(InvalidInput) as info:
            fresh.interchange.import_bytes(raw)
        assert info.value.data["reason"] == "not-json"
