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

The practice is built in English or in German (``build(..., language="de")``, issue 19): the
same cases, dates and seeded gap, its records written in that language from the table of
:mod:`triad.demo.words` (``triad/data/demo/<language>.json``), its plans made from the
templates in that language, its clients signing the forms' versions in that language, and a
German practice printing its documents in German (``vault.report_language``).

    from triad import demo
    ws = demo.build(path, passphrase, language="de")
    demo.texts("de").therapist          # "Dr. Maren Holt": the member the vault opens as
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from triad.casefile.members import Credential
from triad.casefile.sessions import DebriefForm
from triad.demo.history import (
    client_requests,
    outcomes_and_series,
    record_checked,
    series_notes,
    supervision,
    therapist_side,
    therapy_before_surrogate_work,
    upcoming,
)
from triad.demo.practice import Demo, DemoClock
from triad.demo.words import ENGLISH, GERMAN, LANGUAGES, DemoTexts, texts
from triad.i18n import T_
from triad.roles import Role
from triad.workspace import Workspace

__all__ = ["CLIENT_NAMES", "ENGLISH", "GERMAN", "LANGUAGES", "SUPERVISOR", "SURROGATES",
           "THERAPIST", "DemoClock", "DemoTexts", "build", "texts"]

# The English demo's members (the default language); ``texts(language)`` names them in others.
THERAPIST = texts(ENGLISH).therapist
SURROGATES = texts(ENGLISH).surrogates
SUPERVISOR = texts(ENGLISH).supervisor
# The clients' names are invented and international: the same in every language.
CLIENT_NAMES = ("Tomasz Wójcik", "Elif Şahin", "Γιώργος Παπαδόπουλος", "Анна Смирнова", "Rhys Morgan")


def build(path: Path, passphrase: str, today: date | None = None,
          progress: Callable[[str], None] | None = None, language: str = ENGLISH) -> Workspace:
    """Create the demo vault at ``path`` with its records in ``language`` ("en" or "de");
    returns it opened as the demo therapist. It is built in a hidden sibling folder and
    renamed into place when complete: a full disk or an interruption leaves no half-built
    practice behind."""
    from triad.vault.folder import check_new_path, move_into_place, remove_tree, staging_for

    words = texts(language)  # an unknown language fails here, before any folder exists
    folder = Path(path)
    check_new_path(folder)
    staging = staging_for(folder, "building")
    opened: list[Workspace] = []
    try:
        _build(staging, passphrase, today, progress or (lambda _msg: None), opened, words)
        for ws in opened:
            ws.close()
        move_into_place(staging, folder)
    except BaseException:
        for ws in opened:
            ws.close()
        remove_tree(staging)
        raise
    return Workspace.open(folder, passphrase)


def _practice_language(t: Workspace, w: DemoTexts) -> None:
    """A practice that writes its records in German prints its documents in German too (the
    practice's ``vault.report_language``); the English demo keeps the default, the language
    of the program that prints."""
    if w.language != ENGLISH:
        t.report_language.set(w.language)


def _build(path: Path, passphrase: str, today: date | None, say: Callable[[str], None],
           opened: list[Workspace], w: DemoTexts) -> None:
    """Fill a new demo vault at ``path``; every workspace it opens goes into ``opened``."""
    today = today or date.today()
    start = today - timedelta(days=240)
    clock = DemoClock()
    clock.now = datetime.combine(start, datetime.min.time()).replace(hour=9).astimezone()
    later = (today + timedelta(days=600)).isoformat()
    lang = w.language
    say(T_("cli", "creating the vault and its members"))
    created = Workspace.create(
        path, name=w.therapist, role=Role.THERAPIST, passphrase=passphrase,
        practice_name=w["practice.name"],
        credentials=(Credential(w["credential.therapist"], "PSY-20417", later),), clock=clock,
    )
    t = created.workspace
    opened.append(t)
    t.clock = clock
    _practice_language(t, w)
    ids = {}
    for name, role, cred in (
        (w.surrogates[0], Role.SURROGATE, Credential("IPSA", "IPSA-0412", later)),
        (w.surrogates[1], Role.SURROGATE, Credential("IPSA", "IPSA-0877", later)),
        (w.supervisor, Role.SUPERVISOR, Credential(w["credential.supervisor"], "SUP-3310", later)),
    ):
        ids[name] = t.members.add(name, role, passphrase, (cred,)).member_id
    jonas = Workspace.open(path, passphrase, w.surrogates[0])
    opened.append(jonas)
    ilse = Workspace.open(path, passphrase, w.surrogates[1])
    opened.append(ilse)
    jonas.clock = ilse.clock = clock
    d = Demo(t, jonas, ilse, clock, start, w)
    year = start.year
    surrogate_1, surrogate_2, supervisor = (ids[w.surrogates[0]], ids[w.surrogates[1]],
                                            ids[w.supervisor])

    say(T_("cli", "case 1: active, sensate focus"))
    d.at(1)
    c1 = t.cases.open({
        "code": f"C-{year}-001", "legal_name": CLIENT_NAMES[0], "pronouns": w["pronouns.he"],
        "date_of_birth": "1988-04-12",
        "presenting_concerns": ["performance-anxiety", "erectile-dysfunction", "inexperience"],
        "concerns_note": w["c1.concerns_note"],
        "contraindications": w["c1.contraindications"],
        "medical_context": w["c1.medical_context"]},
        (surrogate_1,), supervisor, opened_at=d.at(1)).case_id
    assert c1 is not None
    t.cases.change_status(c1, "assessment", w["c1.status.assessment"], d.at(2))
    g = t.cases.add_goal(c1, w["c1.goal"], "9", "3", "SUDS").subject_id
    t.measures.record(c1, "iief5", 11, d.day(3), w["measure_note.baseline"])
    for label, value in (("c1.suds.talking", 6), ("c1.suds.back", 8),
                         ("c1.suds.undressing", 9)):
        t.measures.record(c1, "suds", value, d.day(3), w[label])
    d.at(3)
    t.plans.from_template(c1, "default-spt", lang)  # the plan in the demo's language
    t.plans.start_phase(c1, "intake", d.at(3))
    d.at(8)
    t.capacity.record(c1, d.day(8), "has-capacity", w["c1.capacity"])
    d.at(10)
    d.give(c1, "informed-consent", 10, CLIENT_NAMES[0],
           grants=("conversation", "relaxation_breathing", "clothed_touch",
                   "nudity_body_image", "non_genital_touch"), valid_from=d.day(10))
    d.give(c1, "release-of-information", 10, CLIENT_NAMES[0],
           valid_from=d.day(10))
    d.at(14, 16)
    d.triad(c1, 14, CLIENT_NAMES[0], jonas,
            grants=("conversation", "relaxation_breathing", "clothed_touch",
                    "nudity_body_image", "non_genital_touch"),
            declines=("genital_touch", "intercourse"), valid_from=d.day(14),
            note=w["c1.triad.note"],
            signals=d.signals("red"), safer_sex=d.safer_sex("none-yet"))
    t.plans.complete_phase(c1, "intake", d.at(14, 17))
    t.cases.change_status(c1, "active", w["c1.status.active"], d.at(14, 17))
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
    t.cases.record_progress(c1, g, "5", w["c1.progress.mid"], d.day(day - 5))
    t.measures.record(c1, "iief5", 15, d.day(day - 5), w["measure_note.mid"])
    d.at(day - 4, 15)
    d.give(c1, "informed-consent", day - 4, CLIENT_NAMES[0],
           grants=("conversation", "relaxation_breathing", "clothed_touch",
                   "nudity_body_image", "non_genital_touch", "genital_touch"),
           declines=("intercourse",), valid_from=d.day(day - 4),
           note=w["c1.consent.extended"])
    d.at(day - 4, 16)
    d.triad(c1, day - 4, CLIENT_NAMES[0], jonas,
            grants=("conversation", "relaxation_breathing", "clothed_touch",
                    "nudity_body_image", "non_genital_touch", "genital_touch"),
            declines=("intercourse",), valid_from=d.day(day - 4),
            note=w["c1.triad.reconsent"],
            signals=d.signals("red"), safer_sex=d.safer_sex("gloves"))
    d.start_phase(c1, "sensate-focus-2", day - 3, 11)
    while day <= 238:
        d.cycle(c1, jonas, day, "sensate-focus-2", (4, 2),
                review_after=None if day > 232 else 2, safer_sex_kept=True,
                safer_sex=w["c1.debrief.safer_sex"])
        day += 7
    t.cases.record_progress(c1, g, "4", w["c1.progress.late"], d.day(230))
    d.at(231)
    t.measures.record(c1, "iief5", 19, d.day(231), w["measure_note.retest"])

    say(T_("cli", "case 2: rehabilitation with therapeutic aids"))
    c2 = t.cases.open({
        "code": f"C-{year}-002", "legal_name": CLIENT_NAMES[1], "pronouns": w["pronouns.she"],
        "date_of_birth": "1979-09-30",
        "presenting_concerns": ["disability-or-chronic-illness", "negative-body-image", "low-desire"],
        "concerns_note": w["c2.concerns_note"],
        "contraindications": w["c2.contraindications"],
        "medical_context": w["c2.medical_context"]},
        (surrogate_2,), supervisor, opened_at=d.at(30)).case_id
    assert c2 is not None
    t.cases.change_status(c2, "assessment", "", d.at(31))
    t.measures.record(c2, "fsfi", 14.2, d.day(33), w["measure_note.baseline"])
    t.plans.from_template(c2, "rehabilitation-aids", lang)
    t.plans.start_phase(c2, "intake", d.at(33))
    d.at(38)
    t.capacity.record(c2, d.day(38), "has-capacity", w["c2.capacity"])
    d.at(40)
    for form_id in ("informed-consent", "release-of-information"):
        grants = ("conversation", "relaxation_breathing", "clothed_touch", "nudity_body_image",
                  "non_genital_touch") if form_id == "informed-consent" else ()
        d.give(c2, form_id, 40, CLIENT_NAMES[1],
               grants=grants, valid_from=d.day(40))
    d.at(41, 15)
    d.triad(c2, 41, CLIENT_NAMES[1], ilse,
            grants=("conversation", "relaxation_breathing", "clothed_touch",
                    "nudity_body_image", "non_genital_touch"),
            declines=("genital_touch", "intercourse"), valid_from=d.day(41),
            note=w["c2.triad.note"],
            signals=d.signals("hand"), safer_sex=d.safer_sex("aids"))
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
    pelvic = t.aids.add(c2, "partial", w["c2.aid.pelvic"], ("in_session", "at_home"),
                        material=w["c2.aid.pelvic.material"]).subject_id
    doll = t.aids.add(c2, "full-body", w["c2.aid.doll"], ("in_session",),
                      material=w["c2.aid.doll.material"]).subject_id
    d.at(day - 5, 10)
    d.give(c2, "therapeutic-aids", day - 5, CLIENT_NAMES[1],
           grants=("therapeutic_aids",), valid_from=d.day(day - 5),
           aids=[{"aid_id": pelvic, "uses": ["in_session", "at_home"]},
                 {"aid_id": doll, "uses": ["in_session"]}],
           note=w["c2.consent.aids"])
    d.start_phase(c2, "therapeutic-aids", day - 5, 11)
    for _ in range(4):
        d.cycle(c2, ilse, day, "therapeutic-aids", (5, 3), aid_ids=(pelvic, doll),
                safer_sex=w["c2.debrief.safer_sex"])
        day += 7
    t.plans.complete_phase(c2, "therapeutic-aids", d.at(day - 5, 9, 30))
    d.start_phase(c2, "sensate-focus-1", day - 5, 11)
    while day <= 236:
        d.cycle(c2, ilse, day, "sensate-focus-1", (4, 2))
        day += 7
    t.measures.record(c2, "fsfi", 21.6, d.day(200), w["measure_note.retest"])

    say(T_("cli", "case 3: paused after a revoked consent"))
    c3 = t.cases.open({
        "code": f"C-{year}-003", "legal_name": CLIENT_NAMES[2], "pronouns": w["pronouns.he"],
        "date_of_birth": "1991-06-17",
        "presenting_concerns": ["abuse-or-trauma", "intimacy-difficulties", "shame"],
        "contraindications": w["c3.contraindications"],
    }, (surrogate_1,), supervisor, opened_at=d.at(20, 14)).case_id
    assert c3 is not None
    t.cases.change_status(c3, "assessment", "", d.at(21, 14))
    t.plans.from_template(c3, "default-spt", lang)
    t.plans.start_phase(c3, "intake", d.at(21, 14))
    d.at(28, 14)
    t.capacity.record(c3, d.day(28), "has-capacity", w["c3.capacity"])
    d.at(30, 14)
    scope = ("conversation", "relaxation_breathing", "clothed_touch", "nudity_body_image",
             "non_genital_touch")
    d.give(c3, "informed-consent", 30, CLIENT_NAMES[2],
           grants=scope, valid_from=d.day(30))
    d.give(c3, "release-of-information", 30, CLIENT_NAMES[2],
           valid_from=d.day(30))
    triad = d.triad(c3, 30, CLIENT_NAMES[2], jonas,
                           grants=scope, declines=("genital_touch", "intercourse"),
                           valid_from=d.day(30), signals=d.signals("stop"),
                           safer_sex=d.safer_sex("none-yet"))
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
                                  "sensate-focus-1", scope, w["place.practice_room"]).subject_id
    d.at(day, 10, 25)
    jonas.consent.revoke(c3, triad, w["c3.revoked"],
                         "client", ("clothed_touch", "nudity_body_image", "non_genital_touch"),
                         f"{d.day(day)}T10:25")
    d.at(day, 15)
    jonas.sessions.submit_debrief(session, DebriefForm(
        activities_done=("conversation", "relaxation_breathing"), suds_before=6, suds_after=7,
        went_well=w["c3.debrief.went_well"],
        was_hard=w["c3.debrief.was_hard"],
        stop_signals=1, reactions=w["c3.debrief.reactions"],
        questions=w["c3.debrief.questions"], proposal=w["c3.debrief.proposal"],
        process_recording=w["c3.debrief.process_recording"]))
    t.sessions.review(session, w["c3.review"])
    t.cases.change_status(c3, "paused", w["c3.status.paused"],
                          d.at(day + 1, 9, 30))

    say(T_("cli", "case 4: a documentation gap"))
    c4 = t.cases.open({
        "code": f"C-{year}-004", "legal_name": CLIENT_NAMES[3], "pronouns": w["pronouns.she"],
        "date_of_birth": "1995-02-08",
        "presenting_concerns": ["painful-sex", "anxiety"],
        "medical_context": w["c4.medical_context"]},
        (surrogate_2,), supervisor, opened_at=d.at(60, 14)).case_id
    assert c4 is not None
    t.cases.change_status(c4, "assessment", "", d.at(61, 14))
    t.plans.from_template(c4, "default-spt", lang)
    t.plans.start_phase(c4, "intake", d.at(61, 14))
    d.at(68, 14)
    t.capacity.record(c4, d.day(68), "has-capacity", w["c4.capacity"])
    d.at(70, 14)
    d.give(c4, "informed-consent", 70, CLIENT_NAMES[3],
           grants=scope, valid_from=d.day(70))
    d.at(72, 14)
    d.triad(c4, 72, CLIENT_NAMES[3], ilse,
            grants=scope, declines=("genital_touch", "intercourse"), valid_from=d.day(72),
            signals=d.signals("red"), safer_sex=d.safer_sex("none-yet"))
    t.plans.complete_phase(c4, "intake", d.at(72, 15))
    t.cases.change_status(c4, "active", "", d.at(72, 15))
    d.start_phase(c4, "getting-to-know", 72, 16)
    day = 78
    d.cycle(c4, ilse, day, "getting-to-know", (5, 4), gated=False)
    day += 7
    # The gap: the release of information is signed only now, after the first surrogate session.
    d.at(day - 1, 14)
    d.give(c4, "release-of-information", day - 1, CLIENT_NAMES[3],
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
        "code": f"C-{year}-005", "legal_name": CLIENT_NAMES[4], "pronouns": w["pronouns.they"],
        "presenting_concerns": ["lack-of-confidence", "communication-problems"],
        "concerns_note": w["c5.concerns_note"],
        "date_of_birth": "1998-11-02"},
        (surrogate_1,), supervisor, opened_at=d.at(200)).case_id
    assert c5 is not None
    t.cases.change_status(c5, "assessment", "", d.at(205))
    t.plans.from_template(c5, "social-role-model", lang)
    t.plans.start_phase(c5, "intake", d.at(205, 11))
    for day in (205, 219, 233):
        d.at(day - 3)
        t.sessions.schedule(c5, "therapist_session", f"{d.day(day)}T16:00", 50, "intake")
    t.measures.record(c5, "suds", 7, d.day(219), w["c5.suds.stranger"])
    t.capacity.record(c5, d.day(219), "has-capacity", w["c5.capacity"])
    # The client and the therapist sign at the three-way meeting; the triad agreement awaits
    # Jonas's countersignature, which he gives in his own session (issue 13).
    d.at(233, 17)
    talk = ("conversation", "relaxation_breathing")
    for form_id in ("informed-consent", "release-of-information"):
        d.give(c5, form_id, 233, CLIENT_NAMES[4],
               grants=talk if form_id == "informed-consent" else (),
               valid_from=d.day(233))
    d.at(236, 17)
    d.triad(c5, 236, CLIENT_NAMES[4], jonas, countersign=False, grants=talk,
            declines=("clothed_touch", "non_genital_touch", "genital_touch", "intercourse"),
            valid_from=d.day(236), signals=d.signals("stop"), safer_sex=d.safer_sex("none-yet"),
            note=w["c5.triad.note"])

    say(T_("cli", "sessions: outcomes, a weekly series"))
    outcomes_and_series(d, c1, c2, c3, c5)
    say(T_("cli", "the coming week"))
    upcoming(d, c5)

    say(T_("cli", "supervision: phases extended"))
    supervision(d, c1, c2)
    therapist_side(d, say, (c1, c2, c3, c4, c5))
    therapy_before_surrogate_work(d, (c1, c2, c3, c4))
    series_notes(d, c3)
    client_requests(d, c1, c2)
    record_checked(d)
    say(T_("cli", "done"))


