"""A small real practice for case-file tests: every role, one case in a known state."""

from __future__ import annotations

import base64
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from triad.casefile import forms
from triad.casefile.sessions import DebriefForm
from triad.clock import utc_stamp
from triad.log.entries import CaseId
from triad.log.kinds import Kind
from triad.roles import Role
from triad.workspace import Workspace

PASS = "practice passphrase"
SCOPE = ("conversation", "relaxation_breathing", "clothed_touch", "nudity_body_image",
         "non_genital_touch")
# The stop and pause signals the practice's triad agreement records (needed before any touch).
SIGNALS = {"stop": "red", "pause": "amber"}
PNG_1PX = base64.b64encode(bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")).decode()


def sigs(day: str, *parties: str, client: str = "Client Person") -> list[dict[str, str]]:
    """Signatures as given on ``day`` (issue 13: the client's typed name is the case's client
    legal name -- ``client`` where the case's is not the practice's; the therapist's own is
    filled from the acting member)."""
    names = {"client": client, "surrogate": "Sam"}  # the therapist's: her member name
    return [{"party": p, "signed_on": day, **({"name": names[p]} if p in names else {})}
            for p in parties]


def legacy_triad(ws: Workspace, case: str, day: str, surrogate_name: str,
                 client_name: str = "Client Person", **body: object) -> str:
    """A triad agreement as stored before issue 13 (the therapist typed the surrogate partner's
    name into consent.given): appended straight to the log as an older copy or an import holds
    it. Such records stay readable and count as signed, matched by name. For a surrogate
    partner on another machine, whose countersignature would take a packet round trip."""
    form = forms.form("triad-agreement")
    key = bytes(ws.vault.db.one("SELECT signing_private FROM member_keys WHERE member_id=?",  # type: ignore[index]
                                (ws.actor.member_id,))[0])
    consent_id = str(uuid.uuid4())
    names = (("client", client_name), ("therapist", ws.actor.name), ("surrogate", surrogate_name))
    full = {"consent_id": consent_id, "form_id": form.form_id, "form_version": form.version,
            "form_hash": form.content_hash, "grants": [], "declines": [],
            "valid_from": day + "T00:00", "valid_until": None, "note": "",
            "signatures": [{"party": p, "name": n, "signed_on": day,
                            "form_hash": form.content_hash, "drawing": None} for p, n in names],
            **body}
    ws.log.append(ws.actor.member_id, key, Kind.CONSENT_GIVEN, full, CaseId(case),
                  utc_stamp(ws.clock()))  # stamped by the workspace's clock, as the service does
    return consent_id


def triad_agreement(p: Practice, day: str, surrogate: str = "Sam", **kwargs: object) -> str:
    """A triad agreement the client and the therapist sign on ``day`` and the surrogate
    partner countersigns the same day in her own session (issue 13: each party signs for
    themselves); its consent id."""
    cid = p.t.consent.give(p.case, "triad-agreement", sigs(day, "client", "therapist"),
                           surrogate_id=p.ids[surrogate], **kwargs).subject_id  # type: ignore[arg-type]
    ws = {"Sam": p.s, "Sky": p.s2}[surrogate]
    ws.signatures.countersign(p.case, cid or "", signed_on=day)
    return cid or ""


def an_aid(t: Workspace, case: str, description: str = "Pelvic model",
           where: tuple[str, ...] = ("in_session",)) -> list[dict[str, object]]:
    """An aid added to the case's inventory, as a therapeutic-aids consent lists it (each
    aid, and each way of using it, has its own grant)."""
    aid = t.aids.add(case, "partial", description, where).subject_id
    return [{"aid_id": aid, "uses": list(where)}]


@dataclass
class Practice:
    path: Path
    t: Workspace  # the case's therapist
    s: Workspace  # the case's surrogate
    v: Workspace  # the case's supervisor
    t2: Workspace  # a therapist not on the case
    s2: Workspace  # a surrogate not on the case
    case: str = ""
    ids: dict[str, str] = field(default_factory=dict)

    def all(self) -> Iterator[Workspace]:
        yield from (self.t, self.s, self.v, self.t2, self.s2)

    def close(self) -> None:
        for ws in self.all():
            ws.close()


def make_practice(path: Path, consent: bool = True, plan: bool = True,
                  signals: bool = True) -> Practice:
    """``signals=False``: the triad agreement records no stop and pause signals (as one made
    before they were recorded)."""
    t = Workspace.create(path, name="Dr Tess", role=Role.THERAPIST, passphrase=PASS).workspace
    for name, role in (("Sam", Role.SURROGATE), ("Vera", Role.SUPERVISOR),
                       ("Dr Other", Role.THERAPIST), ("Sky", Role.SURROGATE)):
        t.members.add(name, role, PASS)
    p = Practice(path, t, *(Workspace.open(path, PASS, n) for n in ("Sam", "Vera", "Dr Other", "Sky")))
    p.ids = {m.name: m.member_id for m in t.members.list()}
    p.case = t.cases.open({"legal_name": "Client Person", "date_of_birth": "1990-01-02",
                           "presenting_concerns": ["anxiety"]},
                          (p.ids["Sam"],), p.ids["Vera"], opened_at="2026-01-05").case_id or ""
    t.cases.change_status(p.case, "assessment", at="2026-01-06")
    # DOMAIN: the therapist assesses capacity before the first informed consent
    t.capacity.record(p.case, "2026-01-06", "has-capacity", "Understands SPT and the right to stop.")
    if consent:
        t.consent.give(p.case, "informed-consent", sigs("2026-01-10", "client", "therapist"),
                       grants=SCOPE, valid_from="2026-01-10")
        t.consent.give(p.case, "release-of-information", sigs("2026-01-10", "client", "therapist"))
        triad_agreement(p, "2026-01-12", grants=SCOPE, declines=("genital_touch", "intercourse"),
                        signals=SIGNALS if signals else None)
        t.cases.change_status(p.case, "active", at="2026-01-12")
    if plan:
        t.plans.from_template(p.case, "default-spt")
    return p


def hold_session(p: Practice, when: str = "2026-02-02T10:00", debrief: bool = True,
                 activities: tuple[str, ...] = ("conversation",)) -> str:
    sid = p.t.sessions.schedule(p.case, "surrogate_session", when, 60,
                                planned_activities=activities).subject_id
    if debrief:
        p.s.sessions.submit_debrief(sid, DebriefForm(activities_done=activities, suds_before=6,
                                                     suds_after=4, process_recording="detail",
                                                     safer_sex_kept=_safer_sex(activities)))
    return sid


def _safer_sex(activities: tuple[str, ...]) -> bool | None:
    """The debrief's answer for a session with genital touch or intercourse (required there:
    the safer-sex agreement was kept); no answer for other sessions."""
    return True if {"genital_touch", "intercourse"} & set(activities) else None


def record_session(p: Practice, when: str, activities: tuple[str, ...] = ("conversation",),
                   debrief: bool = True) -> str:
    """A surrogate session the scheduling gate would refuse (no form in force at ``when``),
    written straight to the log as a record made elsewhere (an older copy, an import) can
    hold it; the surrogate's debrief is accepted (and flagged) as always."""
    key = bytes(p.t.vault.db.one("SELECT signing_private FROM member_keys WHERE member_id=?",  # type: ignore[index]
                                 (p.t.actor.member_id,))[0])
    sid = str(uuid.uuid4())
    p.t.log.append(p.t.actor.member_id, key, Kind.SESSION_SCHEDULED, {
        "session_id": sid, "kind": "surrogate_session", "starts_at": when, "duration_min": 60,
        "phase_id": None, "planned_activities": list(activities), "location": "",
        "surrogate_id": p.ids["Sam"]}, CaseId(p.case))
    if debrief:
        p.s.sessions.submit_debrief(sid, DebriefForm(activities_done=activities, suds_before=6,
                                                     suds_after=4, process_recording="detail",
                                                     safer_sex_kept=_safer_sex(activities)))
    return sid
