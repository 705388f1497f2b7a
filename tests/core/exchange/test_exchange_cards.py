"""Identity cards and contacts: fingerprints, confirmation, refusals, and contacts kept only
inside the encrypted vault."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.core.exchange.test_exchange import Machines, introduce, machines, new_machine, send
from triad import crypto
from triad.casefile.members import Member
from triad.errors import ExchangeError, InvalidInput
from triad.exchange import fingerprint, normalise_fingerprint, read_card
from triad.exchange.cards import IdentityCard, make_card
from triad.roles import Role

__all__ = ["machines"]

NAME = "Samira Okonkwo-Lindqvist"


def test_fingerprint_is_short_readable_and_tied_to_the_keys(machines: Machines) -> None:
    card = machines.s.exchange.my_card()
    fp = card.fingerprint
    groups = fp.split("-")
    assert len(groups) == 5 and all(len(g) == 4 for g in groups)
    assert not set(fp.replace("-", "")) & set("ILOU")
    assert fp == fingerprint(card.member_id, card.signing_public, card.age_public)
    assert fp != fingerprint(card.member_id, card.signing_public, machines.v.actor.age_public)
    # typed loosely, read aloud with look-alike letters
    loose = fp.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert normalise_fingerprint(loose) == fp
    again = read_card(card.to_bytes())
    assert again == card and again.signature_valid()


def test_a_card_is_added_only_when_its_fingerprint_is_confirmed(tmp_path: Path) -> None:
    t = new_machine(tmp_path / "t.triad", "Dr Tess", Role.THERAPIST)
    # a long name: a 3-byte name would turn up by chance in megabytes of ciphertext
    s = new_machine(tmp_path / "s.triad", NAME, Role.SURROGATE)
    try:
        card = read_card(s.exchange.my_card().to_bytes())
        before = t.log.count()
        with pytest.raises(ExchangeError) as caught:
            t.exchange.import_card(card, t.exchange.my_card().fingerprint)
        assert caught.value.detail == "fingerprint-mismatch" and t.log.count() == before
        contact = t.exchange.import_card(card, card.fingerprint)
        assert (contact.name, contact.role, contact.fingerprint) == (NAME, Role.SURROGATE,
                                                                     card.fingerprint)
        count = t.log.count()
        assert t.exchange.import_card(card, card.fingerprint) == contact  # idempotent
        assert t.log.count() == count
        with pytest.raises(ExchangeError) as caught:
            t.exchange.import_card(t.exchange.my_card(), t.exchange.my_card().fingerprint)
        assert caught.value.detail == "own-card"
        # the same member id with other keys: a substituted card
        signing_private, signing_public = crypto.ed25519_generate()
        import pyrage

        impostor = make_card(
            Member(contact.member_id, NAME, Role.SURROGATE, (), crypto.b64e(signing_public),
                   str(pyrage.x25519.Identity.generate().to_public()), "", None, True),
            signing_private, "2026-01-01T00:00:00.000000Z")
        with pytest.raises(ExchangeError) as caught:
            t.exchange.import_card(impostor, impostor.fingerprint)
        assert caught.value.detail == "key-conflict"
        # another person with a contact's name
        other = new_machine(tmp_path / "o.triad", NAME.lower(), Role.SUPERVISOR)
        try:
            twin = other.exchange.my_card()
            with pytest.raises(InvalidInput) as named:
                t.exchange.import_card(twin, twin.fingerprint)
            assert named.value.detail == "name-taken"
        finally:
            other.close()
        # nothing about contacts outside the encrypted database
        for f in (tmp_path / "t.triad").iterdir():
            if f.is_file():
                assert NAME.encode() not in f.read_bytes(), f.name
    finally:
        t.close()
        s.close()


def test_altered_and_foreign_files_are_refused() -> None:
    for raw in (b"\xff\xfe", b"[" * 5000 + b"]" * 5000, b'{"format": 1, "format": 2}'):
        with pytest.raises(ExchangeError) as caught:
            read_card(raw)
        assert caught.value.detail == "not-a-card"
    with pytest.raises(ExchangeError) as caught:
        read_card(json.dumps({"format": "triad-identity", "version": 2}).encode())
    assert caught.value.detail == "card-version"


def test_card_altered_after_signing(machines: Machines) -> None:
    data = json.loads(machines.s.exchange.my_card().to_bytes())
    for key, value in (("name", "Someone Else"), ("role", "therapist")):
        changed = json.loads(json.dumps(data))
        changed["card"][key] = value
        with pytest.raises(ExchangeError) as caught:
            read_card(json.dumps(changed).encode())
        assert caught.value.detail == "card-altered"
    changed = json.loads(json.dumps(data))
    changed["fingerprint"] = "0000-0000-0000-0000-0000"
    with pytest.raises(ExchangeError):
        read_card(json.dumps(changed).encode())
    assert isinstance(read_card(json.dumps(data).encode()), IdentityCard)


def test_members_known_from_a_packet_become_contacts_by_card(machines: Machines) -> None:
    m = machines
    m.s.exchange.import_packet(send(m.t, m.s))
    vera = m.s.members.get(m.v.actor.member_id)
    assert vera.external and vera.name == "Vera"
    assert m.v.actor.member_id not in {c.member_id for c in m.s.exchange.contacts()}
    count = m.s.log.count()
    introduce(m.v, m.s)
    assert m.v.actor.member_id in {c.member_id for c in m.s.exchange.contacts()}
    assert m.s.log.count() == count + 1  # contact.confirmed only; the keys were known
