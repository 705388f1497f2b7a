"""The audit trail's record view in German (issue 19): every kind of entry the services write
(the schema test's case with every kind, tests/core/transfer/test_schema.py) read beside the
trail with German labels and German words for every coded value -- no English field label,
no English code (granted, therapist, surrogate_session ...) left."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

import triad.workspace
from tests.conftest import DEMO_NOW
from tests.core.transfer.test_schema import World, _every_kind
from tests.stopped_clock import stopped_at
from tests.ui.main.test_german import catalogue  # noqa: F401 (fixture)
from triad.log.kinds import Kind
from ui import language
from ui.casefile.audit.words import FIELDS, CaseWords, Words

ROW = re.compile(r"<tr><td valign='top'><b>(.*?)</b>&nbsp;&nbsp;</td><td>(.*?)</td></tr>", re.S)


@pytest.fixture(scope="module")
def world(demo_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(triad.workspace, "datetime", stopped_at(DEMO_NOW))
        w = _every_kind(demo_path, tmp_path_factory.mktemp("every-kind-record"))
    yield w
    w.t.close()


# The vault's own kinds that the case with every kind does not write: their bodies as the
# services write them (triad.casefile.members, retention, requests, report_language,
# triad.workspace, triad.transfer.case_json)
MEMBER = "00000000-0000-4000-8000-000000000001"
VAULT_BODIES: dict[str, dict[str, object]] = {
    "case.imported": {"case_id": MEMBER, "code": "C-2026-009", "entries": 12},
    "member.credential_recorded": {"member_id": MEMBER, "credential": {
        "body": "Psychotherapeutenkammer", "number": "PK-1", "valid_until": "2030-01-01"}},
    "member.passphrase_changed": {"member_id": MEMBER, "change_id": MEMBER},
    "member.passphrase_recovered": {"member_id": MEMBER, "change_id": MEMBER},
    "member.removed": {"member_id": MEMBER},
    "vault.recovery_code_replaced": {},
    "vault.report_language": {"language": "de"},
    "vault.request_settings": {"due_days": 30},
    "vault.retention_settings": {"years": 10, "minor_years": 3, "note": "BGB 630f"},
}


def _rows(shown: str) -> list[tuple[str, str]]:
    return [(html.unescape(a), html.unescape(b)) for a, b in ROW.findall(shown)]


def _records(world: World) -> Iterator[tuple[str, str, list[tuple[str, str]]]]:
    """Every entry of the world's therapist's vault: (kind, id, the record view's rows), and
    the vault's own kinds it lacks."""
    ws = world.t
    people = {}
    for e in ws.log.entries("1=1", ()):
        case = str(e.case_id or "")
        if case not in people:
            people[case] = CaseWords.read(ws, case) if case else CaseWords.read(ws, world.case)
        yield e.kind, e.id, _rows(people[case].record_html(ws, e.id, "#777"))
    words = Words({MEMBER: "Dr Maren Holt"}, {})
    for kind, body in VAULT_BODIES.items():
        yield kind, kind, _rows(words.table(body))


# words that are the same in both languages
SAME = {"Status", "Name", "Text", "Plan", "Phase", "Material", "SUDS"}
# fields whose value is a code (or a list of codes): never the English words in German
CODED = {"party", "parties", "attendees", "role", "legal_basis", "kind", "where", "from", "to",
         "status", "outcome", "copy", "type", "ground", "template_id", "grants", "declines",
         "activities", "activity", "planned_activities", "activities_planned",
         "activities_done", "flags", "signatures", "boundaries_kept",
         "safer_sex_kept", "safer_sex_agreed", "signed_later", "duration_min", "days"}
CODE = re.compile(r"^[a-z]+(?:[_-][a-z]+)+$")  # surrogate_session, default-spt, no-show
FREE_TEXT = {"about_field", "material", "description"}  # typed by a person


def _shown(world: World, qapp: QApplication, lang: str) -> dict[str, tuple[str, list[tuple[str, str]]]]:
    language.install(qapp, lang)
    try:
        return {i: (k, rows) for k, i, rows in _records(world)}
    finally:
        language.install(qapp, "en")


@pytest.mark.usefixtures("catalogue")
def test_every_kind_reads_in_german_in_the_record_view(world: World, qapp: QApplication) -> None:
    english, german = _shown(world, qapp, "en"), _shown(world, qapp, "de")
    key_of = {str(v): k for k, v in FIELDS.items()}
    names = {m.name for m in world.t.members.list(include_removed=True, include_external=True)}
    kinds, faults = set(), []
    for entry_id, (kind, rows) in english.items():
        kinds.add(kind)
        for (label_en, value_en), (label_de, value_de) in zip(rows, german[entry_id][1], strict=True):
            key = key_of.get(label_en, "?")
            if label_de == label_en and label_en not in SAME:
                faults.append(f"{kind}: label {label_en!r}")
            if key == "?":
                faults.append(f"{kind}: a field with no label of its own ({label_en!r})")
            if key in CODED and value_de == value_en and value_en not in ("\u2014", *names):
                faults.append(f"{kind}: {label_en} {value_de!r}")
            if key not in FREE_TEXT and any(CODE.match(part.strip(" ()")) for part in
                                            re.split(r"[,;:]\s*|\s\(", value_de)):
                faults.append(f"{kind}: {label_de} {value_de!r}")
    assert faults == [], "\n".join(faults)
    # every kind is here but those the record view does not show as a table: a disposal
    # (its case's content is gone with it) and a disclosure (``disclosure_html``), and the
    # opening of an older vault (the Practice window's business)
    assert sorted({k.value for k in Kind} - kinds) == [
        "case.disposed", "disclosure.recorded", "vault.older_accepted"]


@pytest.mark.usefixtures("catalogue")
def test_ids_and_team_read_as_a_german_clinician_writes_them(qapp: QApplication) -> None:
    language.install(qapp, "de")
    try:
        labels = {k: Words.label(k) for k in ("note_id", "request_id", "series_id",
                                                "therapist_id", "surrogate_ids", "template_id")}
        words = Words({}, {})
        assert labels == {"note_id": "Notiz-ID", "request_id": "Antrags-ID",
                          "series_id": "Serien-ID", "therapist_id": "Therapeut:in",
                          "surrogate_ids": "Surrogatpartner:innen", "template_id": "Vorlage"}
        assert words.value("template_id", "default-spt") == "SPT-Standardplan"
        assert words.value("ground", "departed") == "Therapeut:in aus der Praxis ausgeschieden"
        assert words.value("flags", ["pause-signal-used"]) == "Pausensignal verwendet"
    finally:
        language.install(qapp, "en")
    assert Words.label("therapist_id") == "Therapist"
    assert Words({}, {}).value("template_id", "custom") == "none (phases of the case's own)"
