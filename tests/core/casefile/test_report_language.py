"""Issue 19: the practice's language for printed documents (``vault.report_language``), a
therapist's vault-level setting; the order that picks a report's language."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.core.practice import Practice, make_practice
from triad import i18n
from triad.casefile import report_language
from triad.errors import InvalidInput, PermissionCode, PermissionDenied
from triad.log.kinds import Kind
from triad.messages import sentence
from triad.workspace import Workspace


@pytest.fixture
def practice(tmp_path: Path) -> Iterator[Practice]:
    p = make_practice(tmp_path / "p.triad")
    yield p
    p.close()


def first_page(data: bytes) -> str:
    return " ".join(PdfReader(io.BytesIO(data)).pages[0].extract_text().split())


def test_a_vault_without_the_setting_prints_in_the_program_s_language(practice: Practice) -> None:
    p = practice
    assert p.t.report_language.setting() == "system"  # every vault before issue 19
    assert not p.t.log.entries(f"kind='{Kind.VAULT_REPORT_LANGUAGE}'")
    with i18n.speaking("de"):
        assert p.t.report_language.for_report() == "de"
    with i18n.speaking("en"):
        assert p.t.report_language.for_report() == "en"
        assert "Progress summary" in first_page(p.t.reports.progress(p.case))


def test_a_therapist_sets_it_and_every_member_reads_it(practice: Practice) -> None:
    p = practice
    assert p.t.report_language.why_not_set() is None
    assert p.t.report_language.set("de") == "de"
    entry = p.t.log.entries(f"kind='{Kind.VAULT_REPORT_LANGUAGE}'")[-1]
    assert entry.case_id is None and entry.body == {"language": "de"}  # vault level
    p.t.report_language.set("de")  # unchanged: no second entry
    assert len(p.t.log.entries(f"kind='{Kind.VAULT_REPORT_LANGUAGE}'")) == 1
    for ws in p.all():
        assert ws.report_language.setting() == "de"
    p.t2.report_language.set("system")  # any therapist of the practice
    assert p.v.report_language.setting() == "system"


@pytest.mark.parametrize("who", ["s", "v", "s2"])
def test_others_are_refused_with_a_sentence_that_says_whom_to_ask(practice: Practice,
                                                                   who: str) -> None:
    ws: Workspace = getattr(practice, who)
    problem = ws.report_language.why_not_set()
    assert problem is not None and problem.detail == PermissionCode.REPORT_LANGUAGE
    with pytest.raises(PermissionDenied) as caught:
        ws.report_language.set("de")
    words = sentence(caught.value)
    assert "Only a therapist" in words and "Ask a therapist" in words
    assert practice.t.report_language.setting() == "system"


def test_only_system_english_or_german(practice: Practice) -> None:
    for bad in ("fr", "", "DE", "deutsch"):
        with pytest.raises(InvalidInput) as caught:
            practice.t.report_language.set(bad)
        assert "English (en) or German (de)" in sentence(caught.value)
    assert report_language.CHOICES == ("system", "en", "de")


def test_the_order_explicit_then_the_practice_then_the_program(practice: Practice) -> None:
    p = practice
    p.t.report_language.set("de")
    with i18n.speaking("en"):  # the program speaks English
        assert p.t.report_language.for_report() == "de"  # the practice's setting
        assert p.t.report_language.for_report("en") == "en"  # --language overrides it
        assert p.t.report_language.for_report("system") == "de"  # "system": no choice
        with report_language.asked("en"):  # the command's --language, for every report
            assert p.t.report_language.for_report() == "en"
        german = first_page(p.t.reports.progress(p.case))
        assert "Verlaufsbericht" in german and "Progress summary" not in german
        english = first_page(p.t.reports.progress(p.case, language="en"))
        assert "Progress summary" in english and "Verlaufsbericht" not in english
        assert i18n.chosen() == "en"  # the report's language was this thread's for a while
    p.t.report_language.set("en")
    with i18n.speaking("de"):
        assert "Progress summary" in first_page(p.t.reports.progress(p.case))
        assert "Verlaufsbericht" in first_page(p.t.reports.progress(p.case, language="de"))


def test_a_setting_written_by_a_non_therapist_is_not_projected(practice: Practice) -> None:
    """The service refuses it; should such an entry exist anyway, the projection ignores it."""
    from triad.clock import utc_stamp

    p = practice
    p.s.log.append(p.s.actor.member_id, p.s._signer, Kind.VAULT_REPORT_LANGUAGE,
                   {"language": "de"}, None, utc_stamp(p.s.clock()))
    assert p.t.report_language.setting() == "system"


def test_the_speaking_block_is_this_thread_s_only() -> None:
    import threading

    seen: list[str] = []
    with i18n.speaking("de"):
        worker = threading.Thread(target=lambda: seen.append(i18n.chosen()))
        worker.start()
        worker.join()
        assert i18n.chosen() == "de"
    assert seen == [i18n.chosen()]  # the other thread kept the program's language
