"""Issue 19: a closed case's retention never ends before what the forms its client signed
promise (``triad.casefile.form_retention``): the German forms promise ten years (§ 630f Abs. 3
BGB), the English ones seven -- whatever the practice's own figure, which still rules when it
is longer."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.core.practice import SCOPE, Practice, make_practice, sigs
from triad.casefile import forms
from triad.casefile.form_retention import PROMISED_YEARS, longest, promise_of
from triad.errors import InvalidCode

WORDS = {"en": {7: "seven years"}, "de": {10: "zehn Jahre"}}


def at(day: str) -> datetime:
    return datetime.fromisoformat(day + "T12:00").replace(tzinfo=UTC)


def close(p: Practice, day: str = "2026-03-20") -> None:
    p.t.cases.change_status(p.case, "closing", at=day + "T08:00")
    p.t.cases.change_status(p.case, "closed", "Goals met", at=day + "T09:00",
                            no_closing_meeting="Closure agreed by letter")


def german_practice(path: Path) -> Practice:
    """The client signed the German informed consent and release (and nothing English)."""
    p = make_practice(path, consent=False, plan=False)
    p.t.consent.give(p.case, "informed-consent", sigs("2026-01-10", "client", "therapist"),
                     grants=SCOPE, valid_from="2026-01-10", language="de")
    p.t.consent.give(p.case, "release-of-information", sigs("2026-01-10", "client", "therapist"),
                     language="de")
    p.t.cases.change_status(p.case, "active", at="2026-01-12")
    return p


@pytest.fixture
def de(tmp_path: Path) -> Practice:
    p = german_practice(tmp_path / "de")
    yield p
    p.close()


@pytest.fixture
def en(tmp_path: Path) -> Practice:
    p = make_practice(tmp_path / "en")
    yield p
    p.close()


def test_every_shipped_form_version_has_the_figure_its_text_states() -> None:
    shipped = {(f.form_id, f.version): f for f in forms.shipped()}
    assert set(PROMISED_YEARS) == set(shipped)  # a new version must decide its figure here
    for key, f in shipped.items():
        years = PROMISED_YEARS[key]
        assert WORDS[f.language][years] in f.text, key
        promise = promise_of(*key)
        assert promise is not None and (promise.language, promise.years) == (f.language, years)
    assert promise_of("informed-consent", 99) is None
    # the longest wins; ties name the informed consent
    best = longest([("release-of-information", 3), ("informed-consent", 2),
                    ("informed-consent", 1)])
    assert best is not None and (best.form_id, best.version, best.years) == (
        "informed-consent", 2, 10)
    assert longest([]) is None


def test_a_german_signed_case_at_the_default_7_years_is_kept_10(de: Practice) -> None:
    assert de.t.retention.settings().years == 7  # the practice never changed the default
    close(de, "2026-03-20")
    r = de.t.retention.of(de.t.cases.get(de.case))
    assert r is not None
    assert (r.last_service_on, r.practice_ends_on, r.ends_on) == (
        "2026-03-20", "2033-03-20", "2036-03-20")
    assert r.promised_by is not None
    assert (r.promised_by.form_id, r.promised_by.version, r.promised_by.language,
            r.promised_by.years) == ("informed-consent", 2, "de", 10)
    assert re.search("Einwilligung", r.promised_by.title)
    # nothing is due, and disposal is refused, until the promised ten years have passed
    de.t.clock = lambda: at("2033-03-20")
    assert de.t.retention.due() == []
    why = de.t.disposal.why_not(de.case)
    assert why is not None and why.detail == InvalidCode.RETENTION_RUNNING
    assert why.data["until"] == "2036-03-20"
    de.t.clock = lambda: at("2036-03-20")
    assert [x.ends_on for x in de.t.retention.due()] == ["2036-03-20"]
    assert de.t.disposal.why_not(de.case) is None
    # a supervisor reads the same end, and a rebuilt projection keeps it
    assert de.v.retention.of(de.v.cases.get(de.case)) == r
    de.t.log.rebuild()
    assert de.t.retention.of(de.t.cases.get(de.case)) == r


def test_an_english_signed_case_stays_at_7(en: Practice) -> None:
    close(en, "2026-03-20")
    r = en.t.retention.of(en.t.cases.get(en.case))
    assert r is not None and (r.ends_on, r.promised_by) == ("2033-03-20", None)


def test_a_practice_at_12_years_keeps_12_for_both(de: Practice, en: Practice) -> None:
    for p in (de, en):
        p.t.retention.set(12, 3, "Longer by choice")
        close(p, "2026-03-20")
        r = p.t.retention.of(p.t.cases.get(p.case))
        assert r is not None and (r.ends_on, r.promised_by) == ("2038-03-20", None)


def test_a_practice_below_the_english_promise_keeps_the_promised_7(en: Practice) -> None:
    en.t.retention.set(6, 3, "HIPAA: 6 years")
    close(en, "2026-03-20")
    r = en.t.retention.of(en.t.cases.get(en.case))
    assert r is not None and (r.practice_ends_on, r.ends_on) == ("2032-03-20", "2033-03-20")
    assert r.promised_by is not None and r.promised_by.language == "en"
    assert r.promised_by.years == 7


def test_only_forms_the_client_signed_count(tmp_path: Path) -> None:
    p = make_practice(tmp_path / "v", consent=False, plan=False)
    # an English informed consent the client signed: its figure, nothing else
    p.t.consent.give(p.case, "informed-consent", sigs("2026-01-10", "client", "therapist"),
                     grants=SCOPE, valid_from="2026-01-10")
    p.t.cases.change_status(p.case, "active", at="2026-01-12")
    assert p.t.retention.signed_forms(p.case) == [("informed-consent", 1)]
    close(p, "2026-03-20")
    r = p.t.retention.of(p.t.cases.get(p.case))
    assert r is not None and r.ends_on == "2033-03-20"
    p.close()


def test_a_revoked_german_consent_still_binds_the_record(de: Practice) -> None:
    record = next(c for c in de.t.consent.records(de.case) if c.form_id == "informed-consent")
    de.t.consent.revoke(de.case, record.consent_id, "Stopping therapy", at="2026-03-01T10:00")
    close(de, "2026-03-20")
    r = de.t.retention.of(de.t.cases.get(de.case))
    assert r is not None and r.ends_on == "2036-03-20"
