"""Issue 19: the rest of the command line in German -- members, the vault's own commands,
sessions, notes, requests, retention and disposal, supervision -- under a German locale
(``LANG=de_DE.UTF-8``) or with ``--language de``: every line printed, the refusals and the
help texts, dates as Germans write them; English stays as it always was."""

from __future__ import annotations

import re
from pathlib import Path

from tests.conftest import DEMO_NOW, DEMO_PASS
from tests.core.conftest import cli

ENV = {"TRIAD_PASSPHRASE": DEMO_PASS, "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": ""}
GERMAN = ENV | {"LANG": "de_DE.UTF-8"}
ENGLISH = ENV | {"LANG": "C.UTF-8"}
SUPERVISOR = "Dr Amara Okafor"
ISO_DAY = re.compile(r"\b20\d\d-\d\d-\d\d\b")  # a German line writes 06.12.2026


def german(*args: str) -> str:
    done = cli(*args, env=GERMAN, now=DEMO_NOW)
    assert done.code == 0, done.err
    return done.out + done.err


def no_english(text: str, *phrases: str) -> None:
    for phrase in phrases:
        assert phrase not in text, phrase


def test_members_and_verify_in_german(demo_path: Path) -> None:
    v = str(demo_path)
    listed = german("member", "list", v)
    head, *rows = listed.splitlines()
    assert head.split() == ["NAME", "ROLLE", "NACHWEISE", "HINZUGEFÜGT", "STATUS"]
    assert "(Sie)" in listed and "Therapeut:in" in listed and "Supervisor:in" in listed
    assert "Surrogatpartner:in" in listed and all(r.rstrip().endswith("aktiv") for r in rows)
    assert re.search(r" bis \d\d\.\d\d\.\d{4}", listed) and not ISO_DAY.search(listed)
    no_english(listed, "(you)", "active", " until ", "therapist", "CREDENTIALS")
    checked = german("verify", v)
    for line in ("Tresor: ", "Einträge: ", "Signaturen und Hash-Ketten: in Ordnung",
                 "Datenbankseiten und -struktur: in Ordnung", "Ergebnis: IN ORDNUNG"):
        assert line in checked, line
    assert re.search(r"in \d+ signierten Ketten", checked)
    no_english(checked, "entries:", "signatures and hash chains", "result:", "vault:")


def test_vault_commands_and_prompts_in_german(demo_copy: Path, tmp_path: Path) -> None:
    v = str(demo_copy)
    backup = german("backup", v, str(tmp_path / "sicherung.bak"))
    assert "Sicherung in" in backup and "verschlüsselt" in backup
    restored = german("restore", str(tmp_path / "sicherung.bak"), str(tmp_path / "neu.triad"))
    assert "wiederhergestellt" in restored and "Ergebnis: IN ORDNUNG" in restored
    no_english(backup + restored, "Backup written", "Restored into", "result:")
    # No terminal to type the new passphrase on: the sentence says which variable to set.
    asked = cli("init", str(tmp_path / "x.triad"), "--name", "A", "--role", "therapist",
                env=GERMAN, now=DEMO_NOW)
    assert asked.code == 2
    assert asked.err.strip() == ("triad-cli: kein Terminal für die Eingabe „Neue Passphrase“: "
                                 "Setzen Sie TRIAD_NEW_PASSPHRASE")
    english = cli("init", str(tmp_path / "y.triad"), "--name", "A", "--role", "therapist",
                  env=ENGLISH, now=DEMO_NOW)
    assert english.err.strip() == ("triad-cli: no terminal to ask for the new passphrase: set "
                                   "TRIAD_NEW_PASSPHRASE")


def test_the_demo_practice_is_made_in_german(tmp_path: Path) -> None:
    made = cli("--language", "de", "demo", str(tmp_path / "demo.triad"),
               env=ENGLISH | {"TRIAD_NEW_PASSPHRASE": DEMO_PASS})
    assert made.code == 0, made.err
    assert made.out.startswith(f"Demo-Praxis in {tmp_path / 'demo.triad'} angelegt: 5 Fälle.")
    assert "(Supervisor:in); alle verwenden dieselbe Passphrase." in made.out
    assert "Tresor und Mitglieder werden angelegt" in made.err and "Fall 5: Abklärung" in made.err
    no_english(made.out + made.err, "Created", "creating", "case 1", "Members:", "done")


def test_sessions_schedule_and_outcome_in_german(demo_copy: Path) -> None:
    v = str(demo_copy)
    listed = german("sessions", v, "C-2026-001")
    assert listed.startswith("Sitzungen: ") and "stattgefunden" in listed
    assert "Surrogatsitzung" in listed and not ISO_DAY.search(listed)
    no_english(listed, "Sessions:", "held", "surrogate session")
    series = german("schedule", v, "C-2026-001", "--at", "2026-12-14 10:00", "--every",
                    "weekly", "--count", "2")
    assert series.startswith("Wöchentliche Serie mit 2 Sitzungen geplant:")
    assert "14.12.2026 10:00" in series and "(Serie)" in series
    one = german("schedule", v, "C-2026-001", "--at", "2026-12-10 10:00", "--language", "de")
    assert one.startswith("Geplant: ") and "10.12.2026 10:00" in one
    moved = german("reschedule", v, "C-2026-001", "--session", "2026-12-10 10:00", "--to",
                   "2026-12-11 10:00", "--reason", "Krankheit")
    assert moved.startswith("Verschoben: ") and "verschoben vom 10.12.2026 10:00" in moved
    done = german("session", "outcome", v, "C-2026-001", "--session", "2026-12-11 10:00",
                  "cancelled-by-client")
    assert done.startswith("Erfasst: ") and "von der Klient:in abgesagt" in done
    no_english(series + one + moved + done, "Scheduled", "Moved:", "Recorded:", "series of")


def test_notes_in_german(demo_copy: Path) -> None:
    v = str(demo_copy)
    listed = german("note", v, "C-2026-001")
    assert listed.startswith("Fall C-2026-001: Verlaufsnotizen und Dreiergespräche")
    assert "Teilnehmende: Klient:in, Therapeut:in, Surrogatpartner:in" in listed
    sessions = german("sessions", v, "C-2026-001")
    therapy = next(line.split()[0] for line in sessions.splitlines() if "Therapiesitzung" in line)
    saved = german("note", "private", v, "C-2026-001", "--session", therapy, "--text", "Eindruck")
    assert saved.startswith("Private Notiz ") and "Nur Sie können sie lesen" in saved
    mine = german("note", "private-list", v, "C-2026-001")
    assert mine.startswith("Fall C-2026-001: Ihre privaten Notizen (nur Sie können sie lesen)")
    assert re.search(r"\d\d\.\d\d\.\d{4} \d\d:\d\d  \[", mine)
    missing = cli("note", "private", v, "C-2026-001", "--session", therapy, env=GERMAN,
                  now=DEMO_NOW)
    assert missing.code == 2
    assert missing.err.strip() == ("triad-cli: geben Sie die Notiz mit --text TEXT oder "
                                   "--file FILE an")
    no_english(listed + saved + mine, "Case C-2026", "attendees", "Private note", "only you")


def test_requests_in_german(demo_copy: Path) -> None:
    v = str(demo_copy)
    listed = german("requests", v)
    assert "Fall C-2026-001" in listed and "Auskunft" in listed and "Berichtigung" in listed
    assert re.search(r"eingegangen \d\d\.\d\d\.\d{4}  fällig \d\d\.\d\d\.\d{4}", listed)
    assert "Gegendarstellung der Klient:in: " in listed and "Erwiderung: " in listed
    no_english(listed, "received ", " due ", "asks:", "rebuttal", "Case C-", "fulfilled")
    recorded = german("request", v, "C-2026-001", "--access", "--received", "2026-11-20",
                      "--text", "Kopie der Akte")
    assert recorded.startswith("Auskunftsantrag ") and "eingegangen am 20.11.2026" in recorded
    request_id = recorded.split()[1]
    one = german("requests", v, "C-2026-001", "--open")
    assert "Anträge der Klient:in (Antwort innerhalb von 30 Tagen)" in one and "offen" in one
    closed = german("request-close", v, "C-2026-001", request_id, "--fulfilled",
                    "--other-form", "--note", "gemeinsam gelesen")
    assert closed.strip() == f"Antrag {request_id} abgeschlossen: erfüllt."
    setting = german("request-settings", v, "--due-days", "1")
    assert setting.startswith("Ab jetzt erfasste Anträge sind 1 Tag nach Eingang fällig")
    no_english(recorded + one + closed + setting, "Access request", "recorded,", "closed:",
               " days")


def test_retention_disposal_and_case_status_in_german(demo_copy: Path) -> None:
    v = str(demo_copy)
    closed = german("case", "status", v, "C-2026-003", "--to", "closed", "--reason", "Ende",
                    "--no-closing-meeting", "Die Klientin ist verzogen.")
    assert closed.startswith("C-2026-003 hat jetzt den Status „abgeschlossen“.")
    assert re.search(r"bis zum \d\d\.\d\d\.\d{4} aufbewahrt", closed)
    kept = german("retention", v, "--all")
    assert "Fall" in kept.splitlines()[-2] and "Frist endet" in kept
    assert re.search(r"C-2026-003\s+\d\d\.\d\d\.\d{4}\s+\d\d\.\d\d\.\d{4}\s+\d\d\.\d\d\.\d{4}",
                     kept)
    preview = german("retention", v, "--years", "1")
    assert "Vorschau mit anderen Werten: Es wurde nichts erfasst" in preview
    assert "Abgeschlossene Fälle werden 1 Jahr nach Abschluss der Behandlung aufbewahrt" in preview
    asked = cli("dispose", v, "C-2026-003", "--reason", "x", env=GERMAN, now=DEMO_NOW)
    assert asked.code != 0 and "triad-cli: " in asked.err and "nothing" not in asked.err
    refused = cli("retention", v, "--set", env=GERMAN, now=DEMO_NOW)
    assert refused.code == 2 and refused.err.strip() == (
        "triad-cli: --set erfordert --years, --minor-years oder --note; es wurde nichts geändert")
    no_english(closed + kept, " is closed now", "record is kept", "Retention ends", "Closed",
               "are kept", "years after")


def test_supervision_in_german(demo_path: Path) -> None:
    v = str(demo_path)
    found = german("findings", v, "--member", SUPERVISOR)
    assert found.startswith("Offene Feststellungen (")
    assert re.search(r"Offene Feststellungen \(\d+\), \d\d\.\d\d\.\d{4} \d\d:\d\d", found)
    assert "ERHEBLICH" in found and "Aufzeichnung " in found
    assert re.search(r"\d+ kritisch, \d+ erheblich, \d+ gering\. Abzeichnen mit", found)
    no_english(found, "Open findings", "MAJOR", "record ", "Sign one off")
    awaiting = german("cosign", v, "--member", SUPERVISOR)
    assert awaiting.strip() in ("Die Praxis verlangt keine Gegenzeichnung (audit-settings "
                                "--cosign-from DAY).",) or awaiting.startswith(
        "Warten auf Gegenzeichnung (")


def test_help_texts_in_german() -> None:
    top = cli("--help", env=GERMAN)
    assert top.code == 0
    for words in ("die Sitzungen eines Falls und ihr Ergebnis",
                  "einen Tresor und sein erstes Mitglied anlegen",
                  "die offenen Feststellungen der Prüfung in allen Ihren Fällen",
                  "einen Antrag der Klient:in auf Auskunft oder Berichtigung erfassen"):
        assert words in re.sub(r"\s+", " ", top.out), words
    schedule = cli("schedule", "--help", env=ENGLISH | {"LANGUAGE": "de"})
    text = re.sub(r"\s+", " ", schedule.out)
    assert "Beginn (bei einer Serie: der ersten Sitzung)" in text
    assert "wie viele Sitzungen die Serie hat" in text
    no_english(text, "when it starts", "how many sessions")
    notes = re.sub(r"\s+", " ", cli("note", "private", "--help", "--language", "de").out)
    assert "die Notiz aus einer UTF-8-Datei lesen" in notes
    english = re.sub(r"\s+", " ", cli("schedule", "--help", env=ENGLISH).out)
    assert "when it starts (the first of a series)" in english


def test_english_is_unchanged(demo_path: Path) -> None:
    v = str(demo_path)
    listed = cli("member", "list", v, env=ENGLISH, now=DEMO_NOW).out
    assert listed.splitlines()[0].split() == ["NAME", "ROLE", "CREDENTIALS", "ADDED", "STATUS"]
    assert "(you)" in listed and re.search(r"until 20\d\d-\d\d-\d\d", listed)
    sessions = cli("sessions", v, "C-2026-001", env=ENGLISH, now=DEMO_NOW).out
    assert sessions.startswith("Sessions: ") and ISO_DAY.search(sessions)
    found = cli("findings", v, "--member", SUPERVISOR, env=ENGLISH, now=DEMO_NOW).out
    assert found.startswith("Open findings (") and "MAJOR    F-" in found
    assert re.search(r"\d+ critical, \d+ major, \d+ minor\. Sign one off with", found)
