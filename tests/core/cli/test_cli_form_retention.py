"""triad-cli retention and case status say why a closed case is kept longer than the practice's
figure: its client signed a German form promising ten years (issue 19)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from tests.core.casefile.test_form_retention import german_practice
from tests.core.conftest import cli
from tests.core.practice import PASS, make_practice

ENV = {"TRIAD_PASSPHRASE": PASS}


def day(text: str) -> datetime:
    return datetime.fromisoformat(text + "T10:00").replace(tzinfo=UTC)


def test_retention_and_case_status_name_the_signed_form(tmp_path: Path) -> None:
    p = german_practice(tmp_path / "de")
    code = p.t.cases.get(p.case).code
    p.t.cases.change_status(p.case, "closing", at="2026-03-19T09:00")
    p.close()
    v = str(tmp_path / "de")
    closed = cli("case", "status", v, code, "--to", "closed", "--reason", "Goals met",
                 "--at", "2026-03-20T09:00", env=ENV, now=day("2026-03-20"))
    assert closed.code == 0, closed.err
    assert f"{code} is kept until 2036-03-20: the signed form" in closed.out
    assert "(German version 2) promises 10 years after the last service" in closed.out
    assert "the practice's retention period" not in closed.out
    # at the practice's 7 years nothing is due; the list with --all says why
    due = cli("retention", v, env=ENV, now=day("2033-03-20"))
    assert due.code == 0, due.err
    assert "No closed case whose retention period has ended." in due.out
    every = cli("retention", v, "--all", env=ENV, now=day("2033-03-20"))
    assert "2036-03-20" in every.out and "(German version 2) promises 10 years" in every.out
    assert "would end it on 2033-03-20" in every.out
    refused = cli("dispose", v, code, "--reason", "Retention ended", "--yes", env=ENV,
                  now=day("2033-03-20"))
    assert refused.code == 2 and "retention period has not ended" in refused.err
    assert code in cli("retention", v, env=ENV, now=day("2036-03-20")).out
    # in German, as a German practice reads it
    de = cli("retention", v, "--all", env={**ENV, "LANG": "de_DE.UTF-8", "LANGUAGE": "de"},
             now=day("2033-03-20"))
    assert "wird bis zum 20.03.2036 aufbewahrt" in de.out and "deutsche Fassung 2" in de.out


def test_an_english_signed_case_gets_no_reason_line(tmp_path: Path) -> None:
    p = make_practice(tmp_path / "en")
    code = p.t.cases.get(p.case).code
    p.t.cases.change_status(p.case, "closing", at="2026-03-19T09:00")
    p.t.cases.change_status(p.case, "closed", "Goals met", at="2026-03-20T09:00")
    p.close()
    every = cli("retention", str(tmp_path / "en"), "--all", env=ENV, now=day("2027-01-01"))
    assert code in every.out and "2033-03-20" in every.out and "promises" not in every.out
