"""consent give / countersign / scan from the command line (issue 13, point 5): the client's
typed name is theirs or a scan is attached, the surrogate partner countersigns as herself, and
a scan is saved only where asked."""

from __future__ import annotations

import re
from pathlib import Path

from tests.conftest import DEMO_NOW
from tests.core.conftest import cli

ENV = {"TRIAD_PASSPHRASE": "demo passphrase"}
CASE = "C-2026-005"  # the demo's triad agreement awaiting Jonas's countersignature
PDF = b"%PDF-1.4\n% the signed paper form, scanned\n%%EOF\n"


def _ids(shown: str, form_id: str) -> list[str]:
    return re.findall(rf"{form_id} v\d+: [a-z-]+.*\[([0-9a-f]{{8}})\]", shown)


def test_the_surrogate_countersigns_as_herself(demo_copy: Path) -> None:
    v = str(demo_copy)
    shown = cli("show", v, CASE, env=ENV, now=DEMO_NOW).out
    # issue 19: the status in words, as the others are (it was printed as its code)
    assert "triad-agreement v" in shown and "awaiting signatures" in shown
    assert "awaiting the signature of Jonas Berg" in shown
    (triad,) = _ids(shown, "triad-agreement")
    ilse = cli("consent", "countersign", v, CASE, triad, "--member", "Ilse Nowak", env=ENV,
               now=DEMO_NOW)
    assert ilse.code != 0  # not on the case: she cannot sign for Jonas
    future = cli("consent", "countersign", v, CASE, triad, "--member", "Jonas Berg",
                 "--signed-on", "2026-12-24", env=ENV, now=DEMO_NOW)
    assert future.code == 2 and "after today" in future.err
    signed = cli("consent", "countersign", v, CASE, triad, "--member", "Jonas Berg", env=ENV,
                 now=DEMO_NOW)
    assert signed.code == 0, signed.err
    assert "in force from 2026-11-23 00:00" in signed.out
    again = cli("show", v, CASE, env=ENV, now=DEMO_NOW).out
    assert "awaiting the signature" not in again
    twice = cli("consent", "countersign", v, CASE, triad, "--member", "Jonas Berg", env=ENV,
                now=DEMO_NOW)
    assert twice.code == 2 and "already signed" in twice.err


def test_give_with_a_typed_name_or_a_scan_and_save_the_scan(demo_copy: Path,
                                                            tmp_path: Path) -> None:
    v = str(demo_copy)
    anybody = cli("consent", "give", v, CASE, "release-of-information", "--client-name",
                  "Anybody At All", env=ENV, now=DEMO_NOW)
    assert anybody.code == 2 and "does not match the client's legal name" in anybody.err
    assert "Edit client" in anybody.err and "Triad app" in anybody.err
    scan = tmp_path / "signed.pdf"
    scan.write_bytes(PDF)
    given = cli("consent", "give", v, CASE, "release-of-information", "--scan", str(scan),
                env=ENV, now=DEMO_NOW)
    assert given.code == 0, given.err
    shown = cli("show", v, CASE, env=ENV, now=DEMO_NOW).out
    assert "client signed on paper" in shown
    newest = _ids(shown, "release-of-information")[-1]
    out = tmp_path / "copy.pdf"
    saved = cli("consent", "scan", v, CASE, newest, "-o", str(out), env=ENV, now=DEMO_NOW)
    assert saved.code == 0, saved.err and out.read_bytes() == PDF
    assert out.read_bytes() == PDF
    jonas = cli("consent", "scan", v, CASE, newest, "-o", str(tmp_path / "no.pdf"),
                "--member", "Jonas Berg", env=ENV, now=DEMO_NOW)
    assert jonas.code != 0 and not (tmp_path / "no.pdf").exists()
    gif = tmp_path / "signed.gif"
    gif.write_bytes(b"GIF89a" + b"0" * 20)
    wrong = cli("consent", "give", v, CASE, "release-of-information", "--scan", str(gif),
                env=ENV, now=DEMO_NOW)
    assert wrong.code == 2 and "PDF, PNG or JPEG" in wrong.err


def test_give_names_each_aid_and_the_signals(demo_copy: Path) -> None:
    """`consent give --aid` grants each aid and each use on its own (issue 13 point 6);
    `--stop-signal`/`--pause-signal` record the signals in a triad agreement."""
    v = str(demo_copy)
    case = "C-2026-002"  # the demo's case with an aid inventory
    added = cli("aids", "add", v, case, "--kind", "customised", "--description",
                "Positioning wedge", "--where", "in_session,at_home", env=ENV, now=DEMO_NOW)
    assert added.code == 0, added.err
    wedge = re.search(r"Added aid ([0-9a-f]{8})", added.out)
    assert wedge is not None
    client = "Elif Şahin"
    nothing = cli("consent", "give", v, case, "therapeutic-aids", "--client-name", client,
                  "--grant", "therapeutic_aids", env=ENV, now=DEMO_NOW)
    assert nothing.code == 2 and "names each aid it covers" in nothing.err
    bad = cli("consent", "give", v, case, "therapeutic-aids", "--client-name", client,
              "--grant", "therapeutic_aids", "--aid", f"{wedge[1]}:in_bed", env=ENV, now=DEMO_NOW)
    assert bad.code == 2 and "in_session, at_home" in bad.err
    given = cli("consent", "give", v, case, "therapeutic-aids", "--client-name", client,
                "--grant", "therapeutic_aids", "--aid", f"{wedge[1]}:in_session", env=ENV,
                now=DEMO_NOW)
    assert given.code == 0, given.err
    listed = cli("aids", v, case, env=ENV, now=DEMO_NOW).out
    line = next(x for x in listed.splitlines() if x.startswith(wedge[1]))
    assert line.rstrip().endswith("consented: in session")  # not at home: not granted
    same = cli("consent", "give", v, case, "triad-agreement", "--client-name", client,
               "--grant", "conversation", "--stop-signal", "red", "--pause-signal", "red",
               env=ENV, now=DEMO_NOW)
    assert same.code == 2 and "differ" in same.err
    triad = cli("consent", "give", v, case, "triad-agreement", "--client-name", client,
                "--grant", "conversation", "--stop-signal", "red", "--pause-signal", "amber",
                env=ENV, now=DEMO_NOW)
    assert triad.code == 0, triad.err
    assert "awaits the signature of" in triad.out
