"""Issue 19: the agenda, aids, audit, consent, custody, exchange and client-copy commands, their
help and argparse's own words ("usage:", "error: ... invalid choice") in German -- under a
German locale and with ``--language de`` -- and the same runs unchanged in English."""

from __future__ import annotations

import argparse
import ast
import inspect
import re
from pathlib import Path

import pytest

from tests.conftest import DEMO_NOW, DEMO_PASS
from tests.core.conftest import cli
from triad.cli.parser import ARGPARSE_WORDS

ENV = {"TRIAD_PASSPHRASE": DEMO_PASS, "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": ""}
GERMAN = ENV | {"LANG": "de_DE.UTF-8"}
ENGLISH = ENV | {"LANG": "C.UTF-8"}
WEEK = ("--from", "2026-11-23", "--to", "2026-11-29")


def flat(text: str) -> str:
    """Help text with argparse's line wrapping undone."""
    return " ".join(text.split())


def german(*args: str) -> str:
    done = cli(*args, env=GERMAN, now=DEMO_NOW)
    assert done.code == 0, done.err
    return done.out + done.err


def english(*args: str) -> str:
    done = cli(*args, env=ENGLISH, now=DEMO_NOW)
    assert done.code == 0, done.err
    return done.out + done.err


def test_the_agenda_in_german(demo_path: Path) -> None:
    out = german("agenda", str(demo_path), *WEEK)
    assert out.startswith("Agenda 23.11.2026 bis 29.11.2026: 2 Sitzungen\n")
    assert "Dienstag, 24.11.2026\n  16:00\u201316:50  C-2026-003  Therapiesitzung" in out
    assert "Dreiergespräch  mit Jonas Berg" in out and "fällig: vorher: " in out
    for leftover in ("sessions", "Tuesday", "three-way meeting", "with Jonas", "due:", "before it"):
        assert leftover not in out, leftover
    assert english("agenda", str(demo_path), *WEEK).startswith(
        "Agenda 2026-11-23 to 2026-11-29: 2 sessions\n")


def test_the_aid_inventory_in_german(demo_path: Path) -> None:
    out = german("aids", str(demo_path), "C-2026-002")
    head = out.splitlines()[0].split()
    assert head == ["KENNUNG", "ART", "BESCHREIBUNG", "MATERIAL", "VERWENDUNG", "AKTUELLE", "EINWILLIGUNG"]
    assert "Teilmodell" in out and "eingewilligt: in der Sitzung, zu Hause" in out
    for leftover in ("CONSENT NOW", "consented", "in session", "at home", "partial"):
        assert leftover not in out, leftover
    assert "consented: in session, at home" in english("aids", str(demo_path), "C-2026-002")


def test_the_audit_its_trail_and_settings_in_german(demo_path: Path) -> None:
    v = str(demo_path)
    out = german("audit", v)
    assert re.match(r"Einwilligungsprüfung \(Fälle: 5\), Stand 23\.11\.2026 \d\d:\d\d\n"
                    r"Eintragsjournal: geprüft \(\d+ Einträge, \d+ signierte Ketten\)", out)
    assert "ERHEBLICH F-" in out and "  offen\n" in out and "Aufzeichnung " in out
    assert "Offen: 0 kritisch, 1 erheblich, 1 gering; 0 abgezeichnet; 0 behoben." in out
    assert ("consent.release-before-first-session: Die Schweigepflichtentbindung war vor der "
            "ersten Surrogatsitzung nicht unterschrieben.") in out  # the rule's sentence
    for leftover in ("Consent audit", "Entry log", "MAJOR", "record ", "Open:", "signed off",
                     "was not signed", "An active case"):
        assert leftover not in out, leftover
    plain = english("audit", v)
    assert "Open: 0 critical, 1 major, 1 minor; 0 signed off; 0 resolved." in plain
    assert ("consent.release-before-first-session: The release of information was not signed "
            "before the first surrogate session.") in plain

    trail = german("audit-trail", v, "--case", "C-2026-001").splitlines()
    assert trail[0] == "Eintragsjournal: Alle Signaturen und Hash-Ketten sind gültig"
    # issue 19: local time as everywhere else (no " UTC"), the kind in words
    assert re.match(r"\d\d\.\d\d\.2026 \d\d:\d\d  Dr Maren Holt \(Therapeut:in\)  C-2026-001  Fall "
                    r"eröffnet",
                    trail[1])
    settings = german("audit-settings", v)
    assert "Frist für die Durchsicht von Nachbesprechungen: 7 Tage" in settings
    assert "Erneute Einwilligung bei Phasenwechsel: ein" in settings
    assert "days" not in settings and "review deadline" not in settings


def test_a_finding_that_names_a_member_names_them_in_german(demo_path: Path) -> None:
    """A credential finding's own sentence names the member: in German it is said again in
    German, the member named and the day written as Germans write it (issue 19: the rule's
    general sentence stood for it before); in English it is kept as it is."""
    from dataclasses import replace

    from triad import i18n
    from triad.cli.audit import explanation
    from triad.workspace import Workspace

    with Workspace.open(demo_path, DEMO_PASS) as ws:
        found = ws.audit.run().findings[0]
    own = replace(found, rule_id="credential.expiring-soon",
                  explanation="Dr Example's credential expires on 2026-12-01.")
    try:
        i18n.use("de")
        assert explanation(own) == "Der Qualifikationsnachweis von Dr Example läuft am 01.12.2026 ab."
        i18n.use("en")
        assert explanation(own) == "Dr Example's credential expires on 2026-12-01."
    finally:
        i18n.use(None)


def test_consent_refusals_in_german(demo_path: Path) -> None:
    v = str(demo_path)
    unsigned = cli("consent", "give", v, "C-2026-001", "informed-consent", env=GERMAN, now=DEMO_NOW)
    assert unsigned.code == 2
    assert unsigned.err.startswith("triad-cli: geben Sie die Unterschrift der Klient:in an: ")
    unknown = cli("consent", "countersign", v, "C-2026-001", "zzzzzzzz", "--language", "de",
                  env=ENGLISH, now=DEMO_NOW)
    assert unknown.code == 2 and "passt zu keiner Einwilligung dieses Falls eindeutig" in unknown.err
    assert "no single consent record" in cli("consent", "countersign", v, "C-2026-001",
                                             "zzzzzzzz", env=ENGLISH, now=DEMO_NOW).err


def test_custody_and_the_legal_basis_in_german(demo_path: Path) -> None:
    v = str(demo_path)
    assert german("case", "custody-requests", v) == "Keine Übernahme wartet auf eine Gegenzeichnung.\n"
    assert german("practice", "custodian", v).startswith("Die Praxis hat keine Aktenverwahrer:in.")
    basis = german("case", "legal-basis", v, "C-2026-001")
    assert basis.startswith("Rechtsgrundlage: ausdrückliche Einwilligung, Art. 9 Abs. 2 lit. a")
    assert english("case", "legal-basis", v, "C-2026-001").startswith(
        "Legal basis: explicit-consent; jurisdiction: ")


def test_an_identity_card_in_german(demo_copy: Path, tmp_path: Path) -> None:
    card = tmp_path / "karte.triadcard"
    out = german("identity", "export", str(demo_copy), "-o", str(card))
    assert out.startswith(f"Ihre Identitätskarte wurde in {card} gespeichert: ")
    assert "lesen Sie ihnen diesen Fingerabdruck vor:" in out and "fingerprint" not in out
    own = cli("identity", "import", str(demo_copy), str(card), "--confirm-fingerprint", "x",
              "--language", "de", env=ENGLISH, now=DEMO_NOW)
    assert own.out.startswith("Identitätskarte von ") and "Fingerabdruck: " in own.out
    assert own.code != 0


def test_help_in_german_and_in_english() -> None:
    top = cli("--help", env=GERMAN)
    assert top.code == 0
    assert top.out.startswith("Aufruf: triad-cli ")
    assert "\nArgumente:\n" in top.out and "\nOptionen:\n" in top.out
    assert "diese Hilfe anzeigen und beenden" in top.out
    assert "Einwilligungen erfassen, gegenzeichnen" in flat(top.out)  # the consent command
    for leftover in ("usage:", "positional arguments", "options:", "show this help message",
                     "record, countersign", "identity cards:", "run the consent audit",
                     "sessions across your cases", "act as this member"):
        assert leftover not in flat(top.out), leftover
    consent = cli("consent", "--help", "--language", "de", env=ENGLISH)
    assert consent.code == 0 and consent.out.startswith("Aufruf: triad-cli consent ")
    assert "eine Einwilligung erfassen, die die Klient:in bei Ihnen unterschrieben hat" in flat(
        consent.out)
    assert "record a consent" not in flat(consent.out)
    give = flat(cli("consent", "give", "--help", env=GERMAN).out)
    assert "als dieses Mitglied handeln" in give and "bei einer Triadenvereinbarung" in give
    assert "VAULT der Tresor (sein Ordner) CASE Fallkennung, z. B. C-2026-001" in give
    assert "act as this member" not in give and "a triad agreement:" not in give

    plain = cli("consent", "--help", env=ENGLISH)
    assert plain.out.startswith("usage: triad-cli consent ")
    assert "\npositional arguments:\n" in plain.out and "show this help message and exit" in plain.out
    assert "record a consent the client signed with you (therapists)" in flat(plain.out)


@pytest.mark.parametrize("language", ["env", "option"])
def test_argparse_errors_in_german(language: str) -> None:
    extra, env = (("--language", "de"), ENGLISH) if language == "option" else ((), GERMAN)
    wrong = cli(*extra, "audit", "v.triad", "--fail-on", "severe", env=env)
    assert wrong.code == 2
    assert wrong.err.startswith("Aufruf: triad-cli audit ")
    assert ("triad-cli audit: Fehler: Argument --fail-on: ungültige Auswahl: 'severe' "
            "(möglich sind 'critical', 'major', 'minor')") in wrong.err
    missing = cli(*extra, "consent", "give", "v.triad", env=env)
    assert "triad-cli consent give: Fehler: diese Angaben fehlen: CASE, FORM" in missing.err
    number = cli(*extra, "audit-settings", "v.triad", "--review-days", "x", env=env)
    assert "ungültige Angabe 'x' (erwartet: eine ganze Zahl)" in number.err
    assert "invalid" not in number.err and "error:" not in number.err

    plain = cli("audit", "v.triad", "--fail-on", "severe", env=ENGLISH)
    assert ("triad-cli audit: error: argument --fail-on: invalid choice: 'severe' "
            "(choose from 'critical', 'major', 'minor')") in plain.err
    assert "invalid int value: 'x'" in cli("audit-settings", "v.triad", "--review-days", "x",
                                           env=ENGLISH).err


def test_every_word_argparse_says_to_a_person_is_in_the_catalogue() -> None:
    """argparse's ``_()`` calls of this Python: each is translated, or is one only a programmer
    meets (a parser built wrongly)."""
    programmer = {".__call__() not defined", "'required' is an invalid argument for positionals",
                  "mutually exclusive arguments must be optional", "%r is not callable",
                  "cannot merge actions - two groups are named %r",
                  "invalid option string %(option)r: must start with a character %(prefix_chars)r",
                  "dest= is required for options like %r", "invalid conflict_resolution value: %r",
                  "cannot have multiple subparser arguments", "conflicting subparser: %s",
                  "conflicting subparser alias: %s", 'argument "-" with mode %r',
                  "conflicting option string: %s", "conflicting option strings: %s"}
    said = set()
    for node in ast.walk(ast.parse(inspect.getsource(argparse))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                and node.func.id in ("_", "ngettext"):
            said |= {a.value for a in node.args
                     if isinstance(a, ast.Constant) and isinstance(a.value, str)}
    assert said - programmer <= set(ARGPARSE_WORDS), said - programmer - set(ARGPARSE_WORDS)


def test_recording_and_countersigning_consent_and_the_aid_inventory_in_german(
        demo_copy: Path) -> None:
    v = str(demo_copy)
    given = german("consent", "give", v, "C-2026-003", "triad-agreement", "--client-name",
                   "Γιώργος Παπαδόπουλος", "--surrogate", "Jonas Berg", "--stop-signal", "Stopp",
                   "--pause-signal", "Pause", "--grant", "conversation")
    # issue 19: the form's name, not its id ("triad-agreement, Fassung 2, erfasst")
    record = re.search(r"Triadenvereinbarung, Fassung \d+, erfasst \((\w{8})\)\.\n", given)
    assert record, given
    assert ("Es fehlt noch die Unterschrift von: Jonas Berg. Diese Person unterschreibt selbst, mit "
            "ihrem eigenen Zugang zum Tresor: 'triad-cli consent countersign VAULT CASE ") in given
    assert "awaits" not in given and "Recorded" not in given
    signed = german("consent", "countersign", v, "C-2026-003", record.group(1), "--member",
                    "Jonas Berg")
    # issue 19: the form's name, not its id ("triad-agreement, Fassung 1")
    assert re.fullmatch(r"Triadenvereinbarung, Fassung \d+, als Jonas Berg unterschrieben: gültig ab "
                        r"\d\d\.\d\d\.\d{4} \d\d:\d\d\.\n", signed), signed

    added = german("aids", "add", v, "C-2026-002", "--kind", "customised", "--description",
                   "Torso", "--where", "in_session,at_home")
    aid = re.match(r"Hilfsmittel (\w{8}) in den Bestand aufgenommen\. Bevor es verwendet wird, "
                   r"braucht es eine eigene Einwilligung", added)
    assert aid, added
    assert german("aids", "retire", v, "C-2026-002", aid.group(1), "--reason", "beschädigt") == (
        f"Hilfsmittel {aid.group(1)} (Torso) ausgemustert; seine Aufzeichnungen bleiben lesbar.\n")
    assert "ausgemustert am 23.11.2026: beschädigt" in german("aids", v, "C-2026-002")


def test_an_exchange_round_trip_in_german(demo_copy: Path, tmp_path: Path) -> None:
    from tests.core.exchange.test_exchange import PASS, new_machine
    from triad.roles import Role

    lena_vault = tmp_path / "lena.triad"
    new_machine(lena_vault, "Lena Ost", Role.SURROGATE).close()
    lena = GERMAN | {"TRIAD_PASSPHRASE": PASS}
    v, lena_card, maren_card = str(demo_copy), tmp_path / "lena.card", tmp_path / "maren.card"
    packet = tmp_path / "p1.triadpacket"

    def run(env: dict[str, str], *args: str) -> str:
        done = cli(*args, env=env, now=DEMO_NOW)
        assert done.code == 0, done.err
        return done.out

    card = run(lena, "identity", "export", str(lena_vault), "-o", str(lena_card))
    assert "lesen Sie ihnen diesen Fingerabdruck vor:\n" in card
    assert run(GERMAN, "identity", "import", v, str(lena_card), "--confirm-fingerprint",
               card.splitlines()[-1]).endswith("Lena Ost ist jetzt ein Kontakt (Surrogatpartner:in).\n")
    assert run(GERMAN, "case", "share", v, "C-2026-002", "--with", "Lena Ost").startswith(
        "Lena Ost als Surrogatpartner:in in die Triade des Falls C-2026-002 aufgenommen.")
    assert "ist schon Surrogatpartner:in im Fall C-2026-002; nichts wurde geändert." in run(
        GERMAN, "case", "share", v, "C-2026-002", "--with", "Lena Ost")
    wrote = run(GERMAN, "packet", "export", v, "--to", "Lena Ost", "-o", str(packet))
    assert re.match(rf"Paket Nr\. 1 in {re.escape(str(packet))} gespeichert \(Fälle: "
                    r"C-2026-002\): \d+ Einträge, .*; verschlüsselt für Lena Ost\.\n", wrote), wrote
    mine = run(GERMAN, "identity", "export", v, "-o", str(maren_card))
    run(lena, "identity", "import", str(lena_vault), str(maren_card), "--confirm-fingerprint",
        mine.splitlines()[-1])
    got = run(lena, "packet", "import", str(lena_vault), str(packet))
    assert re.match(r"Paket Nr\. 1 von Dr Maren Holt \(Therapeut:in\) importiert \(Fälle: "
                    r"C-2026-002\): \d+ neue Einträge", got), got
    assert run(lena, "packet", "import", str(lena_vault), str(packet)) == (
        "Dieses Paket wurde schon importiert; nichts wurde geändert.\n")


def test_signing_off_and_answering_a_finding_in_german(demo_copy: Path) -> None:
    import json

    v = str(demo_copy)
    finding = json.loads(english("audit", v, "--format", "json"))["findings"][0]["finding_id"]
    assert german("signoff", v, finding, "--comment", "besprochen", "--member",
                  "Dr Amara Okafor") == f"{finding} abgezeichnet.\n"
    assert german("remediate", v, finding, "--note", "nachgeholt") == (
        f"Notiz zur Behebung zu {finding} hinzugefügt.\n")
    out = german("audit", v)
    assert re.search(r"abgezeichnet am \d\d\.\d\d\.\d{4} \d\d:\d\d von Dr Amara Okafor: "
                     r"besprochen", out), out
    assert re.search(r"Behebung am \d\d\.\d\d\.\d{4} \d\d:\d\d von Dr Maren Holt: nachgeholt", out)
    assert "; 1 abgezeichnet; " in out
    changed = german("audit-settings", v, "--review-days", "5", "--cosign-from", "2026-12-01",
                     "--member", "Dr Amara Okafor")
    assert "Frist für die Durchsicht von Nachbesprechungen: 5 Tage" in changed
    assert ("Supervisor:in zeichnet Durchsichten und Verlaufsnotizen gegen: ab 01.12.2026, "
            "innerhalb von 14 Tagen") in changed


def test_a_new_case_and_the_clients_card_in_german(demo_copy: Path, tmp_path: Path) -> None:
    v = str(demo_copy)
    opened = german("case", "open", v, "--jurisdiction", "Deutschland (DSGVO)")
    assert re.fullmatch(r"Fall C-2026-\d{3} eröffnet \(Überweisung\); Rechtsgrundlage: "
                        r"ausdrückliche Einwilligung, Art\. 9 Abs\. 2 lit\. a DSGVO; "
                        r"Rechtsordnung: Deutschland \(DSGVO\)\.\n", opened), opened
    card = tmp_path / "karte.pdf"
    done = cli("report", "client-card", v, "C-2026-001", "-o", str(card), env=GERMAN, now=DEMO_NOW)
    assert done.code == 0, done.err
    assert re.search(r"karte\.pdf geschrieben \(\d+ KiB\)\.\n", done.err), done.err
    assert done.err.endswith(
        "Die Offenlegung an die Klient:in ist erfasst (Karte für die Klient:in).\n")
    assert "Recorded the disclosure to the client (client-card)." in cli(
        "report", "client-card", v, "C-2026-001", "-o", str(card), env=ENGLISH, now=DEMO_NOW).err


def test_the_entry_logs_problems_counted_in_both_languages() -> None:
    from triad import i18n
    from triad.cli.audit import entry_log_line
    from triad.log.entries import Problem, VerifyReport

    one = VerifyReport(10, 2, (Problem("hash-mismatch"),))
    two = VerifyReport(10, 2, (Problem("hash-mismatch"), Problem("seq-gap")))
    try:
        i18n.use("de")
        assert entry_log_line(one) == "Eintragsjournal: 1 PROBLEM: Führen Sie triad-cli verify aus"
        assert entry_log_line(two).startswith("Eintragsjournal: 2 PROBLEME: ")
        assert entry_log_line(VerifyReport(10, 2, ())) == (
            "Eintragsjournal: geprüft (10 Einträge, 2 signierte Ketten)")
        i18n.use("en")
        assert entry_log_line(one) == "Entry log: 1 PROBLEM: run triad-cli verify"
        assert entry_log_line(two) == "Entry log: 2 PROBLEMS: run triad-cli verify"
    finally:
        i18n.use(None)
