"""triad-cli retention, dispose and report disposals (issue 17), run as a user would, with the
clock moved (the workspace clock stopped at ``now``; once under faketime)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.core.conftest import ROOT, cli
from tests.core.practice import PASS, make_practice

ENV = {"TRIAD_PASSPHRASE": PASS}


def day(text: str) -> datetime:
    return datetime.fromisoformat(text + "T10:00").replace(tzinfo=UTC)


@pytest.fixture
def closed(tmp_path: Path) -> tuple[str, str]:
    """A practice vault whose one case closed on 2026-03-20 (retention ends 2033-03-20)."""
    p = make_practice(tmp_path / "v")
    p.t.cases.change_status(p.case, "closing", at="2026-03-19T09:00")
    p.t.cases.change_status(p.case, "closed", "Goals met", at="2026-03-20T09:00")
    code = p.t.cases.get(p.case).code
    p.close()
    return str(tmp_path / "v"), code


def test_retention_lists_the_cases_due_with_the_clock_moved(closed: tuple[str, str]) -> None:
    v, code = closed
    before = cli("retention", v, env=ENV, now=day("2033-03-19"))
    assert before.code == 0, before.err
    assert "kept 7 years after the last service" in before.out
    assert "No closed case whose retention period has ended." in before.out
    due = cli("retention", v, env=ENV, now=day("2033-03-20"))
    assert code in due.out and "2033-03-20" in due.out
    every = cli("retention", v, "--all", env=ENV, now=day("2027-01-01"))
    assert code in every.out and "2033-03-20" in every.out and "(ended)" not in every.out
    # a preview with other figures records nothing
    preview = cli("retention", v, "--years", "10", env=ENV, now=day("2033-03-20"))
    assert "Preview" in preview.err and code not in preview.out
    assert code in cli("retention", v, env=ENV, now=day("2033-03-20")).out
    # --set puts them on record (a therapist's), with the jurisdiction
    done = cli("retention", v, "--set", "--years", "10", "--note", "Germany, §630f BGB",
               env=ENV, now=day("2033-03-20"))
    assert done.code == 0 and "on record" in done.err and "Germany, §630f BGB" in done.out
    assert code not in done.out
    assert code in cli("retention", v, env=ENV, now=day("2036-03-20")).out
    refused = cli("retention", v, "--set", "--years", "7", "--member", "Vera", env=ENV,
                  now=day("2036-03-20"))
    assert refused.code != 0 and "Traceback" not in refused.err
    bad = cli("retention", v, "--set", "--years", "0", env=ENV)
    assert bad.code == 2 and "whole years" in bad.err


@pytest.mark.skipif(shutil.which("faketime") is None, reason="Debian faketime not installed")
def test_retention_under_faketime(closed: tuple[str, str]) -> None:
    import os

    v, code = closed
    # the suite itself may run under faketime (README): its library would stay preloaded and
    # the inner faketime's date ignored; the child gets a clean environment for its own
    env = {k: val for k, val in os.environ.items()
           if k != "LD_PRELOAD" and not k.startswith(("FAKETIME", "DONT_FAKE"))}
    for when, listed in (("2033-03-19 12:00:00", False), ("2033-03-21 12:00:00", True)):
        done = subprocess.run(["faketime", when, sys.executable, "-m", "triad", "retention", v],
                              capture_output=True, text=True, timeout=120, cwd=ROOT,
                              env={**env, **ENV})
        assert done.returncode == 0, done.stderr
        assert (code in done.stdout) is listed


def test_dispose_early_needs_the_supervisor_then_the_register(closed: tuple[str, str],
                                                              tmp_path: Path) -> None:
    v, code = closed
    early = cli("dispose", v, code, "--reason", "Client asked for erasure", "--yes", env=ENV,
                now=day("2027-01-10"))
    assert early.code == 2 and "--authorise" in early.err and "Traceback" not in early.err
    authorised = cli("dispose", v, code, "--authorise", "--reason", "No legal hold; GDPR Art. 17",
                     "--member", "Vera", env=ENV, now=day("2027-01-10"))
    assert authorised.code == 0, authorised.err
    unconfirmed = cli("dispose", v, code, "--reason", "Client asked for erasure", env=ENV,
                      now=day("2027-01-10"))
    assert unconfirmed.code == 2 and "--yes" in unconfirmed.err
    done = cli("dispose", v, code, "--reason", "Client asked for erasure", "--yes", env=ENV,
               now=day("2027-01-10"))
    assert done.code == 0, done.err
    assert f"Disposed of {code}" in done.out
    assert cli("verify", v, env=ENV).code == 0
    assert code not in cli("cases", v, env=ENV).out
    pdf = tmp_path / "register.pdf"
    made = cli("report", "disposals", v, "-o", str(pdf), env=ENV, now=day("2027-01-11"))
    assert made.code == 0, made.err
    from pypdf import PdfReader

    words = " ".join((page.extract_text() or "") for page in PdfReader(pdf).pages)
    words = " ".join(words.split())
    for expected in ("Disposal register", code, "2026-03-20", "2033-03-20", "2027-01-10",
                     "Dr Tess", "Client asked for erasure", "authorised by Vera"):
        assert expected in words, expected
    assert "Client Person" not in words
