"""Issue 13, "Signals and safer sex are structured": the triad agreement records the agreed stop
and pause signals in words and the safer-sex agreement; the surrogate partner's debrief names
the agreed signals it answers about and, for genital touch or intercourse, says whether the
safer-sex agreement was kept; the audit finds a genital-touch or intercourse session without
it (``debrief.safer-sex-not-kept``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.core.conftest import cli
from tests.core.practice import PASS, SCOPE, Practice, make_practice, sigs, triad_agreement
from triad.casefile.consent import Signals
from triad.casefile.sessions import DebriefForm
from triad.errors import InvalidCode, InvalidInput
from triad.messages import sentence
from triad.transfer import case_json
from triad.transfer.schema import Schema

RULE = "debrief.safer-sex-not-kept"
TOUCH = (*SCOPE, "genital_touch")
SIGNALS = {"stop": "red", "pause": "amber"}
SAFER = "Gloves for genital touch; new gloves each session."


def _genital_touch(p: Practice, safer_sex: str = SAFER,
                   signals: dict[str, str] | None = None) -> str:
    """Consent to genital touch on both forms (the triad agreement with ``signals`` and
    ``safer_sex``); returns the triad agreement's consent id."""
    p.t.consent.give(p.case, "informed-consent", sigs("2026-01-20", "client", "therapist"),
                     grants=TOUCH, declines=("intercourse",), valid_from="2026-01-20")
    return triad_agreement(p, "2026-01-20",
        grants=TOUCH, declines=("intercourse",), valid_from="2026-01-20",
        signals=SIGNALS if signals is None else signals, safer_sex=safer_sex)


def _touch_session(p: Practice, when: str = "2026-02-02T10:00") -> str:
    return p.t.sessions.schedule(p.case, "surrogate_session", when, 60,
                                 planned_activities=("conversation", "genital_touch")).subject_id


def _findings(p: Practice) -> list[dict[str, object]]:
    return [f.detail for f in p.v.audit.run(p.case).findings
            if f.rule_id == RULE and f.status == "open"]


def test_the_triad_agreement_records_signals_and_the_safer_sex_agreement(tmp_path: Path) -> None:
    p = make_practice(tmp_path / "v", signals=False)  # its first triad agreement: none recorded
    triad = _genital_touch(p, signals={"stop": "  Red  ", "pause": "amber"})
    for ws in (p.t, p.s, p.v):  # everyone on the case reads them
        record = ws.consent.get(p.case, triad)
        assert record.signals == Signals("Red", "amber")
        assert record.safer_sex == SAFER
        terms = ws.consent.agreed_terms(p.case, "2026-02-02T10:00", p.ids["Sam"])
        assert terms.signals == Signals("Red", "amber") and terms.safer_sex == SAFER
    # the triad agreement made before (no signals: an old record) still reads, without them
    older = next(r for r in p.t.consent.records(p.case) if r.form_id == "triad-agreement")
    assert older.consent_id != triad and older.signals is None and older.safer_sex == ""
    assert p.t.consent.agreed_terms(p.case, "2026-01-15T10:00", p.ids["Sam"]).signals is None
    # a later re-consent that leaves them out does not unsay them
    triad_agreement(p, "2026-01-25",
                     grants=TOUCH, declines=("intercourse",), valid_from="2026-01-25")
    assert p.t.consent.agreed_terms(p.case, "2026-02-02T10:00", p.ids["Sam"]).safer_sex == SAFER
    # another surrogate partner's session has none agreed
    assert p.t.consent.agreed_terms(p.case, "2026-02-02T10:00", p.ids["Sky"]).signals is None
    p.close()


@pytest.mark.parametrize(("form_id", "signals", "safer_sex", "code"), [
    ("informed-consent", SIGNALS, "", InvalidCode.SIGNALS_FORM),
    ("release-of-information", None, SAFER, InvalidCode.SIGNALS_FORM),
    ("triad-agreement", {"stop": "red", "pause": ""}, "", InvalidCode.SIGNAL_WORDS),
    ("triad-agreement", {"stop": "Red", "pause": "red "}, "", InvalidCode.SIGNALS_SAME),
    ("triad-agreement", {"stop": "r" * 201, "pause": "amber"}, "", InvalidCode.TOO_LONG),
])
def test_signals_are_refused_with_the_reason(tmp_path: Path, form_id: str,
                                             signals: dict[str, str] | None, safer_sex: str,
                                             code: InvalidCode) -> None:
    p = make_practice(tmp_path / "v")
    parties = ("client", "therapist")  # the surrogate partner countersigns (issue 13)
    before = len(p.t.consent.records(p.case))
    with pytest.raises(InvalidInput) as info:
        p.t.consent.give(p.case, form_id, sigs("2026-01-20", *parties),
                         grants=("conversation",) if form_id != "release-of-information" else (),
                         signals=signals, safer_sex=safer_sex)
    assert info.value.detail == code
    assert sentence(info.value) and "{" not in sentence(info.value)
    assert len(p.t.consent.records(p.case)) == before
    p.close()


def test_a_genital_touch_debrief_must_say_whether_safer_sex_was_kept(tmp_path: Path) -> None:
    p = make_practice(tmp_path / "v")
    _genital_touch(p)
    session = _touch_session(p)
    with pytest.raises(InvalidInput) as info:
        p.s.sessions.submit_debrief(session, DebriefForm(
            activities_done=("conversation", "genital_touch"), safer_sex="Gloves used."))
    assert info.value.detail == InvalidCode.SAFER_SEX_KEPT_REQUIRED
    assert info.value.data["field"] == "safer_sex_kept"
    assert "safer-sex agreement was kept" in sentence(info.value)
    assert p.t.sessions.get(session).debrief is None
    # a session without genital touch or intercourse is not asked
    talk = _touch_session(p, "2026-02-03T10:00")
    p.s.sessions.submit_debrief(talk, DebriefForm(activities_done=("conversation",)))
    assert p.t.sessions.get(talk).debrief.safer_sex_kept is None  # type: ignore[union-attr]
    # answered: recorded, with the signals it answered about
    p.s.sessions.submit_debrief(session, DebriefForm(
        activities_done=("conversation", "genital_touch"), safer_sex="Gloves used.",
        safer_sex_kept=True, pause_signals=1))
    d = p.t.sessions.get(session).debrief
    assert d is not None and d.safer_sex_kept is True and d.safer_sex == "Gloves used."
    assert d.signals == Signals("red", "amber") and d.pause_signals == 1
    assert "pause-signal-used" in d.flags  # still flagged for therapist review
    p.close()


def test_safer_sex_not_kept_is_flagged_and_found_by_the_audit(tmp_path: Path) -> None:
    p = make_practice(tmp_path / "v")
    _genital_touch(p)
    session = _touch_session(p)
    p.s.sessions.submit_debrief(session, DebriefForm(
        activities_done=("conversation", "genital_touch"), safer_sex_kept=False,
        safer_sex="Glove tore; stopped and changed it."))
    d = p.t.sessions.get(session).debrief
    assert d is not None and "safer-sex-not-kept" in d.flags
    assert [f.needs_attention for f in d.flags if f == "safer-sex-not-kept"] == [True]
    found = [f for f in p.v.audit.run(p.case).findings if f.rule_id == RULE]
    assert len(found) == 1 and found[0].severity == "major"
    assert found[0].record_id == d.entry_id
    assert found[0].detail == {"activities": ["genital_touch"], "safer_sex_agreed": True,
                               "safer_sex_kept": False}
    # the new fields and flag are typed in the case-file schema
    exported = p.t.interchange.export_case(p.case)
    assert Schema(case_json.schema()).problems(exported) == []
    kinds = {e["kind"]: e["body"] for e in exported["entries"]}
    assert kinds["session.debriefed"]["signals"] == SIGNALS
    assert "safer-sex-not-kept" in kinds["session.debriefed"]["flags"]
    p.close()


def test_a_genital_touch_session_without_a_safer_sex_agreement_is_a_finding(tmp_path: Path) -> None:
    p = make_practice(tmp_path / "v")
    _genital_touch(p, safer_sex="")
    session = _touch_session(p)
    p.s.sessions.submit_debrief(session, DebriefForm(
        activities_done=("conversation", "genital_touch"), safer_sex_kept=True))
    assert _findings(p) == [{"activities": ["genital_touch"], "safer_sex_agreed": False,
                             "safer_sex_kept": True}]
    # recording the agreement (a new triad agreement, before the session) clears it
    triad_agreement(p, "2026-01-28",
                     grants=TOUCH, declines=("intercourse",), valid_from="2026-01-28",
                     signals=SIGNALS, safer_sex=SAFER)
    assert _findings(p) == []
    p.close()


def test_an_older_debrief_that_does_not_say_is_found_until_amended(tmp_path: Path) -> None:
    """A debrief written before the question existed (no ``safer_sex_kept``) is found; the
    surrogate's amendment answering it resolves the finding."""
    p = make_practice(tmp_path / "v")
    _genital_touch(p)
    session = _touch_session(p)
    p.s.sessions.submit_debrief(session, DebriefForm(
        activities_done=("conversation", "genital_touch"), safer_sex_kept=True))
    entry = p.t.sessions.get(session).debrief.entry_id  # type: ignore[union-attr]
    # as an older Triad wrote it: the same debrief, without the answer
    row = p.t.vault.db.one("SELECT data FROM debriefs WHERE session_id=?", (session,))
    data = json.loads(row[0])  # type: ignore[index]
    del data["safer_sex_kept"]
    p.t.vault.db.execute("UPDATE debriefs SET data=? WHERE session_id=?", (json.dumps(data), session))
    assert _findings(p) == [{"activities": ["genital_touch"], "safer_sex_agreed": True,
                             "safer_sex_kept": None}]
    p.s.amendments.amend(entry, "Safer-sex answer added.", {"safer_sex_kept": True})
    assert p.t.sessions.get(session).debrief.safer_sex_kept is True  # type: ignore[union-attr]
    assert _findings(p) == []
    p.close()


def test_show_prints_the_agreed_signals_and_safer_sex(tmp_path: Path) -> None:
    p = make_practice(tmp_path / "v")
    _genital_touch(p)
    code = p.t.cases.get(p.case).code
    p.close()
    env = {"TRIAD_PASSPHRASE": PASS}
    for member in ("Dr Tess", "Sam"):
        shown = cli("show", str(tmp_path / "v"), code, "--member", member, env=env)
        assert shown.code == 0, shown.err
        assert 'signals: stop "red", pause "amber"' in shown.out
        assert f"safer sex: {SAFER}" in shown.out
