"""Issue 19 (the German review of the command line, revA): what translation alone could not fix.
No code word where a sentence belongs ("nicht gefunden: session", ``form_id=…``,
``session.debriefed``, "triad-agreement v2", ``default-spt``, ``legal_name``,
``awaiting-signatures``, "IIEF5"); counted words and columns as wide as the German words; and
what the text promises, kept (ja/nein, ids shortened to 4 characters everywhere, the command
that records an aid's consent, which surrogate partner, the activity codes, who may sign off).
Each runs the real ``triad-cli`` on the demo practice, in German and in English."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import DEMO_NOW, DEMO_PASS
from tests.core.conftest import CliResult, cli
from triad import demo, i18n
from triad.errors import NotFound, NotFoundCode
from triad.messages import Context, sentence
from triad.workspace import Workspace

ENV = {"TRIAD_PASSPHRASE": DEMO_PASS, "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": ""}
GERMAN = ENV | {"LANG": "de_DE.UTF-8"}
ENGLISH = ENV | {"LANG": "C.UTF-8"}
JONAS, ILSE = demo.SURROGATES
NOT_ON_CASE = "(oder Sie gehören nicht zu diesem Fall)"


def run(lang: dict[str, str], *args: str) -> CliResult:
    return cli(*args, env=lang, now=DEMO_NOW)


def german(*args: str) -> str:
    done = run(GERMAN, *args)
    assert done.code == 0, done.err
    return done.out + done.err


def english(*args: str) -> str:
    done = run(ENGLISH, *args)
    assert done.code == 0, done.err
    return done.out + done.err


def refused(lang: dict[str, str], *args: str) -> str:
    done = run(lang, *args)
    assert done.code == 2, (done.out, done.err)
    return done.err.strip()


# --- 1. codes printed to the user --------------------------------------------------------

def test_every_not_found_is_a_whole_sentence_without_its_code() -> None:
    tr = lambda text: i18n.translate("messages", text)  # noqa: E731
    try:
        i18n.use("de")
        for code in NotFoundCode:
            text = sentence(NotFound(code), tr, Context.CLI)
            assert f": {code.value}" not in text and "nicht gefunden: " not in text, text
            assert text != sentence(NotFound(code), context=Context.CLI), code  # translated
    finally:
        i18n.use(None)


def test_not_found_in_the_command_line_names_what_in_words(demo_path: Path) -> None:
    v = str(demo_path)
    assert refused(GERMAN, "show", v, "C-9999") == \
        f"triad-cli: dieser Fall wurde nicht gefunden {NOT_ON_CASE}"
    assert refused(GERMAN, "debrief", v, "C-2026-001", "--session", "zzzz", "--member", JONAS,
                   "--done", "conversation") == \
        f"triad-cli: diese Sitzung wurde nicht gefunden {NOT_ON_CASE}"
    assert refused(GERMAN, "remediate", v, "F-0000000000", "--note", "x") == \
        ("triad-cli: diese Feststellung gibt es in den von Ihnen geprüften Fällen nicht; "
         "führen Sie 'triad-cli audit' erneut aus")
    assert refused(ENGLISH, "show", v, "C-9999") == \
        "triad-cli: no such case (or you are not on that case)"


def test_the_audit_details_are_words_with_german_dates(demo_path: Path) -> None:
    v = str(demo_path)
    out = german("audit", v)
    assert "(Formular: Schweigepflichtentbindung; später unterschrieben: 20.06.2026)" in out
    assert "(seit: 25.08.2026; Tage ohne Sitzung: 90; Grenzwert (Tage): 28)" in out
    for code in ("form_id=", "signed_later", "release-of-information", "days=", "limit=",
                 "since="):
        assert code not in out, code
    plain = english("audit", v)
    assert "(form: release-of-information; signed later: 2026-06-20)" in plain
    assert "(since: 2026-08-25; days without a session: 90; limit (days): 28)" in plain


def test_the_audit_columns_are_as_wide_as_the_longest_severity(demo_path: Path) -> None:
    out = german("audit", str(demo_path))
    rows = [line for line in out.splitlines() if re.match(r"(ERHEBLICH|GERING|KRITISCH) ", line)]
    assert len(rows) == 2
    assert len({row.index(" F-") for row in rows}) == 1, rows  # "GERING" padded to "ERHEBLICH"
    details = [line for line in out.splitlines() if "Aufzeichnung " in line]
    assert all(line.startswith(" " * 10 + "Aufzeichnung") for line in details), details


def test_the_audit_trail_names_kinds_in_words_and_local_times(demo_path: Path) -> None:
    v = str(demo_path)
    trail = german("audit-trail", v, "--case", "C-2026-001").splitlines()
    assert re.match(r"\d\d\.\d\d\.2026 \d\d:\d\d  Dr Maren Holt \(Therapeut:in\)  C-2026-001  "
                    r"Fall eröffnet  [0-9a-f-]{36}$", trail[1]), trail[1]
    text = "\n".join(trail)
    assert " UTC" not in text
    assert not re.search(r"  [a-z]+\.[a-z_]+  ", text), "a kind printed as its code"
    with Workspace.open(demo_path, DEMO_PASS) as ws:
        first = ws.audit.trail("C-2026-001")[0]
    from triad import clock

    local = clock.utc_to_local_minutes(first.at)  # as every other time the CLI prints
    assert trail[1].startswith(i18n.day_and_time(local, "de"))
    plain = english("audit-trail", v, "--case", "C-2026-001").splitlines()
    assert plain[1].startswith(local.replace("T", " ")) and "  Case opened  " in plain[1]


def test_the_trail_words_name_every_kind() -> None:
    """One table of kinds in words for the CLI and the app (the app reads the core's)."""
    from triad.audit.kind_words import KIND_WORDS
    from triad.log.kinds import Kind
    from ui.casefile.audit import words

    assert words.KIND_WORDS == KIND_WORDS
    assert {k.value for k in Kind} <= set(KIND_WORDS)


def test_consent_lines_name_the_form(demo_copy: Path) -> None:
    v = str(demo_copy)
    with Workspace.open(demo_copy, DEMO_PASS) as ws:
        pending = next(r.consent_id for r in ws.consent.records("C-2026-005") if r.awaiting)
    signed = german("consent", "countersign", v, "C-2026-005", pending[:4], "--member", JONAS)
    assert signed.startswith("Triadenvereinbarung, Fassung 1, als Jonas Berg unterschrieben: ")
    assert "triad-agreement" not in signed
    with Workspace.open(demo_copy, DEMO_PASS) as ws:
        legal = ws.cases.get("C-2026-001").client.legal_name
    given = german("consent", "give", v, "C-2026-001", "outcome-data", "--client-name", legal)
    assert re.match(r"Einwilligung[^,]*, Fassung \d+, erfasst \([0-9a-f]{8}\)\.", given), given
    assert "outcome-data" not in given
    again = english("consent", "give", v, "C-2026-001", "outcome-data", "--client-name", legal)
    assert re.match(r"Recorded outcome-data v\d+ \([0-9a-f]{8}\)\.", again), again


def test_show_names_the_plan_template_the_status_and_the_instrument(demo_path: Path) -> None:
    v = str(demo_path)
    out = german("show", v, "C-2026-001")
    assert "Plan (Fassung 2, SPT-Standardplan)" in out and "default-spt" not in out
    assert "  IIEF-5 11 (Baseline)" in out and "IIEF5" not in out
    assert "Triade: Therapeut:in Dr Maren Holt; Surrogatpartner:in Jonas Berg; " in out
    plain = english("show", v, "C-2026-001")
    assert "Plan (revision 2, Default SPT plan)" in plain and "  IIEF-5 11 (Baseline)" in plain
    assert "Triad: therapist Dr Maren Holt; surrogate partner Jonas Berg; " in plain
    waiting = german("show", v, "C-2026-005")
    assert "Triadenvereinbarung, Fassung 1: Unterschriften ausstehend" in waiting
    assert "awaiting-signatures" not in waiting
    assert "triad-agreement v1: awaiting signatures" in english("show", v, "C-2026-005")


def test_requests_name_the_field_and_line_up(demo_copy: Path) -> None:
    v = str(demo_copy)
    german("request", v, "C-2026-001", "--amendment", "--received", "2026-11-20", "--text",
           "Name", "--field", "legal_name")
    out = german("requests", v, "C-2026-001")
    assert "betrifft: Amtlicher Name" in out and "legal_name" not in out
    rows = [line for line in out.splitlines() if line.startswith("  [")]
    kinds = {line.split("]")[1].split()[0] for line in rows}
    assert kinds == {"Auskunft", "Berichtigung"}
    assert len({line.index("eingegangen") for line in rows}) == 1, rows
    assert "concerns: Legal name" in english("requests", v, "C-2026-001")


# --- 2. counts ------------------------------------------------------------------------------

def _two_surrogates(path: Path) -> None:
    with Workspace.open(path, DEMO_PASS) as ws:
        ids = {m.name: m.member_id for m in ws.members.list()}
        case = ws.cases.get("C-2026-001")
        ws.cases.set_team("C-2026-001", (ids[JONAS], ids[ILSE]), case.supervisor_id)


def test_two_surrogate_partners_are_counted_and_must_be_named(demo_copy: Path) -> None:
    v = str(demo_copy)
    _two_surrogates(demo_copy)
    assert re.search(r"; Surrogatpartner:innen (Ilse Nowak, Jonas Berg|Jonas Berg, Ilse Nowak); ",
                     german("show", v, "C-2026-001"))
    assert refused(GERMAN, "schedule", v, "C-2026-001", "--kind", "three-way", "--at",
                   "2026-11-30 10:00") == (
        "triad-cli: dieser Fall hat mehr als eine Surrogatpartner:in: Geben Sie mit "
        "--surrogate NAME an, mit wem die Sitzung stattfindet")
    assert "--surrogate NAME" in refused(ENGLISH, "schedule", v, "C-2026-001", "--at",
                                         "2026-11-30 10:00")
    booked = german("schedule", v, "C-2026-001", "--kind", "three-way", "--at",
                    "2026-11-30 10:00", "--surrogate", ILSE)
    assert "Dreiergespräch" in booked


# --- 3. what the text promises --------------------------------------------------------------

def test_a_debrief_takes_ja_or_nein_and_a_four_character_session_id(demo_copy: Path) -> None:
    v = str(demo_copy)
    booked = german("schedule", v, "C-2026-001", "--at", "2026-11-22 15:00", "--activity",
                    "conversation")
    session = re.search(r"Geplant: ([0-9a-f]{8})", booked)
    assert session is not None
    debrief = ("debrief", v, "C-2026-001", "--session", session.group(1)[:4], "--member", JONAS,
               "--done", "genital_touch", "--suds-before", "3", "--suds-after", "2")
    assert refused(GERMAN, *debrief) == (
        "triad-cli: in dieser Sitzung gab es genitale Berührung oder Geschlechtsverkehr: Geben "
        "Sie an, ob die Safer-Sex-Vereinbarung eingehalten wurde, mit --safer-sex-kept ja oder "
        "--safer-sex-kept nein")
    assert "--safer-sex-kept yes or --safer-sex-kept no" in refused(ENGLISH, *debrief)
    assert german(*debrief, "--safer-sex-kept", "ja").startswith(
        "Nachbesprechung zur Sitzung vom 22.11.2026 15:00 gespeichert.")
    with Workspace.open(demo_copy, DEMO_PASS) as ws:
        kept = ws.sessions.get(ws.reports.find_session("C-2026-001", session.group(1))).debrief
    assert kept is not None and kept.safer_sex_kept is True


def test_ids_shortened_to_four_characters_everywhere(demo_copy: Path) -> None:
    v = str(demo_copy)
    german("audit-settings", v, "--cosign-from", "2026-11-01", "--member", demo.SUPERVISOR)
    listed = english("cosign", v, "--member", demo.SUPERVISOR)
    entry = re.search(r"  ([0-9a-f]{8}-[0-9a-f-]{27})  ", listed)
    assert entry is not None
    done = german("cosign", v, entry.group(1)[:8], "--member", demo.SUPERVISOR)
    assert done.strip() == f"{entry.group(1)} gegengezeichnet."
    aid = re.search(r"^  ([0-9a-f]{8})  ", german("show", v, "C-2026-002"), re.M)
    assert aid is not None
    retired = german("aids", "retire", v, "C-2026-002", aid.group(1)[:4], "--reason", "worn")
    assert retired.startswith(f"Hilfsmittel {aid.group(1)} ")
    for args in (("debrief", "--help"), ("cosign", "--help"), ("aids", "retire", "--help"),
                 ("consent", "countersign", "--help"), ("reschedule", "--help")):
        helped = " ".join(run(GERMAN, *args).out.split())
        assert "mindestens ihre ersten 4 Zeichen" in helped, args
    assert "first 4 or more characters" in " ".join(run(ENGLISH, "debrief", "--help").out.split())


def test_an_ambiguous_prefix_asks_for_more(demo_path: Path) -> None:
    from triad.cli._common import CliError
    from triad.cli.ids import unique_prefix

    ids = ["abcd1111", "abcd2222", "ef001234"]
    assert unique_prefix("ef00", ids) == "ef001234"
    assert unique_prefix("EF00", ids) == "ef001234"
    assert unique_prefix("ef0", ids) is None  # fewer than 4
    assert unique_prefix("abcd2", ids) == "abcd2222"
    with pytest.raises(CliError, match="more than one id starts with abcd"):
        unique_prefix("abcd", ids)


def test_aids_add_names_the_command_that_records_its_consent(demo_copy: Path) -> None:
    out = german("aids", "add", str(demo_copy), "C-2026-002", "--kind", "partial",
                 "--description", "Beckenmodell")
    assert "'triad-cli consent give VAULT CASE therapeutic-aids --aid " in out
    assert "in der Triad-App erfasst" not in out


def test_an_unknown_activity_names_the_ladders_codes(demo_copy: Path) -> None:
    v = str(demo_copy)
    give = ("consent", "give", v, "C-2026-001", "informed-consent", "--client-name", "x")
    wrong = refused(GERMAN, *give, "--grant", "relaxation-beathing")
    assert wrong == ("triad-cli: diese Aktivität steht nicht auf der Stufenleiter der "
                     "Einwilligung; möglich sind: conversation, relaxation_breathing, "
                     "clothed_touch, nudity_body_image, non_genital_touch, genital_touch, "
                     "intercourse, therapeutic_aids")
    for command in (("consent", "give"), ("debrief",), ("schedule",)):  # and every help says
        helped = " ".join(run(GERMAN, *command, "--help").out.split())
        assert "ACTIVITY ist einer dieser Codes: conversation, relaxation_breathing, " \
            in helped, command
    # the code as a person writes it, with a hyphen, is taken: the next refusal is the name's
    hyphen = refused(GERMAN, *give, "--grant", "relaxation-breathing")
    assert "Stufenleiter" not in hyphen and "amtlichen Namen" in hyphen


# --- 4. who may sign off --------------------------------------------------------------------

def test_only_a_supervisor_is_told_to_sign_off(demo_path: Path) -> None:
    v = str(demo_path)
    therapist = german("findings", v)
    assert "signoff" not in therapist
    assert therapist.rstrip().endswith(
        "0 kritisch, 1 erheblich, 1 gering. Behebung erfassen mit: triad-cli remediate VAULT "
        "FINDING_ID --note TEXT")
    supervisor = german("findings", v, "--member", demo.SUPERVISOR)
    assert supervisor.rstrip().endswith(
        "0 kritisch, 1 erheblich, 1 gering. Abzeichnen mit: triad-cli signoff VAULT FINDING_ID "
        "--comment TEXT")
    assert "Sign one off" not in english("findings", v)



def test_each_kind_of_detail_reads_as_words(demo_path: Path) -> None:
    """The details the other rules give (none of them on the demo today), in German."""
    from dataclasses import replace

    from triad.cli.audit_details import detail_words

    with Workspace.open(demo_path, DEMO_PASS) as ws:
        found = ws.audit.run().findings[0]
        names = {m.member_id: m.name for m in ws.members.list()}
    jonas = next(i for i, n in names.items() if n == JONAS)
    said = [
        ("consent.activity-after-revocation-or-expiry",
         {"activity": "genital_touch", "reason": "revoked", "forms": ["triad-agreement"]},
         "Aktivität: Genitale Berührung; Grund: Einwilligung widerrufen; "
         "nicht abgedeckt durch: Triadenvereinbarung"),
        ("credential.invalid-on-session-date", {"member_id": jonas, "party": "surrogate"},
         "Mitglied: Jonas Berg; in der Rolle: Surrogatpartner:in der Sitzung"),
        ("debrief.safer-sex-not-kept",
         {"activities": ["intercourse"], "safer_sex_agreed": True, "safer_sex_kept": None},
         "Aktivitäten: Geschlechtsverkehr; Safer-Sex-Vereinbarung erfasst: ja; "
         "Safer-Sex-Vereinbarung eingehalten: nicht erfasst"),
        ("consent.session-without-release", {"release": "expired", "since": "2026-09-01T00:00"},
         "Schweigepflichtentbindung: abgelaufen; seit: 01.09.2026"),
        ("request.overdue", {"due_on": "2026-12-01"}, "fällig: 01.12.2026"),
    ]
    try:
        i18n.use("de")
        for rule, detail, words in said:
            assert detail_words(replace(found, rule_id=rule, detail=detail), names) == words
    finally:
        i18n.use(None)
