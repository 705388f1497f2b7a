"""Names and labels hold no control character or text-direction override (issue 14, Major 1):
the services refuse them, and the case file and packet schemas say the same."""

from __future__ import annotations

import re

import pytest

from tests.core.conftest import NewVault
from triad.casefile.validate import UNSAFE_IN_LABEL, label
from triad.errors import InvalidInput
from triad.exchange import packets
from triad.roles import Role
from triad.transfer import case_json

BAD = ("\x1b[8m", "\x9b", "\x07", "\x7f", "\x85x", "\u202a", "\u202e", "\u2066", "\u2069")
GOOD = ("سلمى الحداد", "שרה לוי", "Ελένη Παπαδοπούλου", "Ольга Смирнова", "Łucja Wiśniewska")


def test_label_refuses_controls_and_overrides_and_keeps_every_script() -> None:
    for bad in BAD:
        with pytest.raises(InvalidInput) as caught:
            label(f"Sam{bad}Lee", "name")
        assert caught.value.detail == "control-character"
    assert all(label(g, "name") == g for g in GOOD)


def test_the_schemas_refuse_what_the_services_refuse() -> None:
    import jsonschema_rs

    unsafe = re.compile(f"[{UNSAFE_IN_LABEL}]")
    for schema in (case_json.schema(), packets.schema()):
        check = jsonschema_rs.validator_for({"$defs": schema["$defs"], "$ref": "#/$defs/label"})
        for point in (*range(0x3000), 0xFEFF, 0x1F600):
            c = chr(point)
            assert check.is_valid(f"a{c}b") == (not unsafe.search(c)), hex(point)


def test_services_refuse_hostile_names_and_labels(vault: NewVault) -> None:
    ws = vault.ws
    for call in (
        lambda: ws.members.add("Sam\x1b[8m", Role.SURROGATE, "a long passphrase"),
        lambda: ws.cases.open({"code": "C-2026-009", "legal_name": "Kim\u202eLee"}),
    ):
        with pytest.raises(InvalidInput) as caught:
            call()
        assert caught.value.detail == "control-character"
    for name in GOOD:
        ws.members.add(name, Role.SURROGATE, "a long passphrase")
    assert {m.name for m in ws.members.list()} >= set(GOOD)
