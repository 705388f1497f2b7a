"""Two machines for the packet reliability tests: a therapist's vault (with a local surrogate,
Sky) and a surrogate partner's (Sam) on her own machine. The therapist shares a case with Sam
and builds the onboarding packet -- entries, redacted views and signed headers all in one."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tests.core.practice import SCOPE, legacy_triad, sigs
from triad.casefile.members import Credential
from triad.casefile.sessions import DebriefForm
from triad.roles import Role
from triad.workspace import Workspace

PASS = "packet passphrase"
CRED = (Credential("IPSA", "IPSA-0001", None),)


@dataclass
class World:
    therapist: Path  # closed vault folders
    surrogate: Path
    packet: bytes  # the therapist's first packet to Sam, never imported
    sender_id: str
    sender_key: bytes  # the therapist's signing key (to re-sign mutated payloads)
    keys: dict[str, bytes]  # every author's signing key in the therapist's vault
    sam_age_public: str
    sam_id: str
    case: str


def new_machine(path: Path, name: str, role: Role) -> Workspace:
    return Workspace.create(path, name=name, role=role, passphrase=PASS, credentials=CRED).workspace


def introduce(owner: Workspace, to: Workspace) -> None:
    card = owner.exchange.my_card()
    to.exchange.import_card(to.exchange.read_card(card.to_bytes()), card.fingerprint)


def build_world(root: Path, sessions: int = 4) -> World:
    t = new_machine(root / "therapist.triad", "Dr Tess", Role.THERAPIST)
    s = new_machine(root / "surrogate.triad", "Sam", Role.SURROGATE)
    t.members.add("Sky", Role.SURROGATE, PASS, CRED)
    sky = Workspace.open(root / "therapist.triad", PASS, "Sky")
    introduce(t, s)
    introduce(s, t)
    case = t.cases.open({"legal_name": "Client Person", "date_of_birth": "1990-01-02",
                         "presenting_concerns": ["anxiety"]},
                        (sky.actor.member_id,), opened_at="2026-01-05").case_id or ""
    t.cases.change_status(case, "assessment", at="2026-01-06")
    t.capacity.record(case, "2026-01-08", "has-capacity", "")
    t.consent.give(case, "informed-consent", sigs("2026-01-10", "client", "therapist"),
                   grants=SCOPE, valid_from="2026-01-10")
    # issue 13: packets to a surrogate partner need a release of information in force
    t.consent.give(case, "release-of-information", sigs("2026-01-10", "client", "therapist"),
                   valid_from="2026-01-10")
    # Sam's, from before he joined on his own machine (the pre-issue-13 shape)
    legacy_triad(t, case, "2026-01-12", "Sam", grants=list(SCOPE),
                 declines=["genital_touch", "intercourse"])
    # Sky's sessions need a triad agreement Sky signed (in her own session), and a release
    sky_triad = t.consent.give(case, "triad-agreement", sigs("2026-01-12", "client", "therapist"),
                               grants=SCOPE, declines=("genital_touch", "intercourse"),
                               valid_from="2026-01-12").subject_id or ""
    sky.signatures.countersign(case, sky_triad, signed_on="2026-01-12")
    t.consent.give(case, "release-of-information", sigs("2026-01-10", "client", "therapist"),
                   valid_from="2026-01-10")
    t.cases.change_status(case, "active", at="2026-01-12")
    t.plans.from_template(case, "default-spt")
    t.measures.record(case, "suds", 6, on="2026-01-13", label="first date")
    t.exchange.share(case, s.actor.member_id)
    sky_session = t.sessions.schedule(case, "surrogate_session", "2026-01-20T10:00", 60,
                                      planned_activities=("conversation",),
                                      surrogate_id=sky.actor.member_id).subject_id or ""
    sky.sessions.submit_debrief(sky_session, DebriefForm(
        activities_done=("conversation",), suds_before=6, suds_after=4,
        process_recording="Sky's notes, a header only for Sam"))
    for k in range(sessions):
        t.sessions.schedule(case, "surrogate_session", f"2026-02-{2 + 7 * k:02d}T10:00", 60,
                            planned_activities=("conversation",), surrogate_id=s.actor.member_id)
    packet = t.exchange.build_packet(s.actor.member_id)
    assert packet.entries and packet.views and packet.headers, packet
    keys = {r[0]: bytes(r[1]) for r in t.vault.db.rows(
        "SELECT member_id, signing_private FROM member_keys")}
    world = World(root / "therapist.triad", root / "surrogate.triad", packet.data,
                  t.actor.member_id, keys[t.actor.member_id], keys, s.actor.age_public,
                  s.actor.member_id, case)
    sky.close()
    t.close()
    s.close()
    return world
