"""The aid inventory from the command line (issue 13 point 6): ``aids VAULT CASE`` lists each
aid with its own consent, ``aids add`` and ``aids retire`` change the inventory, and ``show``
prints the inventory and which aids each consent grants."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import DEMO_NOW
from tests.core.conftest import cli
from triad import demo

ENV = {"TRIAD_PASSPHRASE": "demo passphrase"}
CASE = "C-2026-002"  # the rehabilitation case, which uses aids


def test_aids_list_add_retire_and_show(demo_copy: Path) -> None:
    v = str(demo_copy)
    listed = cli("aids", v, CASE, env=ENV, now=DEMO_NOW)
    assert listed.code == 0, listed.err
    lines = listed.out.strip().splitlines()
    assert lines[0].split()[:3] == ["ID", "KIND", "DESCRIPTION"]
    pelvic = next(line for line in lines if "Pelvic model" in line)
    doll = next(line for line in lines if "Full-body doll" in line)
    assert "consented: in session, at home" in pelvic and "consented: in session" in doll
    # the surrogate partner reads the inventory too; she may not change it
    assert "Pelvic model" in cli("aids", v, CASE, "--member", demo.SURROGATES[1], env=ENV,
                                 now=DEMO_NOW).out
    refused = cli("aids", "add", v, CASE, "--kind", "partial", "--description", "Torso model",
                  "--member", demo.SURROGATES[1], env=ENV, now=DEMO_NOW)
    assert refused.code != 0 and "Traceback" not in refused.err
    bad = cli("aids", "add", v, CASE, "--kind", "partial", "--description", "Torso model",
              "--where", "bedroom", env=ENV, now=DEMO_NOW)
    assert bad.code == 2 and "--where takes in_session, at_home" in bad.err
    added = cli("aids", "add", v, CASE, "--kind", "customised", "--description",
                "Positioning wedge", "--material", "Foam, washable cover", "--where",
                "in_session,at_home", env=ENV, now=DEMO_NOW)
    assert added.code == 0 and "needs its own consent" in added.out, added.err
    aid = added.out.split()[2]
    wedge = next(line for line in cli("aids", v, CASE, env=ENV, now=DEMO_NOW).out.splitlines()
                 if "Positioning wedge" in line)
    assert wedge.startswith(aid) and "not consented" in wedge
    retired = cli("aids", "retire", v, CASE, aid, "--reason", "Client prefers cushions.",
                  env=ENV, now=DEMO_NOW)
    assert retired.code == 0, retired.err
    shown = cli("show", v, CASE, env=ENV, now=DEMO_NOW)
    assert shown.code == 0, shown.err
    assert "aids: Pelvic model (in session, at home); Full-body doll with adjustable " \
           "positioning (in session)" in shown.out
    section = shown.out.split("\nAids\n", 1)[1].split("\n\n", 1)[0]
    assert "Pelvic model (partial; Medical-grade silicone, latex-free; for in session, at " \
           "home): consented: in session, at home" in section
    assert "Positioning wedge" in section and "retired" in section and "Client prefers cushions." in section
    unknown = cli("aids", "retire", v, CASE, "00000000", "--reason", "x", env=ENV, now=DEMO_NOW)
    assert unknown.code == 2 and "no such aid" in unknown.err


def test_a_debrief_names_the_aids_used_from_the_command_line(demo_copy: Path) -> None:
    from datetime import timedelta

    from tests.conftest import DEMO_PASS
    from triad.workspace import Workspace

    ws = Workspace.open(demo_copy, DEMO_PASS)
    try:
        wedge = ws.aids.add(CASE, "customised", "Positioning wedge").subject_id
        pelvic = next(a.aid_id for a in ws.aids.list(CASE) if a.description == "Pelvic model")
        when = (DEMO_NOW - timedelta(days=1)).strftime("%Y-%m-%d 10:00")
        ws.sessions.schedule(CASE, "surrogate_session", when.replace(" ", "T"), 60, None,
                             ("conversation", "therapeutic_aids"), "Room 2")
    finally:
        ws.close()
    v, ilse = str(demo_copy), ("--member", demo.SURROGATES[1])
    base = ("debrief", v, CASE, "--session", when, "--done", "conversation", "--done",
            "therapeutic_aids", "--suds-before", "4", "--suds-after", "3", *ilse)
    missing = cli(*base, env=ENV, now=DEMO_NOW)
    assert missing.code == 2 and "name each aid used" in missing.err
    done = cli(*base, "--aid", pelvic[:8], "--aid", wedge[:8], env=ENV, now=DEMO_NOW)
    assert done.code == 0, done.err
    assert "Debrief saved" in done.out
    assert "aid used without its own consent (Positioning wedge)" in done.out
    assert "Pelvic model" not in done.out  # consented: no flag
