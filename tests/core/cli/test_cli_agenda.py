"""``triad-cli agenda VAULT [--from DAY] [--to DAY] [--format text|json|ics] [-o FILE]`` on the
demo practice (issue 16): this week by default from the workspace clock, each role's own view,
and an iCalendar file parsed back with ``icalendar``: a stable UID per session, start and end,
location, a pseudonymised summary, and no client's name anywhere in its bytes."""

from __future__ import annotations

import json
from datetime import UTC
from pathlib import Path

import icalendar

from tests.conftest import DEMO_NOW
from tests.core.conftest import cli
from triad import demo

ENV = {"TRIAD_PASSPHRASE": "demo passphrase"}
KINDS = {"therapist_session": "therapist session", "surrogate_session": "surrogate session",
         "three_way_meeting": "three-way meeting"}


def agenda(v: Path, *args: str) -> dict[str, object]:
    done = cli("agenda", str(v), "--format", "json", *args, env=ENV, now=DEMO_NOW)
    assert done.code == 0, done.err
    data = json.loads(done.out)
    assert isinstance(data, dict)
    return data


def test_this_week_by_default_for_each_role(demo_path: Path) -> None:
    text = cli("agenda", str(demo_path), env=ENV, now=DEMO_NOW)
    assert text.code == 0, text.err
    assert text.out.startswith("Agenda 2026-11-23 to 2026-11-29: 2 sessions\n")
    assert "Tuesday 2026-11-24\n  16:00\u201316:50  C-2026-003  therapist session  Room 1" in text.out
    assert "Friday 2026-11-27" in text.out
    assert "17:00\u201318:00  C-2026-005  three-way meeting  with Jonas Berg  Room 1" in text.out
    assert "due: before it: awaiting Jonas Berg's signature" in text.out
    therapist = agenda(demo_path)
    assert (therapist["format"], therapist["from"], therapist["to"]) == (
        "triad-agenda", "2026-11-23", "2026-11-29")
    # Jonas: the countersignature he owes before the meeting is his to give
    jonas = agenda(demo_path, "--member", demo.SURROGATES[0])
    assert [(s["case"], s["kind"], s["due"]) for s in jonas["sessions"]] == [  # type: ignore[attr-defined]
        ("C-2026-005", "three_way_meeting", [
            {"code": "consent-to-sign", "detail": "awaiting-signature", "count": 1}])]
    assert "triad agreement to sign (yours)" in cli(
        "agenda", str(demo_path), "--member", demo.SURROGATES[0], env=ENV, now=DEMO_NOW).out
    assert agenda(demo_path, "--member", demo.SURROGATES[1])["sessions"] == []


def test_last_week_for_each_role(demo_path: Path) -> None:
    """Each member's own view of the same week: names only for the therapist who asks."""
    week = ("--from", "2026-11-16", "--to", "2026-11-22")
    sessions = agenda(demo_path, *week)["sessions"]
    assert isinstance(sessions, list)
    assert [(s["case"], s["kind"], s["starts_at"], s["surrogate"]) for s in sessions] == [
        ("C-2026-001", "therapist_session", "2026-11-16T14:00", ""),  # concurrent therapy
        ("C-2026-005", "therapist_session", "2026-11-16T16:00", ""),
        ("C-2026-003", "therapist_session", "2026-11-17T16:00", ""),  # the weekly series
        ("C-2026-002", "surrogate_session", "2026-11-19T10:00", "Ilse Nowak"),
        ("C-2026-005", "three_way_meeting", "2026-11-19T16:00", "Jonas Berg"),
        ("C-2026-001", "surrogate_session", "2026-11-21T10:00", "Jonas Berg"),
        ("C-2026-002", "surrogate_session", "2026-11-21T14:00", "Ilse Nowak")]
    assert [s["status"] for s in sessions] == ["confirmed"] * 6 + ["cancelled"]
    # the weekly series' session of the 17th awaits its progress note (the one of the 10th has it)
    assert [d["code"] for s in sessions for d in s["due"]] == ["note-to-write", "debrief-to-review"]
    assert all("client_name" not in s for s in sessions)
    named = agenda(demo_path, *week, "--show-names")["sessions"]
    assert [s["client_name"] for s in named] == [  # type: ignore[union-attr]
        demo.CLIENT_NAMES[0], demo.CLIENT_NAMES[4], demo.CLIENT_NAMES[2], demo.CLIENT_NAMES[1],
        demo.CLIENT_NAMES[4], demo.CLIENT_NAMES[0], demo.CLIENT_NAMES[1]]
    text = cli("agenda", str(demo_path), *week, env=ENV, now=DEMO_NOW).out
    assert "debrief to review" in text
    assert not any(name in text for name in demo.CLIENT_NAMES)
    assert demo.CLIENT_NAMES[0] in cli("agenda", str(demo_path), *week, "--show-names", env=ENV,
                                       now=DEMO_NOW).out
    for who, cases in ((demo.SURROGATES[0], ["C-2026-005", "C-2026-001"]),
                       (demo.SURROGATES[1], ["C-2026-002", "C-2026-002"]),
                       (demo.SUPERVISOR, [s["case"] for s in sessions])):
        seen = agenda(demo_path, *week, "--member", who, "--show-names")
        assert [s["case"] for s in seen["sessions"]] == cases  # type: ignore[attr-defined]
        assert not any(n in json.dumps(seen, ensure_ascii=False) for n in demo.CLIENT_NAMES)
    # the supervisor sees the review awaited, the surrogate partner nothing of it
    jonas = agenda(demo_path, *week, "--member", demo.SURROGATES[0])["sessions"]
    assert [s["due"] for s in jonas] == [[], []]  # type: ignore[union-attr]


def test_ics_parses_back_with_stable_uids_and_no_client_name(demo_copy: Path,
                                                             tmp_path: Path) -> None:
    # a private copy: the calendar file is recorded as a disclosure (issue 17)
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    for target, start in ((first, "2026-11-01"), (second, "2026-11-16")):
        done = cli("agenda", str(demo_copy), "--from", start, "--to", "2026-12-31", "--format",
                   "ics", "--show-names", "-o", str(target), env=ENV, now=DEMO_NOW)
        assert done.code == 0, done.err
    raw = first.read_bytes()
    cal = icalendar.Calendar.from_ical(raw)
    assert str(cal["prodid"]).startswith("-//Triad//") and str(cal["version"]) == "2.0"
    events = list(cal.walk("VEVENT"))
    listed = agenda(demo_copy, "--from", "2026-11-01", "--to", "2026-12-31")["sessions"]
    assert isinstance(listed, list) and len(events) == len(listed) == 21
    for event, s in zip(events, listed, strict=True):
        assert str(event["uid"]) == f"{s['session_id']}@triad"
        assert str(event["summary"]) == f"{s['case']} · {KINDS[s['kind']]}"
        start, end = event.decoded("dtstart"), event.decoded("dtend")
        assert start.tzinfo is not None and start.utcoffset().total_seconds() == 0
        assert start.astimezone().strftime("%Y-%m-%dT%H:%M") == s["starts_at"]
        assert end.astimezone().strftime("%Y-%m-%dT%H:%M") == s["ends_at"]
        assert str(event.get("location", "")) == s["location"]
        assert str(event["status"]) == s["status"].upper()  # the demo's one cancellation too
        assert event.decoded("dtstamp") == DEMO_NOW.astimezone(UTC).replace(microsecond=0)
    assert [str(e["status"]) for e in events].count("CANCELLED") == 1
    # the same session has the same UID in every export (re-importing updates, not duplicates)
    again = {str(e["uid"]): str(e["dtstart"].to_ical())
             for e in icalendar.Calendar.from_ical(second.read_bytes()).walk("VEVENT")}
    once = {str(e["uid"]): str(e["dtstart"].to_ical()) for e in events}
    assert again and set(again) < set(once)
    assert all(once[u] == again[u] for u in again)
    # no client's legal name anywhere, not even folded across a line break
    unfolded = raw.replace(b"\r\n ", b"")
    for name in demo.CLIENT_NAMES:
        for form in (name.encode(), name.split()[-1].encode()):
            assert form not in raw and form not in unfolded
    assert b"1998-11-02" not in raw  # nor a date of birth


def test_refusals_write_nothing(demo_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.ics"
    back = cli("agenda", str(demo_path), "--from", "2026-12-01", "--to", "2026-11-01",
               "--format", "ics", "-o", str(target), env=ENV, now=DEMO_NOW)
    assert back.code == 2 and "before its start" in back.err and not target.exists()
    long = cli("agenda", str(demo_path), "--from", "2026-01-01", "--to", "2027-06-01",
               env=ENV, now=DEMO_NOW)
    assert long.code == 2 and "at most 366 days" in long.err
    bad = cli("agenda", str(demo_path), "--from", "23/11/2026", env=ENV, now=DEMO_NOW)
    assert bad.code == 2 and "Traceback" not in bad.err
    nowhere = cli("agenda", str(demo_path), "-o", str(tmp_path / "missing" / "a.ics"),
                  env=ENV, now=DEMO_NOW)
    assert nowhere.code == 2 and not (tmp_path / "missing").exists()
    empty = cli("agenda", str(demo_path), "--from", "2027-03-01", env=ENV, now=DEMO_NOW)
    assert empty.code == 0 and "no sessions" in empty.out


def test_the_ics_says_what_is_due_with_open_findings_and_nothing_else(demo_copy: Path,
                                                                       tmp_path: Path) -> None:
    # a private copy: the calendar file is recorded as a disclosure (issue 17)
    """The calendar file counts open findings too (the kept audit makes it cheap): each
    event's DESCRIPTION is what the JSON lists as due, in fixed words; a session with nothing
    due has none; no member's name in it."""
    target = tmp_path / "year.ics"
    span = ("--from", "2026-01-01", "--to", "2026-12-31")
    done = cli("agenda", str(demo_copy), *span, "--format", "ics", "-o", str(target),
               env=ENV, now=DEMO_NOW)
    assert done.code == 0, done.err
    events = list(icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT"))
    listed = agenda(demo_copy, *span)["sessions"]
    assert isinstance(listed, list) and len(events) == len(listed)
    found = [s for s in listed if any(d["code"] == "open-findings" for d in s["due"])]
    assert found, "the demo's seeded finding points at a session"
    for event, s in zip(events, listed, strict=True):
        text = str(event.get("description", ""))
        assert bool(text) == bool(s["due"])  # the near miss: nothing due, no description
        for d in s["due"]:
            if d["code"] == "open-findings":
                assert f"{d['count']} open finding" in text
        assert "Ilse" not in text and "Jonas" not in text


def test_notes_minutes_and_cosignatures_due(demo_copy: Path) -> None:
    """A held therapist session with no progress note and a held three-way meeting with no
    minutes are the therapist's to write (text, JSON and the calendar file); a review
    awaiting co-signature is the supervisor's to co-sign. Near misses: the demo's weekly
    series (case 3) has its note for 10 November, not yet for 17 November; the surrogate
    partner sees none of it."""
    from triad.workspace import Workspace

    ws = Workspace.open(demo_copy, "demo passphrase")
    talk = ws.sessions.schedule("C-2026-003", "therapist_session", "2026-11-23T07:00", 50)
    ws.outcomes.record(talk.subject_id, "held")
    meeting = ws.sessions.schedule("C-2026-001", "three_way_meeting", "2026-11-23T08:00", 50)
    ws.outcomes.record(meeting.subject_id, "held")
    sup = Workspace.open(demo_copy, "demo passphrase", demo.SUPERVISOR)
    sup.audit.update_settings(cosign_from="2026-11-23")
    waiting = [s for s in ws.week.between("2026-11-16", "2026-11-22").sessions
               if any(d.code == "debrief-to-review" for d in s.due)]
    review = ws.sessions.review(waiting[0].session_id, "Read; fine.").entry_id
    sup.close()
    ws.close()
    text = cli("agenda", str(demo_copy), env=ENV, now=DEMO_NOW).out
    assert "07:00\u201307:50  C-2026-003  therapist session\n      due: note to write\n" in text
    assert "08:00\u201308:50  C-2026-001  three-way meeting  with Jonas Berg\n      due: minutes to write\n" in text
    codes = {s["session_id"]: [d["code"] for d in s["due"]]
             for s in agenda(demo_copy)["sessions"]}  # type: ignore[attr-defined]
    assert codes[talk.subject_id] == ["note-to-write"]
    assert codes[meeting.subject_id] == ["minutes-to-write"]
    series = {s["starts_at"]: [d["code"] for d in s["due"]] for s in agenda(
        demo_copy, "--from", "2026-11-09", "--to", "2026-11-22")["sessions"]  # type: ignore[attr-defined]
        if s["case"] == "C-2026-003"}
    assert (series["2026-11-10T16:00"], series["2026-11-17T16:00"]) == ([], ["note-to-write"])
    last_week = ("--from", "2026-11-16", "--to", "2026-11-22")
    supervisor = cli("agenda", str(demo_copy), *last_week, "--member", demo.SUPERVISOR,
                     env=ENV, now=DEMO_NOW).out
    assert "review to co-sign (triad-cli cosign)" in supervisor
    sup_ics = cli("agenda", str(demo_copy), *last_week, "--member", demo.SUPERVISOR,
                  "--format", "ics", env=ENV, now=DEMO_NOW).out
    assert "DESCRIPTION:Due: review to co-sign" in sup_ics
    due = [d for s in agenda(demo_copy, *last_week, "--member", demo.SUPERVISOR)["sessions"]
           for d in s["due"]]  # type: ignore[attr-defined]
    assert {"code": "cosign-awaited", "detail": "debrief.reviewed", "count": 1} in due
    assert "co-sign" not in cli("agenda", str(demo_copy), *last_week, env=ENV, now=DEMO_NOW).out
    assert "progress note not written yet" in cli(
        "agenda", str(demo_copy), "--member", demo.SUPERVISOR, env=ENV, now=DEMO_NOW).out
    jonas = json.dumps(agenda(demo_copy, "--member", demo.SURROGATES[0]))
    assert "minutes-to-write" not in jonas and "cosign" not in jonas
    ics = cli("agenda", str(demo_copy), "--format", "ics", env=ENV, now=DEMO_NOW).out
    assert "DESCRIPTION:Due: note to write" in ics and "DESCRIPTION:Due: minutes to write" in ics
    assert review
