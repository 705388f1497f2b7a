"""Issue 19: the demo practice in German -- the same cases, dates and seeded gap as the English
one, its records written in German (never an English sentence of the demo in an entry), its
clients signing the German form versions, the practice printing in German; built by
``triad-cli demo`` under a German locale, shown and printed in German.

Built once for the module for the fixed day (tests/conftest.py), its clock stopped at
``DEMO_NOW`` as the shared English demo's is."""

from __future__ import annotations

import io
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.conftest import DEMO_NOW, DEMO_PASS, DEMO_TODAY
from tests.core.conftest import cli
from tests.stopped_clock import stopped_at
from triad import demo
from triad.casefile import form_retention, forms
from triad.workspace import Workspace

GERMAN = demo.texts("de")
ENGLISH = demo.texts("en")
ENV = {"TRIAD_PASSPHRASE": DEMO_PASS, "TRIAD_NEW_PASSPHRASE": DEMO_PASS, "LANGUAGE": "",
       "LC_ALL": "", "LC_MESSAGES": ""}


@pytest.fixture(scope="module")
def german_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo-de") / "demo.triad"
    demo.build(path, DEMO_PASS, today=DEMO_TODAY, language="de").close()
    return path


@pytest.fixture
def copy(german_demo: Path, tmp_path: Path) -> Path:
    target = tmp_path / "demo.triad"
    shutil.copytree(german_demo, target)
    return target


@pytest.fixture(autouse=True)
def demo_now(monkeypatch: pytest.MonkeyPatch) -> None:
    import triad.workspace

    monkeypatch.setattr(triad.workspace, "datetime", stopped_at(DEMO_NOW))


@pytest.fixture
def ws(copy: Path) -> Iterator[Workspace]:
    w = Workspace.open(copy, DEMO_PASS)
    yield w
    w.close()


def strings(value: object) -> Iterator[str]:
    """Every string inside an entry's body, however deep."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from strings(v)
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from strings(v)


def english_in(text: str) -> list[str]:
    """The English demo's sentences in ``text``: a phrase anywhere, a single word as a whole
    field or as the command line quotes one -- „red“, (Baseline) -- so that "red" is not
    found inside a German word."""
    return [v for v in ENGLISH.texts.values()
            if (" " in v and v in text) or v == text or f"„{v}“" in text or f"({v})" in text]


def test_the_german_demo_has_the_same_practice(ws: Workspace) -> None:
    assert ws.actor.name == "Dr. Maren Holt"
    assert sorted(m.name for m in ws.members.list()) == sorted(GERMAN.members())
    cases = ws.cases.list()
    assert [c.code for c in cases] == [f"C-2026-00{i}" for i in range(1, 6)]
    assert [c.status for c in cases] == ["active", "active", "paused", "active", "assessment"]
    sessions = [s for c in cases for s in ws.sessions.list(c.case_id)]
    assert len(sessions) > 80 and ws.verify().ok
    plan = ws.plans.current(cases[0].case_id)
    assert plan is not None and [p.title for p in plan.phases][1:3] == [
        "Kennenlernen", "Entspannung und Atmung"]


def test_its_audit_finds_exactly_the_seeded_gap(copy: Path) -> None:
    """The same findings as the English demo's (tests/core/audit/test_audit.py)."""
    with Workspace.open(copy, DEMO_PASS, GERMAN.supervisor) as sup:
        report = sup.audit.run()
    assert report.cases == 5
    assert [(f.rule_id, f.case_code[-3:], f.status) for f in report.findings] == [
        ("consent.release-before-first-session", "004", "open"),
        ("case.stalled", "004", "open")]
    consent_findings = [f for f in report.findings if f.rule_id.startswith("consent.")]
    assert len(consent_findings) == 1


def test_no_english_demo_sentence_in_any_entry(ws: Workspace) -> None:
    found = {}
    for entry in ws.log.entries():
        for text in strings(entry.body):
            if hits := english_in(text):
                found[entry.kind] = hits
    assert found == {}
    # the sealed private note too, as its author reads it
    notes = [n for c in ws.cases.list() for n in ws.private_notes.mine(c.case_id)]
    assert notes and all(not english_in(n.text) for n in notes)
    assert not any(name in json.dumps([e.body for e in ws.log.entries()], ensure_ascii=False)
                   for name in (ENGLISH.therapist, ENGLISH.supervisor))


def test_its_clients_sign_the_german_forms(ws: Workspace) -> None:
    records = [r for c in ws.cases.list() for r in ws.consent.records(c.case_id)]
    assert {r.form_id for r in records} == {"informed-consent", "release-of-information",
                                            "triad-agreement", "therapeutic-aids"}
    assert {forms.form(r.form_id, r.form_version).language for r in records} == {"de"}
    assert all(r.form_version == forms.latest(r.form_id, "de").version for r in records)
    # the retention the signed German forms promise (10 years), and German printed documents
    promise = form_retention.longest((r.form_id, r.form_version) for r in records)
    assert promise is not None and promise.language == "de" and promise.years == 10
    assert ws.report_language.setting() == "de" and ws.report_language.for_report() == "de"


def test_the_english_demo_stays_the_default(demo_path: Path) -> None:
    with Workspace.open(demo_path, DEMO_PASS) as ws:
        assert ws.actor.name == demo.THERAPIST == "Dr Maren Holt"
        assert ws.report_language.setting() == "system"
        records = ws.consent.records(ws.cases.list()[0].case_id)
        assert {forms.form(r.form_id, r.form_version).language for r in records} == {"en"}


def test_report_progress_in_german(copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "progress.pdf"
    made = cli("report", "progress", str(copy), "C-2026-001", "-o", str(out), "--language",
               "de", env=ENV | {"LANG": "C.UTF-8"}, now=DEMO_NOW)
    assert made.code == 0, made.err
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(out.read_bytes())).pages[:2])
    assert "Kennenlernen" in text and "Körperbild" in text and "Sensate Focus II" in text
    assert "Getting to know" not in text and "Body image" not in text


def test_triad_cli_demo_under_a_german_locale(tmp_path: Path) -> None:
    """``LANG=de_DE.UTF-8 triad-cli demo`` writes the German demo (no --language needed); its
    cases shown in German carry no English sentence of the demo. Built for today, as a
    person would build it, and read on the same day."""
    vault = str(tmp_path / "demo.triad")
    german = ENV | {"LANG": "de_DE.UTF-8"}
    made = cli("demo", vault, env=german)
    assert made.code == 0, made.err
    assert "Dr. Maren Holt (Therapeut:in; handelt, wenn --member fehlt)" in made.out
    assert "Dr. Amara Okafor (Supervisor:in)" in made.out
    listed = cli("cases", vault, env=german)
    assert listed.code == 0 and "Sensate Focus II" in listed.out and "Körperbild" in listed.out
    codes = [line.split()[0] for line in listed.out.splitlines() if line.startswith("C-")]
    assert len(codes) == 5
    for code in codes:
        shown = cli("show", vault, code, env=german)
        assert shown.code == 0, shown.err
        assert [line for line in shown.out.splitlines() if english_in(line.strip())] == [], code
