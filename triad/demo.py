"""A realistic demo practice: a therapist, two surrogate partners, a supervisor and five cases
at different stages, with about eight months of history ending today.

- an active case well into sensate focus, with a re-consent before genital touch
- a rehabilitation case using therapeutic aids under their own consent
- a case paused after the client revoked consent to touch during a session
- a case with a documentation gap: the release of information was signed only after the
  first surrogate session (the consent audit should find exactly this)
- a new case in assessment with a social-role-model plan, its triad agreement signed by the
  client and the therapist at the three-way meeting and awaiting the surrogate partner's
  countersignature (each party signs for themselves, in their own session)

All names are invented. Every member gets the same passphrase.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from triad.casefile.members import Credential
from triad.casefile.sessions import DebriefForm
from triad.i18n import T_
from triad.log.entries import CaseId
from triad.log.kinds import Kind
from triad.roles import Role
from triad.workspace import Workspace

THERAPIST = "Dr Maren Holt"
SURROGATES = ("Jonas Berg", "Ilse Nowak")
SUPERVISOR = "Dr Amara Okafor"
CLIENT_NAMES = ("Tomasz Wójcik", "Elif Şahin", "Γιώργος Παπαδόπουλος", "Анна Смирнова", "Rhys Morgan")
# The stop and pause signals the triad agreements record, in words, and their safer-sex agreements.
SIGNALS = {
    "red": {"stop": "red", "pause": "amber"},
    "hand": {"stop": "two taps on the arm", "pause": "one raised hand"},
    "stop": {"stop": "stop", "pause": "wait"},
}
SAFER_SEX = {
    "none-yet": "No genital touch or intercourse is agreed; safer-sex practice is agreed in a "
                "new triad agreement before any begins.",
    "gloves": "Fresh nitrile gloves for any genital touch; hands washed before and after; no "
              "intercourse (declined).",
    "aids": "No genital touch or intercourse is agreed; aids are cleaned before and after use "
            "and chosen free of latex (allergy).",
}


class DemoClock:
    """A settable clock shared by every demo workspace."""

    def __init__(self) -> None:
        self.now = datetime.now().astimezone()

    def __call__(self) -> datetime:
        return self.now


@dataclass
class Demo:
    therapist: Workspace
    jonas: Workspace
    ilse: Workspace
    clock: DemoClock
    start: date

    def at(self, day: int, hour: int = 10, minute: int = 0) -> str:
        """Set the clock to ``day`` days after the start; returns that moment as clinical time."""
        moment = datetime.combine(self.start + timedelta(days=day), datetime.min.time())
        self.clock.now = moment.replace(hour=hour, minute=minute).astimezone()
        return self.clock.now.strftime("%Y-%m-%dT%H:%M")

    def day(self, day: int) -> str:
        return (self.start + timedelta(days=day)).isoformat()

    def start_phase(self, case: str, phase: str, day: int, hour: int, minute: int = 0) -> None:
        """Start a phase of surrogate sessions the way the forms promise: the client first
        re-confirms the informed consent (same grants) with the therapist, then the phase
        starts (the audit's re-consent at phase change is on by default)."""
        t = self.therapist
        informed = [r for r in t.consent.records(case) if r.form_id == "informed-consent"]
        started = [p for p in t.plans.current(case).phases  # type: ignore[union-attr]
                   if p.status != "planned" and p.planned_sessions > 0]
        if informed and started and informed[-1].valid_from[:10] < self.day(day - 3):
            last = informed[-1]
            client = next(s.name for s in last.signatures if s.party == "client")
            self.at(day, hour - 1, minute)
            t.consent.give(case, "informed-consent", self.sign(day, client, "client", "therapist"),
                           grants=tuple(last.grants), declines=tuple(last.declines),
                           valid_from=f"{self.day(day)}T{hour - 1:02d}:{minute:02d}",
                           note="Re-confirmed with the client at the phase change.")
        t.plans.start_phase(case, phase, self.at(day, hour, minute))

    def sign(self, day: int, client: str, *parties: str,
             surrogate: str = "") -> list[dict[str, str]]:
        names = {"client": client, "therapist": THERAPIST, "surrogate": surrogate}
        return [{"party": p, "name": names[p], "signed_on": self.day(day)} for p in parties]

    def triad(self, case: str, day: int, client: str, surrogate: Workspace,
              countersign: bool = True, **kwargs: object) -> str:
        """A triad agreement the client and the therapist sign on ``day`` at a three-way
        meeting; the surrogate partner countersigns it in her own session (issue 13: each
        party signs for themselves) unless ``countersign`` is False. Its consent id."""
        consent_id = self.therapist.consent.give(
            case, "triad-agreement", self.sign(day, client, "client", "therapist"),
            surrogate_id=surrogate.actor.member_id, **kwargs).subject_id or ""  # type: ignore[arg-type]
        if countersign:
            surrogate.signatures.countersign(case, consent_id, signed_on=self.day(day))
        return consent_id

    def cycle(self, case: str, surrogate: Workspace, day: int, phase: str, suds: tuple[int, int],
              done: tuple[str, ...] | None = None, review_after: int | None = 2,
              gated: bool = True, **debrief: object) -> str:
        """Schedule (five days ahead), hold and debrief, then review one surrogate session."""
        t = self.therapist
        self.at(day - 5, 12)
        plan = t.plans.current(case)
        assert plan is not None
        planned = tuple(a.value for a in plan.phase(phase).activities)
        if gated:
            session_id = t.sessions.schedule(
                case, "surrogate_session", f"{self.day(day)}T10:00",
                90, phase, planned, "Practice room 2", surrogate.actor.member_id).subject_id
        else:
            # Booked on paper before the release was signed, and carried into the record as
            # it was (Triad's scheduling refuses this today): the gap the audit must find.
            session_id = str(uuid.uuid4())
            t.append(Kind.SESSION_SCHEDULED, {
                "session_id": session_id, "kind": "surrogate_session",
                "starts_at": f"{self.day(day)}T10:00", "duration_min": 90, "phase_id": phase,
                "planned_activities": list(planned), "location": "Practice room 2",
                "surrogate_id": surrogate.actor.member_id}, CaseId(case))
        self.at(day, 15)
        form_fields = {
            "went_well": "Client arrived on time and named feelings more readily than last week.",
            "was_hard": "Anxiety rose briefly at the start of the exercise.",
            "arousal_anxiety": "Paused and returned to breathing; anxiety settled within minutes.",
            "safer_sex": "Not applicable to this session's activities.",
            "reactions": "I felt calm and attentive; no strong countertransference.",
            "questions": "Should we slow the pace next week?",
            "proposal": "Repeat the exercise once more before moving on.",
            "process_recording": "Detailed notes for the therapist: the client's wording about "
                                 "shame came up twice and eased after reassurance.",
            **debrief,
        }
        surrogate.sessions.submit_debrief(session_id, DebriefForm(
            activities_done=done if done is not None else planned,
            suds_before=suds[0], suds_after=suds[1], **form_fields))  # type: ignore[arg-type]
        if review_after is not None:
            self.at(day + review_after, 9)
            t.sessions.review(session_id, "Read and discussed in planning. Agree with the proposal.")
        return session_id


def build(path: Path, passphrase: str, today: date | None = None,
          progress: Callable[[str], None] | None = None) -> Workspace:
    """Create the demo vault at ``path``; returns it opened as the demo therapist. It is built
    in a hidden sibling folder and renamed into place when complete: a full disk or an
    interruption leaves no half-built practice behind."""
    from triad.vault.folder import check_new_path, move_into_place, remove_tree, staging_for

    folder = Path(path)
    check_new_path(folder)
    staging = staging_for(folder, "building")
    opened: list[Workspace] = []
    try:
        _build(staging, passphrase, today, progress or (lambda _msg: None), opened)
        for ws in opened:
            ws.close()
        move_into_place(staging, folder)
    except BaseException:
        for ws in opened:
            ws.close()
        remove_tree(staging)
        raise
    return Workspace.open(folder, passphrase)


def _build(path: Path, passphrase: str, today: date | None, say: Callable[[str], None],
           opened: list[Workspace]) -> None:
    """Fill a new demo vault at ``path``; every workspace it opens goes into ``opened``."""
    today = today or date.today()
    start = today - timedelta(days=240)
    clock = DemoClock()
    clock.now = datetime.combine(start, datetime.min.time()).replace(hour=9).astimezone()
    later = (today + timedelta(days=600)).isoformat()
    say(T_("cli", "creating the vault and its members"))
    created = Workspace.create(
        path, name=THERAPIST, role=Role.THERAPIST, passphrase=passphrase,
        practice_name="Harbour Street Practice",
        credentials=(Credential("State Board of Psychology", "PSY-20417", later),), clock=clock,
    )
    t = created.workspace
    opened.append(t)
    t.clock = clock
    ids = {}
    for name, role, cred in (
        (SURROGATES[0], Role.SURROGATE, Credential("IPSA", "IPSA-0412", later)),
        (SURROGATES[1], Role.SURROGATE, Credential("IPSA", "IPSA-0877", later)),
        (SUPERVISOR, Role.SUPERVISOR, Credential("AASECT", "SUP-3310", later)),
    ):
        ids[name] = t.members.add(name, role, passphrase, (cred,)).member_id
    jonas = Workspace.open(path, passphrase, SURROGATES[0])
    opened.append(jonas)
    ilse = Workspace.open(path, passphrase, SURROGATES[1])
    opened.append(ilse)
    jonas.clock = ilse.clock = clock
    d = Demo(t, jonas, ilse, clock, start)
    year = start.year

    say(T_("cli", "case 1: active, sensate focus"))
    d.at(1)
    c1 = t.cases.open({
        "code": f"C-{year}-001", "legal_name": CLIENT_NAMES[0], "pronouns": "he/him",
        "date_of_birth": "1988-04-12",
        "presenting_concerns": ["performance-anxiety", "erectile-dysfunction", "inexperience"],
        "concerns_note": "Avoids dating since a humiliating first experience; wants confidence.",
        "contraindications": "None known.", "medical_context": "Urology review normal."},
        (ids[SURROGATES[0]],), ids[SUPERVISOR], opened_at=d.at(1)).case_id
    assert c1 is not None
    t.cases.change_status(c1, "assessment", "Intake booked", d.at(2))
    g = t.cases.add_goal(c1, "Anxiety when undressing in front of a partner (SUDS)", "9", "3", "SUDS").subject_id
    t.measures.record(c1, "iief5", 11, d.day(3), "Baseline")
    for label, value in (("Talking about sex", 6), ("Being touched on the back", 8),
                         ("Undressing in front of a partner", 9)):
        t.measures.record(c1, "suds", value, d.day(3), label)
    d.at(3)
    t.plans.from_template(c1, "default-spt", "en")  # the demo's words are English throughout
    t.plans.start_phase(c1, "intake", d.at(3))
    d.at(8)
    t.capacity.record(c1, d.day(8), "has-capacity",
                      "Understands what SPT involves, its risks and that he can stop at any time.")
    d.at(10)
    t.consent.give(c1, "informed-consent", d.sign(10, CLIENT_NAMES[0], "client", "therapist"),
                   grants=("conversation", "relaxation_breathing", "clothed_touch",
                           "nudity_body_image", "non_genital_touch"), valid_from=d.day(10))
    t.consent.give(c1, "release-of-information", d.sign(10, CLIENT_NAMES[0], "client", "therapist"),
                   valid_from=d.day(10))
    d.at(14, 16)
    d.triad(c1, 14, CLIENT_NAMES[0], jonas,
                   grants=("conversation", "relaxation_breathing", "clothed_touch",
                           "nudity_body_image", "non_genital_touch"),
                   declines=("genital_touch", "intercourse"), valid_from=d.day(14),
                   note="Pace: weekly; stop word 'red', pause word 'amber'.",
                   signals=SIGNALS["red"], safer_sex=SAFER_SEX["none-yet"])
    t.plans.complete_phase(c1, "intake", d.at(14, 17))
    t.cases.change_status(c1, "active", "Triad agreement signed", d.at(14, 17))
    phases = [("getting-to-know", 2), ("relaxation-breathing", 2), ("communication-consent", 3),
              ("body-image", 4), ("sensate-focus-1", 6)]
    day, suds_before = 21, 8
    for phase, count in phases:
        d.at(day - 6, 11)
        d.start_phase(c1, phase, day - 6, 11)
        for i in range(count):
            pauses = 1 if (phase == "body-image" and i == 1) else 0
            d.cycle(c1, jonas, day, phase, (suds_before, max(1, suds_before - 2)),
                    pause_signals=pauses)
            day += 7
            suds_before = max(3, suds_before - (1 if i % 2 else 0))
        t.plans.complete_phase(c1, phase, d.at(day - 5, 9, 30))
    t.cases.record_progress(c1, g, "5", "Undressed with less distress in body-image work", d.day(day - 5))
    t.measures.record(c1, "iief5", 15, d.day(day - 5), "Mid-treatment")
    d.at(day - 4, 15)
    t.consent.give(c1, "informed-consent", d.sign(day - 4, CLIENT_NAMES[0], "client", "therapist"),
                   grants=("conversation", "relaxation_breathing", "clothed_touch",
                           "nudity_body_image", "non_genital_touch", "genital_touch"),
                   declines=("intercourse",), valid_from=d.day(day - 4),
                   note="Informed consent extended to genital touch before sensate focus II.")
    d.at(day - 4, 16)
    d.triad(c1, day - 4, CLIENT_NAMES[0], jonas,
                   grants=("conversation", "relaxation_breathing", "clothed_touch",
                           "nudity_body_image", "non_genital_touch", "genital_touch"),
                   declines=("intercourse",), valid_from=d.day(day - 4),
                   note="Re-consent before sensate focus II.",
                   signals=SIGNALS["red"], safer_sex=SAFER_SEX["gloves"])
    d.start_phase(c1, "sensate-focus-2", day - 3, 11)
    while day <= 238:
        d.cycle(c1, jonas, day, "sensate-focus-2", (4, 2),
                review_after=None if day > 232 else 2, safer_sex_kept=True,
                safer_sex="Fresh gloves for genital touch; hands washed before and after.")
        day += 7
    t.cases.record_progress(c1, g, "4", "Reports less anticipatory anxiety", d.day(230))
    d.at(231)
    t.measures.record(c1, "iief5", 19, d.day(231), "Re-test")

    say(T_("cli", "case 2: rehabilitation with therapeutic aids"))
    c2 = t.cases.open({
        "code": f"C-{year}-002", "legal_name": CLIENT_NAMES[1], "pronouns": "she/her",
        "date_of_birth": "1979-09-30",
        "presenting_concerns": ["disability-or-chronic-illness", "negative-body-image", "low-desire"],
        "concerns_note": "T10 spinal cord injury after a cycling accident three years ago.",
        "contraindications": "Pressure-area care: change position every 30 minutes.",
        "medical_context": "Wheelchair user; rehabilitation team consulted; PLISSIT framing."},
        (ids[SURROGATES[1]],), ids[SUPERVISOR], opened_at=d.at(30)).case_id
    assert c2 is not None
    t.cases.change_status(c2, "assessment", "", d.at(31))
    t.measures.record(c2, "fsfi", 14.2, d.day(33), "Baseline")
    t.plans.from_template(c2, "rehabilitation-aids", "en")
    t.plans.start_phase(c2, "intake", d.at(33))
    d.at(38)
    t.capacity.record(c2, d.day(38), "has-capacity",
                      "Weighed the options with the rehabilitation team's advice; clear choice.")
    d.at(40)
    for form_id in ("informed-consent", "release-of-information"):
        grants = ("conversation", "relaxation_breathing", "clothed_touch", "nudity_body_image",
                  "non_genital_touch") if form_id == "informed-consent" else ()
        t.consent.give(c2, form_id, d.sign(40, CLIENT_NAMES[1], "client", "therapist"),
                       grants=grants, valid_from=d.day(40))
    d.at(41, 15)
    d.triad(c2, 41, CLIENT_NAMES[1], ilse,
                   grants=("conversation", "relaxation_breathing", "clothed_touch",
                           "nudity_body_image", "non_genital_touch"),
                   declines=("genital_touch", "intercourse"), valid_from=d.day(41),
                   note="Sessions at ground-floor room; transfer help agreed.",
                   signals=SIGNALS["hand"], safer_sex=SAFER_SEX["aids"])
    t.plans.complete_phase(c2, "intake", d.at(41, 16))
    t.cases.change_status(c2, "active", "", d.at(41, 16))
    day = 47
    for phase, count in (("getting-to-know", 3), ("relaxation-breathing", 2), ("body-image", 4)):
        d.start_phase(c2, phase, day - 6, 11)
        for _ in range(count):
            d.cycle(c2, ilse, day, phase, (6, 4))
            day += 7
        t.plans.complete_phase(c2, phase, d.at(day - 5, 9, 30))
    d.at(day - 5, 9, 45)
    # The aid inventory, then a consent that names each aid and each way of using it (the
    # therapeutic-aids form: "each aid, and each way of using it, needs its own specific
    # consent"). The client agreed to the pelvic model in session and at home, the doll in
    # session only.
    pelvic = t.aids.add(c2, "partial", "Pelvic model", ("in_session", "at_home"),
                        material="Medical-grade silicone, latex-free").subject_id
    doll = t.aids.add(c2, "full-body", "Full-body doll with adjustable positioning",
                      ("in_session",), material="Silicone over a jointed frame").subject_id
    d.at(day - 5, 10)
    t.consent.give(c2, "therapeutic-aids", d.sign(day - 5, CLIENT_NAMES[1], "client", "therapist"),
                   grants=("therapeutic_aids",), valid_from=d.day(day - 5),
                   aids=[{"aid_id": pelvic, "uses": ["in_session", "at_home"]},
                         {"aid_id": doll, "uses": ["in_session"]}],
                   note="Pelvic model and full-body doll with adjustable positioning.")
    d.start_phase(c2, "therapeutic-aids", day - 5, 11)
    for _ in range(4):
        d.cycle(c2, ilse, day, "therapeutic-aids", (5, 3), aid_ids=(pelvic, doll),
                safer_sex="Aids cleaned before and after per hygiene protocol.")
        day += 7
    t.plans.complete_phase(c2, "therapeutic-aids", d.at(day - 5, 9, 30))
    d.start_phase(c2, "sensate-focus-1", day - 5, 11)
    while day <= 236:
        d.cycle(c2, ilse, day, "sensate-focus-1", (4, 2))
        day += 7
    t.measures.record(c2, "fsfi", 21.6, d.day(200), "Re-test")

    say(T_("cli", "case 3: paused after a revoked consent"))
    c3 = t.cases.open({
        "code": f"C-{year}-003", "legal_name": CLIENT_NAMES[2], "pronouns": "he/him",
        "date_of_birth": "1991-06-17",
        "presenting_concerns": ["abuse-or-trauma", "intimacy-difficulties", "shame"],
        "contraindications": "Trauma history: re-introduce touch slowly; check in often.",
    }, (ids[SURROGATES[0]],), ids[SUPERVISOR], opened_at=d.at(20, 14)).case_id
    assert c3 is not None
    t.cases.change_status(c3, "assessment", "", d.at(21, 14))
    t.plans.from_template(c3, "default-spt", "en")
    t.plans.start_phase(c3, "intake", d.at(21, 14))
    d.at(28, 14)
    t.capacity.record(c3, d.day(28), "has-capacity",
                      "Understands the pacing and the stop signal; trauma history discussed.")
    d.at(30, 14)
    scope = ("conversation", "relaxation_breathing", "clothed_touch", "nudity_body_image",
             "non_genital_touch")
    t.consent.give(c3, "informed-consent", d.sign(30, CLIENT_NAMES[2], "client", "therapist"),
                   grants=scope, valid_from=d.day(30))
    t.consent.give(c3, "release-of-information", d.sign(30, CLIENT_NAMES[2], "client", "therapist"),
                   valid_from=d.day(30))
    triad = d.triad(c3, 30, CLIENT_NAMES[2], jonas,
                           grants=scope, declines=("genital_touch", "intercourse"),
                           valid_from=d.day(30), signals=SIGNALS["stop"],
                           safer_sex=SAFER_SEX["none-yet"])
    t.plans.complete_phase(c3, "intake", d.at(30, 15))
    t.cases.change_status(c3, "active", "", d.at(30, 15))
    day = 40
    for phase, count in (("getting-to-know", 2), ("relaxation-breathing", 3),
                         ("communication-consent", 3), ("body-image", 4), ("sensate-focus-1", 3)):
        d.start_phase(c3, phase, day - 6, 13)
        for _ in range(count):
            d.cycle(c3, jonas, day, phase, (7, 5))
            day += 7
        if phase != "sensate-focus-1":
            t.plans.complete_phase(c3, phase, d.at(day - 5, 9, 30))
    # The client withdraws consent to touch during the next session; the surrogate records it.
    d.at(day - 5, 12)
    session = t.sessions.schedule(c3, "surrogate_session", f"{d.day(day)}T10:00", 90,
                                  "sensate-focus-1", scope, "Practice room 2").subject_id
    d.at(day, 10, 25)
    jonas.consent.revoke(c3, triad, "Client said he wants to stop all touch for now.",
                         "client", ("clothed_touch", "nudity_body_image", "non_genital_touch"),
                         f"{d.day(day)}T10:25")
    d.at(day, 15)
    jonas.sessions.submit_debrief(session, DebriefForm(
        activities_done=("conversation", "relaxation_breathing"), suds_before=6, suds_after=7,
        went_well="He used the stop word clearly, which we had practised.",
        was_hard="A memory surfaced during hand caress; he asked to stop touch altogether.",
        stop_signals=1, reactions="Concern for him; I stayed with breathing and talk.",
        questions="Please see him soon.", proposal="Pause surrogate sessions until he is ready.",
        process_recording="He described the memory briefly; I did not ask for details."))
    t.sessions.review(session, "Called the client the same evening; processing session booked.")
    t.cases.change_status(c3, "paused", "Client revoked consent to touch; processing in talk therapy.",
                          d.at(day + 1, 9, 30))

    say(T_("cli", "case 4: a documentation gap"))
    c4 = t.cases.open({
        "code": f"C-{year}-004", "legal_name": CLIENT_NAMES[3], "pronouns": "she/her",
        "date_of_birth": "1995-02-08",
        "presenting_concerns": ["painful-sex", "anxiety"],
        "medical_context": "Vaginismus diagnosed by gynaecologist; dilator work at home."},
        (ids[SURROGATES[1]],), ids[SUPERVISOR], opened_at=d.at(60, 14)).case_id
    assert c4 is not None
    t.cases.change_status(c4, "assessment", "", d.at(61, 14))
    t.plans.from_template(c4, "default-spt", "en")
    t.plans.start_phase(c4, "intake", d.at(61, 14))
    d.at(68, 14)
    t.capacity.record(c4, d.day(68), "has-capacity",
                      "Understands the plan and that she may decline any step.")
    d.at(70, 14)
    t.consent.give(c4, "informed-consent", d.sign(70, CLIENT_NAMES[3], "client", "therapist"),
                   grants=scope, valid_from=d.day(70))
    d.at(72, 14)
    d.triad(c4, 72, CLIENT_NAMES[3], ilse,
                   grants=scope, declines=("genital_touch", "intercourse"), valid_from=d.day(72),
                   signals=SIGNALS["red"], safer_sex=SAFER_SEX["none-yet"])
    t.plans.complete_phase(c4, "intake", d.at(72, 15))
    t.cases.change_status(c4, "active", "", d.at(72, 15))
    d.start_phase(c4, "getting-to-know", 72, 16)
    day = 78
    d.cycle(c4, ilse, day, "getting-to-know", (5, 4), gated=False)
    day += 7
    # The gap: the release of information is signed only now, after the first surrogate session.
    d.at(day - 1, 14)
    t.consent.give(c4, "release-of-information", d.sign(day - 1, CLIENT_NAMES[3], "client", "therapist"),
                   valid_from=d.day(day - 1))
    for phase, count in (("getting-to-know", 1), ("relaxation-breathing", 2),
                         ("communication-consent", 3), ("body-image", 4)):
        if phase != "getting-to-know":
            d.start_phase(c4, phase, day - 6, 13)
        for _ in range(count):
            d.cycle(c4, ilse, day, phase, (5, 3))
            day += 7
        if phase != "body-image":
            t.plans.complete_phase(c4, phase, d.at(day - 5, 9, 30))

    say(T_("cli", "case 5: assessment"))
    c5 = t.cases.open({
        "code": f"C-{year}-005", "legal_name": CLIENT_NAMES[4], "pronouns": "they/them",
        "presenting_concerns": ["lack-of-confidence", "communication-problems"],
        "concerns_note": "Wants a social role model for dating conversations; no touch work.",
        "date_of_birth": "1998-11-02"},
        (ids[SURROGATES[0]],), ids[SUPERVISOR], opened_at=d.at(200)).case_id
    assert c5 is not None
    t.cases.change_status(c5, "assessment", "", d.at(205))
    t.plans.from_template(c5, "social-role-model", "en")
    t.plans.start_phase(c5, "intake", d.at(205, 11))
    for day in (205, 219, 233):
        d.at(day - 3)
        t.sessions.schedule(c5, "therapist_session", f"{d.day(day)}T16:00", 50, "intake")
    t.measures.record(c5, "suds", 7, d.day(219), "Starting a conversation with a stranger")
    t.capacity.record(c5, d.day(219), "has-capacity",
                      "Understands the role-model plan and that no touch work is planned.")
    # The client and the therapist sign at the three-way meeting; the triad agreement awaits
    # Jonas's countersignature, which he gives in his own session (issue 13).
    d.at(233, 17)
    talk = ("conversation", "relaxation_breathing")
    for form_id in ("informed-consent", "release-of-information"):
        t.consent.give(c5, form_id, d.sign(233, CLIENT_NAMES[4], "client", "therapist"),
                       grants=talk if form_id == "informed-consent" else (),
                       valid_from=d.day(233))
    d.at(236, 17)
    d.triad(c5, 236, CLIENT_NAMES[4], jonas, countersign=False, grants=talk,
            declines=("clothed_touch", "non_genital_touch", "genital_touch", "intercourse"),
            valid_from=d.day(236), signals=SIGNALS["stop"], safer_sex=SAFER_SEX["none-yet"],
            note="Agreed at the three-way meeting; social role model, no touch.")

    say(T_("cli", "sessions: outcomes, a weekly series"))
    _outcomes_and_series(d, c1, c2, c3, c5)
    say(T_("cli", "the coming week"))
    _upcoming(d, c5)

    say(T_("cli", "supervision: phases extended"))
    _supervision(d, c1, c2)
    _therapist_side(d, say, (c1, c2, c3, c4, c5))
    _therapy_before_surrogate_work(d, (c1, c2, c3, c4))
    _series_notes(d, c3)
    _client_requests(d, c1, c2)
    _record_checked(d)
    say(T_("cli", "done"))


def _record_checked(d: Demo) -> None:
    """Issue 18: the practice's whole record was checked this morning (every signature, chain
    and page), as the app does once a day, so the demo opens without a check due; a test or a
    person who asks gets one at once."""
    d.at(240, 8, 30)
    d.therapist.verify()


def _outcomes_and_series(d: Demo, c1: str, c2: str, c3: str, c5: str) -> None:
    """What happened to each session (issue 16), as a well-run practice records it: case 5's
    therapist sessions held (recorded the same evening); a weekly series of therapist
    sessions in case 3, paused after the client withdrew consent to touch (talk therapy goes
    on), those past recorded as held; a surrogate session of case 2 cancelled by the client
    the day before; one of case 1 where the client did not come (a no-show, recorded by the
    surrogate partner)."""
    t = d.therapist
    for session in t.sessions.list(c5):
        if session.kind == "therapist_session":
            d.at(int((date.fromisoformat(session.starts_at[:10]) - d.start).days), 17, 30)
            t.outcomes.record(session.session_id, "held")
    d.at(221, 12)
    series = t.scheduling.schedule_series(c3, "therapist_session", f"{d.day(227)}T16:00",
                                          "weekly", count=6, duration_min=50,
                                          location="Room 1")
    for change, day in zip(series[:2], (227, 234), strict=True):
        d.at(day, 17, 30)
        t.outcomes.record(change.subject_id or "", "held")
    d.at(232, 12)
    cancelled = t.sessions.schedule(c2, "surrogate_session", f"{d.day(238)}T14:00", 60, None,
                                    ("conversation",), "Practice room 2",
                                    d.ilse.actor.member_id).subject_id or ""
    d.at(237, 8)
    t.outcomes.record(cancelled, "cancelled-by-client", note="The client called: unwell.")
    d.at(225, 12)
    missed = t.sessions.schedule(c1, "surrogate_session", f"{d.day(230)}T14:00", 60, None,
                                 ("conversation",), "Practice room 2",
                                 d.jonas.actor.member_id).subject_id or ""
    d.at(230, 15, 30)
    d.jonas.outcomes.record(missed, "no-show",
                            note="Waited 45 minutes; no answer by phone. The therapist is told.")


def _upcoming(d: Demo, c5: str) -> None:
    """The coming week (issue 16: the Agenda has something true to show ahead): case 5's
    three-way meeting to start the work, where Jonas's countersignature of the triad agreement
    is still awaited (due on the meeting, in his Agenda and the therapist's)."""
    d.at(239, 9)
    d.therapist.sessions.schedule(c5, "three_way_meeting", f"{d.day(244)}T17:00", 60,
                                  location="Room 1", surrogate_id=d.jonas.actor.member_id)



def _supervision(d: Demo, c1: str, c2: str) -> None:
    """Issue 16: a well-run practice extends a phase that needs more sessions by revising the
    plan with the client (the audit's ``plan.phase-overrun`` otherwise reports it). C-004 is
    left as it is: active, with no session since the summer -- the one stalled case the
    supervisor's view has to show."""
    t = d.therapist
    d.at(239, 9)
    for case, phase_id in ((c1, "sensate-focus-2"), (c2, "sensate-focus-1")):
        plan = t.plans.current(case)
        assert plan is not None
        t.plans.revise(case, [{
            "phase_id": p.phase_id, "title": p.title, "objectives": list(p.objectives),
            "activities": [a.value for a in p.activities], "entry_criteria": list(p.entry_criteria),
            "planned_sessions": 16 if p.phase_id == phase_id else p.planned_sessions}
            for p in plan.phases])


# -- issue 16: the therapist's side of the record ------------------------------------------
# Concurrent therapy (the codes of practice): a client-therapist session about every two
# weeks while surrogate work runs, each with a progress note, and a three-way meeting with
# minutes before the first surrogate session. Each case has its own hour for the therapist's
# sessions, so no two overlap.
FOCUS = (
    ("Processing last week's surrogate session", "Reflective listening; normalising anxiety",
     "Named the fear of being judged; SUDS eased while talking it through",
     "Continue the current phase; check the pace with the surrogate partner"),
    ("Shame and self-talk before sessions", "Cognitive restructuring of 'I will fail'",
     "Engaged; found a kinder phrase to use before sessions",
     "Practise the phrase daily; review next time"),
    ("Boundaries and the stop and pause signals", "Rehearsal of the signals; role play",
     "Used both signals confidently in role play", "No change to the plan"),
    ("Progress against the goals", "Goal review with the SUDS hierarchy",
     "Pleased with progress; some worry about the next phase",
     "Discuss readiness for the next phase at the next planning meeting"),
)
MEETINGS = {  # case number -> (day, hour of the start meeting, therapist hour, surrogate)
    1: (14, 15, 14, 0), 2: (41, 14, 15, 1), 3: (30, 13, 16, 0), 4: (72, 13, 17, 1),
}


def _therapist_side(d: Demo, say: Callable[[str], None], cases: tuple[str, ...]) -> None:
    """Therapist sessions with progress notes and the three-way meetings of the demo's cases,
    written at their own times; the demo clock is left where it was."""
    from triad.casefile.notes import MinutesForm, ProgressNoteForm

    say(T_("cli", "therapist sessions, progress notes and three-way meetings"))
    t, left = d.therapist, d.clock.now
    surrogates = (d.jonas, d.ilse)
    for number, (meeting_day, meeting_hour, hour, who) in MEETINGS.items():
        case = cases[number - 1]
        d.at(meeting_day - 3, 9)
        meeting = t.sessions.schedule(
            case, "three_way_meeting", f"{d.day(meeting_day)}T{meeting_hour:02d}:00", 60,
            location="Consulting room", surrogate_id=surrogates[who].actor.member_id).subject_id
        d.at(meeting_day, meeting_hour + 1, 30)
        t.notes.write_minutes(meeting, MinutesForm(
            attendees=("client", "therapist", "surrogate"),
            agreements="Goals, boundaries, the stop and pause signals and a weekly pace agreed; "
                       "the triad agreement signed after the meeting.",
            plan_changes="None: the phase plan stands as drafted.",
            next_steps="First surrogate session next week; therapist session every two weeks."))
        starts = [s.starts_at for s in t.sessions.list(case) if s.kind == "surrogate_session"]
        first = (date.fromisoformat(starts[0][:10]) - d.start).days
        last = (date.fromisoformat(starts[-1][:10]) - d.start).days
        for i, day in enumerate(range(first + 2, min(last + 9, 239), 14)):
            d.at(day - 4, 9)
            session = t.sessions.schedule(case, "therapist_session",
                                          f"{d.day(day)}T{hour:02d}:00", 50,
                                          location="Consulting room").subject_id
            d.at(day, hour + 1, 15)
            focus, interventions, response, plan = FOCUS[i % len(FOCUS)]
            t.notes.write_progress(session, ProgressNoteForm(
                focus=focus, interventions=interventions, response=response, plan=plan))
            if number == 1 and i == 1:
                t.private_notes.write(session, "My own reaction: protective; watch for "
                                               "rescuing. Take it to my own supervision.")
    # case 5: the meeting at which its triad agreement was signed, and notes for its
    # assessment sessions
    case = cases[4]
    d.at(233, 9)
    meeting = t.sessions.schedule(case, "three_way_meeting", f"{d.day(236)}T16:00", 60,
                                  location="Consulting room",
                                  surrogate_id=d.jonas.actor.member_id).subject_id
    d.at(236, 17, 30)
    t.notes.write_minutes(meeting, MinutesForm(
        agreements="A social-role-model plan: conversation only, no touch; fortnightly pace.",
        plan_changes="None.", next_steps="Jonas countersigns the triad agreement; first "
                                         "session once he has."))
    for i, s in enumerate(x for x in t.sessions.list(case) if x.kind == "therapist_session"):
        d.at(int((date.fromisoformat(s.starts_at[:10]) - d.start).days), 17, 15)
        focus, interventions, response, plan = FOCUS[(i + 3) % len(FOCUS)]
        t.notes.write_progress(s.session_id, ProgressNoteForm(
            focus="Assessment: goals for dating conversations" if i == 0 else focus,
            interventions=interventions, response=response, plan=plan))
    d.clock.now = left



def _therapy_before_surrogate_work(d: Demo, cases: tuple[str, ...]) -> None:
    """The therapist session that prepares each client for the first surrogate session, two
    days before it: a well-run practice has the client in therapy before and alongside the
    surrogate work (the codes of practice; the audit's ``therapy.not-concurrent``)."""
    from triad.casefile.notes import ProgressNoteForm

    t, left = d.therapist, d.clock.now
    for number, case in enumerate(cases, start=1):
        hour = MEETINGS[number][2]
        first = min(s.starts_at for s in t.sessions.list(case) if s.kind == "surrogate_session")
        day = (date.fromisoformat(first[:10]) - d.start).days - 2
        d.at(day - 3, 9)
        session = t.sessions.schedule(case, "therapist_session", f"{d.day(day)}T{hour:02d}:00",
                                      50, location="Consulting room").subject_id or ""
        d.at(day, hour + 1, 15)
        t.notes.write_progress(session, ProgressNoteForm(
            focus="Preparing for the first surrogate session",
            interventions="Rehearsed the stop and pause signals; reviewed the triad agreement",
            response="Anxious but ready; named what would help in the first session",
            plan="First surrogate session this week; therapist session every two weeks"))
    d.clock.now = left


def _series_notes(d: Demo, c3: str) -> None:
    """Issue 16, the Agenda's "note to write": the first held session of case 3's weekly
    series has its progress note, written the same evening; the second, six days before the
    demo's today, still awaits its note -- the one the therapist's Agenda shows."""
    from triad.casefile.notes import ProgressNoteForm

    t, left = d.therapist, d.clock.now
    for s in t.sessions.list(c3):
        if s.kind == "therapist_session" and s.starts_at[:10] == d.day(227):
            d.at(227, 17, 45)
            t.notes.write_progress(s.session_id, ProgressNoteForm(
                focus="Talk therapy while touch is paused: the withdrawal and what it meant",
                interventions="Validation; exploring the wish to stop without shame",
                response="Relieved the pause was respected; wants to keep talking weekly",
                plan="Weekly sessions; revisit surrogate work only if the client raises it"))
    d.clock.now = left


def _client_requests(d: Demo, c1: str, c2: str) -> None:
    """Issue 17, the client's requests, each answered well within the practice's 30 days:
    case 1's client asked to see his record and went through it with the therapist in session
    (no copy wanted); case 2's client asked for a sentence of the intake to be changed, the
    therapist refused with her reason, and the client's statement of disagreement, given a
    week later, is kept with the record."""
    t, left = d.therapist, d.clock.now
    d.at(196, 11)
    seen = t.requests.record(c1, "access", d.day(195), "To see everything written about me so "
                             "far.").subject_id or ""
    d.at(203, 17)
    t.requests.close(seen, "fulfilled", d.day(203), other_form=True,
                     note="Read the whole record through together in session; the client "
                          "wanted no copy to take home.")
    d.at(211, 10)
    intake = t.log.entries("case_id=? AND kind=?", (c2, "case.opened"))[0].id
    asked = t.requests.record(c2, "amendment", d.day(210), "Change 'reluctant to use aids' in "
                              "the intake to 'curious about aids'.", about_entry=intake,
                              about_field="in their words (intake)").subject_id or ""
    d.at(216, 16)
    closed = t.requests.close(asked, "refused", d.day(216),
                              reason="The intake records the client's words on that day; the "
                                     "change of mind since is recorded in the later sessions.")
    d.at(223, 12)
    t.amendments.amend(closed.entry_id, "The client's statement of disagreement received", {
        "statement": "I was never reluctant, only nervous; I want that on the record.",
        "rebuttal": "Kept as the client asks; the intake stands as written at the time."})
    d.clock.now = left
