"""The client's requests from the command line (issue 17): ``request`` records one with the day
received and prints its due day, ``requests`` lists them (open, overdue, closed with the
outcome), ``request-close`` closes one once, ``request-settings`` shows and sets the days; the
case list shows an open request's due day, and the audit the overdue one."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

from tests.conftest import DEMO_NOW, DEMO_TODAY
from tests.core.conftest import cli
from triad import demo

ENV = {"TRIAD_PASSPHRASE": "demo passphrase"}
CASE = "C-2026-003"


def run(*args: str) -> tuple[int, str, str]:
    done = cli(*args, env=ENV, now=DEMO_NOW)
    return done.code, done.out, done.err


def test_record_list_and_close_a_request(demo_copy: Path) -> None:
    v = str(demo_copy)
    received = (DEMO_TODAY - timedelta(days=3)).isoformat()
    due = (DEMO_TODAY + timedelta(days=27)).isoformat()
    code, out, err = run("request", v, CASE, "--access", "--received", received, "--text",
                         "A copy of my consent forms")
    assert code == 0 and f"due by {due}" in out, err
    short = out.split()[2]
    code, out, err = run("requests", v, CASE)
    assert code == 0, err
    assert f"[{short}]  access     received {received}  due {due}  open" in out
    assert "asks: A copy of my consent forms" in out
    code, out, _ = run("cases", v)
    line = next(x for x in out.splitlines() if x.startswith(CASE))
    # not due within a week, yet before the case's next session (a weekly therapist session)
    assert f"client's request due {due}" in line
    # near misses: the day received in the future, closing with an amendment's outcome
    code, _, err = run("request", v, CASE, "--access", "--received",
                       (DEMO_TODAY + timedelta(days=1)).isoformat(), "--text", "x")
    assert code != 0 and "cannot be in the future" in err and "Traceback" not in err
    code, _, err = run("request-close", v, CASE, short, "--amended", "--amendment", "nope")
    assert code != 0 and "an access request is fulfilled or refused" in err
    code, _, err = run("request-close", v, CASE, short, "--fulfilled", "--other-form")
    assert code != 0 and "another form with a note" in err
    code, out, err = run("request-close", v, CASE, short, "--fulfilled", "--other-form",
                         "--note", "Printed and handed over in session")
    assert code == 0 and "closed: fulfilled" in out, err
    code, _, err = run("request-close", v, CASE, short, "--refused", "--reason", "x")
    assert code != 0 and "already closed" in err
    code, out, _ = run("requests", v, CASE)
    assert f"fulfilled {DEMO_TODAY.isoformat()}" in out and "copy given: in another form" in out
    # the surrogate partner reads no requests
    code, _, err = run("requests", v, CASE, "--member", demo.SURROGATES[0])
    assert code != 0 and "Traceback" not in err


def test_a_refusal_keeps_the_statement_and_an_overdue_request_is_a_finding(
        demo_copy: Path) -> None:
    v = str(demo_copy)
    late = (DEMO_TODAY - timedelta(days=40)).isoformat()
    code, out, err = run("request", v, CASE, "--amendment", "--received", late, "--text",
                         "Correct my pronouns", "--field", "pronouns")
    assert code == 0, err
    short = out.split()[2]
    code, out, _ = run("requests", v, "--open")
    # issue 19: a record field named by its code is printed as its label
    assert f"Case {CASE}" in out and "OVERDUE" in out and "concerns: Pronouns" in out
    code, out, _ = run("audit", v, "--case", CASE, "--format", "json")
    found = [f for f in json.loads(out)["findings"] if f["rule_id"] == "request.overdue"]
    assert [(f["severity"], f["status"]) for f in found] == [("major", "open")]
    code, out, _ = run("cases", v)
    line = next(x for x in out.splitlines() if x.startswith(CASE))
    assert "client's request due " + (DEMO_TODAY - timedelta(days=10)).isoformat() in line
    code, out, err = run("request-close", v, CASE, short, "--refused", "--reason",
                         "The record is accurate", "--statement", "I disagree.")
    assert code == 0, err
    code, out, _ = run("requests", v, CASE)
    assert "(late)" in out and "client's statement of disagreement: I disagree." in out
    code, out, _ = run("requests", v, "--open")
    assert "No open requests" in out


def test_the_request_setting(demo_copy: Path) -> None:
    v = str(demo_copy)
    code, out, _ = run("request-settings", v)
    assert code == 0 and "due 30 days" in out
    code, out, err = run("request-settings", v, "--due-days", "14")
    assert code == 0, err
    code, out, _ = run("request-settings", v)
    assert "due 14 days" in out
    code, _, err = run("request-settings", v, "--due-days", "0")
    assert code != 0 and "between 1 and 90" in err
    code, _, err = run("request-settings", v, "--due-days", "20", "--member", demo.SUPERVISOR)
    assert code != 0 and "Traceback" not in err
