"""The Practice dialog: members, passphrase, quick unlock, recovery code, backup, verify and
case files, driven by clicks; each test checks what a person sees and what the core holds."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from tests.ui.conftest import DEMO_PASS, open_as
from triad.casefile.members import Credential
from triad.errors import AccessDenied, VaultOlder, WrongPassphrase
from triad.roles import Role
from triad.workspace import Workspace
from ui.ops import Ops
from ui.practice import dialog as practice
from ui.practice.dialog import (
    AddMemberDialog,
    MemberRow,
    MemberTableModel,
    PassphraseDialog,
    PracticeDialog,
    credential_state,
)
from ui.widgets import dialogs

THERAPIST, SURROGATE, SUPERVISOR = "Dr Maren Holt", "Jonas Berg", "Dr Amara Okafor"


class DeferredOps(Ops):
    """Holds work until ``flush()``, so a test sees the busy state in between."""

    def __init__(self) -> None:
        super().__init__(synchronous=True)
        self.pending: list[tuple[Callable[[], Any], Callable[[Any], None],
                                 Callable[[BaseException], None]]] = []

    def run(self, work: Callable[[], Any], on_success: Callable[[Any], None],
            on_failure: Callable[[BaseException], None]) -> None:
        self.pending.append((work, on_success, on_failure))

    def flush(self) -> None:
        while self.pending:
            super().run(*self.pending.pop(0))


@pytest.fixture
def opened(demo_copy: Path) -> Iterator[Callable[..., Workspace]]:
    """Open the demo copy as someone; every workspace is closed after the test."""
    spaces: list[Workspace] = []

    def open_(who: str | None = None, path: Path = demo_copy) -> Workspace:
        ws = open_as(path, who)
        spaces.append(ws)
        return ws

    yield open_
    for ws in spaces:
        ws.close()


def _dialog(qtbot: QtBot, ws: Workspace, ops: Ops | None = None) -> PracticeDialog:
    d = PracticeDialog(ws, ops or Ops(synchronous=True), str(ws.vault.folder))
    qtbot.addWidget(d)
    d.show()
    return d


def _click(qtbot: QtBot, button: Any) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _select(qtbot: QtBot, d: PracticeDialog, name: str) -> None:
    for row in range(d.model.rowCount()):
        if d.model.row_at(row).name == name:
            rect = d.table.visualRect(d.model.index(row, 0))
            qtbot.mouseClick(d.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            return
    raise AssertionError(f"{name} not in the table")


def _cells(d: PracticeDialog, name: str) -> list[str]:
    for row in range(d.model.rowCount()):
        if d.model.row_at(row).name == name:
            return [d.model.index(row, c).data() for c in range(d.model.columnCount())]
    raise AssertionError(f"{name} not in the table")


def test_member_model_marks_expired_and_expiring_credentials(qtmodeltester: Any) -> None:
    today = date(2026, 5, 1)
    assert credential_state("2026-04-30", today, 60) == "expired"
    assert credential_state("2026-06-01", today, 60) == "expires-soon"
    assert credential_state("2027-01-01", today, 60) == ""
    assert credential_state("", today, 60) == ""
    model = MemberTableModel()
    model.set_rows([
        MemberRow("a", "Ana Ruiz", Role.SURROGATE, "IPSA 1", "2026-04-30", "expired",
                  "2026-01-01 09:00", "", False),
        MemberRow("b", "Ben Ode", Role.THERAPIST, "Board 2", "2026-06-01", "expires-soon",
                  "2026-01-01 09:00", "", True),
        MemberRow("c", "Cy Pak", Role.SUPERVISOR, "", "", "", "2026-01-01 09:00",
                  "2026-02-01 10:30", False),
    ])
    qtmodeltester.check(model)
    cell = lambda r, c: model.index(r, c).data()  # noqa: E731
    assert [cell(0, c) for c in range(6)] == [
        "Ana Ruiz", "surrogate partner", "IPSA 1", "2026-04-30 (expired)", "2026-01-01 09:00",
        "active"]
    assert cell(1, 0) == "Ben Ode (you)" and cell(1, 3) == "2026-06-01 (expires soon)"
    assert cell(2, 2) == "—" and cell(2, 3) == "—" and cell(2, 5) == "removed 2026-02-01 10:30"
    assert "expired" in model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, 3).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(2, 3).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Valid until"


def test_add_member_then_they_unlock_with_their_passphrase(
        qtbot: QtBot, opened: Callable[..., Workspace], demo_copy: Path,
        monkeypatch: pytest.MonkeyPatch, qtmodeltester: Any) -> None:
    ws = opened()
    d = _dialog(qtbot, ws)
    qtmodeltester.check(d.model)
    rows = d.model.rowCount()
    seen: dict[str, str] = {}

    def fill(form: AddMemberDialog) -> int:
        qtbot.keyClicks(form.name, "Pia Lind")
        form.role.setCurrentIndex(form.role.findData("surrogate"))
        qtbot.keyClicks(form.passphrase, "pia's own passphrase")
        seen["hint"] = form.hint.text()
        qtbot.keyClicks(form.confirm, "pia's other passphrase")
        _click(qtbot, form.ok_button)
        seen["differ"] = form.error.text()
        qtbot.keyClicks(form.confirm, "pia's own passphrase")
        qtbot.keyClicks(form.body, "IPSA")
        qtbot.keyClicks(form.number, "IPSA-0999")
        qtbot.keyClicks(form.until, "2026-13-01")
        _click(qtbot, form.ok_button)
        seen["date"] = form.error.text()
        form.until.clear()
        qtbot.keyClicks(form.until, "2030-01-31")
        _click(qtbot, form.ok_button)
        return int(form.result())

    monkeypatch.setattr(AddMemberDialog, "exec", fill)
    _click(qtbot, d.add_button)
    assert seen["hint"] == "Strong."
    assert seen["differ"] == "The two passphrases differ. Type it again to confirm."
    assert seen["date"] == "Write the valid-until date as YYYY-MM-DD."
    assert d.model.rowCount() == rows + 1
    assert _cells(d, "Pia Lind")[1:4] == ["surrogate partner", "IPSA IPSA-0999", "2030-01-31"]
    assert d.notice.text() == ("Added Pia Lind as a surrogate partner. They unlock this vault with "
                               "their own passphrase.")
    pia = Workspace.open(demo_copy, "pia's own passphrase", "Pia Lind")
    try:
        assert pia.actor.role is Role.SURROGATE
        assert pia.actor.credentials == (Credential("IPSA", "IPSA-0999", "2030-01-31"),)
    finally:
        pia.close()


def test_add_member_refuses_a_taken_name_in_words(qtbot: QtBot, opened: Callable[..., Workspace],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    d = _dialog(qtbot, opened())
    seen = {}

    def fill(form: AddMemberDialog) -> int:
        qtbot.keyClicks(form.name, "jonas  berg")
        qtbot.keyClicks(form.passphrase, "a long passphrase")
        qtbot.keyClicks(form.confirm, "a long passphrase")
        _click(qtbot, form.ok_button)
        seen["error"] = form.error.text()
        return int(form.result())

    monkeypatch.setattr(AddMemberDialog, "exec", fill)
    rows = d.model.rowCount()
    _click(qtbot, d.add_button)
    assert seen["error"] == ("A member with that name already exists in this vault. Choose "
                             "another name.")
    assert d.model.rowCount() == rows and not d.notice.text()


def test_remove_member_rekeys_on_the_worker_and_their_passphrase_stops_working(
        qtbot: QtBot, opened: Callable[..., Workspace], demo_copy: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    ops = DeferredOps()
    d = _dialog(qtbot, opened(), ops)
    ops.flush()  # the keyring check
    assert not d.remove_button.isEnabled()
    assert d.remove_button.toolTip() == "Choose a member in the table first."
    _select(qtbot, d, THERAPIST)
    assert not d.remove_button.isEnabled()
    assert d.remove_button.toolTip().startswith("You cannot remove yourself")
    _select(qtbot, d, "Ilse Nowak")
    assert d.remove_button.isEnabled() and not d.remove_button.toolTip()
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda _p, q, _a: asked.append(q) or True)
    _click(qtbot, d.remove_button)
    assert asked and asked[0].startswith("Remove Ilse Nowak (surrogate partner)")
    # Busy: the work waits on the worker; nothing can be started or closed meanwhile.
    assert ops.pending and d.busy.isVisible()
    assert d.busy_label.text() == "Removing the member and re-keying the vault…"
    assert not d.add_button.isEnabled() and not d.buttons.isEnabled()
    assert not d.show_removed.isEnabled() and not d.verify_button.isEnabled()
    ops.flush()
    assert not d.busy.isVisible() and d.buttons.isEnabled()
    assert d.buttons.button(QDialogButtonBox.StandardButton.Close).isEnabled()
    assert d.verify_button.isEnabled() and d.show_removed.isEnabled()
    assert "Ilse Nowak" not in [d.model.row_at(r).name for r in range(d.model.rowCount())]
    assert d.notice.text().startswith("Ilse Nowak was removed and the vault re-keyed")
    d.show_removed.click()
    assert _cells(d, "Ilse Nowak")[5].startswith("removed ")
    with pytest.raises(AccessDenied):
        Workspace.open(demo_copy, DEMO_PASS, "Ilse Nowak").close()
    assert [m.name for m in d.ws.members.list()] == [THERAPIST, SURROGATE, SUPERVISOR]


def test_change_my_passphrase_asks_for_the_current_one(
        qtbot: QtBot, opened: Callable[..., Workspace], demo_copy: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    d = _dialog(qtbot, opened(SURROGATE))
    seen = {}

    def fill(form: PassphraseDialog) -> int:
        form.show()  # as exec() would: Return then presses the default button
        qtbot.keyClicks(form.current, "not my passphrase")
        qtbot.keyClicks(form.new, "a brand new passphrase")
        qtbot.keyClicks(form.confirm, "a brand new passphrase")
        _click(qtbot, form.ok_button)
        seen["wrong"] = form.error.text()
        form.current.clear()
        qtbot.keyClicks(form.current, DEMO_PASS)
        qtbot.keyClick(form.confirm, Qt.Key.Key_Return)
        return int(form.result())

    monkeypatch.setattr(PassphraseDialog, "exec", fill)
    _click(qtbot, d.passphrase_button)
    assert seen["wrong"] == "Wrong passphrase. Check Caps Lock and try again."
    assert d.notice.text() == "Your passphrase was changed. Use the new one from now on."
    with pytest.raises(WrongPassphrase):
        Workspace.open(demo_copy, DEMO_PASS, SURROGATE).close()
    Workspace.open(demo_copy, "a brand new passphrase", SURROGATE).close()


def test_quick_unlock_unavailable_shows_the_reason(qtbot: QtBot,
                                                   opened: Callable[..., Workspace]) -> None:
    d = _dialog(qtbot, opened())  # the tests run with keyring's "fail" backend
    reason = ("No keyring service runs on this computer, so quick unlock is off. Your passphrase "
              "always works.")
    assert d.quick_status.text() == reason
    assert not d.quick_button.isEnabled() and d.quick_button.toolTip() == reason
    assert not d.ws.quick_unlock_enabled()


class MemoryKeyring:
    """A keyring that keeps secrets in this process only (a stand-in for the OS's)."""

    priority = 10

    def __init__(self) -> None:
        self.store: dict[tuple[str, str], str] = {}

    def set_password(self, service: str, user: str, secret: str) -> None:
        self.store[service, user] = secret

    def get_password(self, service: str, user: str) -> str | None:
        return self.store.get((service, user))

    def delete_password(self, service: str, user: str) -> None:
        self.store.pop((service, user), None)


def test_quick_unlock_on_and_off(qtbot: QtBot, opened: Callable[..., Workspace], demo_copy: Path,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from triad.vault import quickunlock

    memory = MemoryKeyring()
    monkeypatch.setattr(quickunlock, "_backend", lambda: memory)
    d = _dialog(qtbot, opened())
    assert d.quick_status.text() == "Quick unlock is off: you unlock with your passphrase."
    assert d.quick_button.text() == "&Use quick unlock" and d.quick_button.isEnabled()
    _click(qtbot, d.quick_button)
    assert d.ws.quick_unlock_enabled() and memory.store
    assert d.quick_status.text() == "Quick unlock is on for you on this computer."
    assert d.quick_button.text() == "Stop &using quick unlock"
    Workspace.open_quick(demo_copy, THERAPIST).close()
    _click(qtbot, d.quick_button)
    assert not d.ws.quick_unlock_enabled() and not memory.store
    assert d.notice.text() == "Quick unlock is off; the keyring no longer holds the key."


def test_replace_recovery_code_and_save_the_sheet_only_where_chosen(
        qtbot: QtBot, opened: Callable[..., Workspace], demo_copy: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    import pypdf

    ws = opened()
    d = _dialog(qtbot, ws)
    shown: list[str] = []
    chosen = tmp_path / "papers"
    chosen.mkdir()
    monkeypatch.setattr(dialogs, "confirm", lambda *_a: True)
    monkeypatch.setattr(dialogs, "show_recovery_code", lambda _p, code: shown.append(code))
    monkeypatch.setattr(dialogs, "save_file", lambda *_a: str(chosen / "sheet"))
    before = {p for p in tmp_path.rglob("*")}
    _click(qtbot, d.recovery_button)
    assert len(shown) == 1
    code = shown[0]
    sheet = chosen / "sheet.pdf"
    assert {p for p in tmp_path.rglob("*")} - before == {sheet}  # no temp file left either
    text = "".join(page.extract_text() for page in pypdf.PdfReader(sheet).pages)
    assert all(group in text for group in code.split("-"))
    assert str(sheet) in d.notice.text() and code not in d.notice.text()
    assert all(code not in str(v) for v in vars(d).values())  # not kept by the dialog
    recovered = Workspace.recover(demo_copy, code, "set with the new code", THERAPIST)
    recovered.close()


def test_backup_then_restore(qtbot: QtBot, opened: Callable[..., Workspace], tmp_path: Path,
                             monkeypatch: pytest.MonkeyPatch) -> None:
    ops = DeferredOps()
    d = _dialog(qtbot, opened(SURROGATE), ops)
    ops.flush()
    target = tmp_path / "practice.backup"
    suggested = []
    monkeypatch.setattr(dialogs, "save_file",
                        lambda _p, _t, name, _pat: suggested.append(name) or str(target))
    _click(qtbot, d.backup_button)
    assert d.busy_label.text() == "Writing the encrypted backup…" and not target.exists()
    ops.flush()
    assert suggested[0].endswith(".backup")
    assert d.notice.text() == (f"Encrypted backup saved to {target}. Any member's passphrase "
                               "opens it.")
    restored, report = Workspace.restore(target, tmp_path / "restored.triad", DEMO_PASS, SURROGATE)
    try:
        assert report.ok and len(restored.cases.list()) == len(d.ws.cases.list())
    finally:
        restored.close()


def test_verify_shows_the_result_in_words(qtbot: QtBot, opened: Callable[..., Workspace]) -> None:
    d = _dialog(qtbot, opened(SUPERVISOR))
    _click(qtbot, d.verify_button)
    entries = d.ws.verify().log.entries
    text = d.verify_result.text()
    assert f": {entries} signed entries in " in text
    assert "Every signature and hash chain checks, and the database pages are intact." in text
    assert d.notice.text() == "The vault verifies."


def test_export_warns_first_then_writes_the_case_file(
        qtbot: QtBot, opened: Callable[..., Workspace], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    d = _dialog(qtbot, opened(THERAPIST))
    out = tmp_path / "out"
    out.mkdir()
    code = d.case_choice.currentText().split(" ")[0]
    asked: list[str] = []
    answer = [False]
    monkeypatch.setattr(dialogs, "confirm", lambda _p, q, _a: asked.append(q) or answer[0])
    monkeypatch.setattr(dialogs, "save_file", lambda *_a: str(out / f"{code}.json"))
    _click(qtbot, d.export_button)
    assert "NOT encrypted" in asked[0] and code in asked[0]
    assert not list(out.iterdir())  # declined: nothing written
    answer[0] = True
    _click(qtbot, d.export_button)
    assert [p.name for p in out.iterdir()] == [f"{code}.json"]
    data = json.loads((out / f"{code}.json").read_text(encoding="utf-8"))
    assert data["format"] == "triad-case" and data["code"] == code
    assert d.notice.text().startswith(f"Exported {code} to ")


def test_import_a_case_file_from_another_vault(
        qtbot: QtBot, demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = open_as(demo_path)
    try:
        code = source.cases.list()[0].code
        exported = tmp_path / "case.json"
        exported.write_bytes(source.interchange.dumps(source.interchange.export_case(code)))
    finally:
        source.close()
    created = Workspace.create(tmp_path / "other.triad", name="Dr Lena Wolf",
                               role=Role.THERAPIST, passphrase="lena's passphrase")
    ws = created.workspace
    try:
        d = _dialog(qtbot, ws)
        assert d.case_choice.currentText() == "No cases yet"
        assert d.export_button.toolTip() == "There are no cases to export yet."
        assert d.members_hint.isVisible()
        monkeypatch.setattr(practice, "open_file", lambda *_a: str(exported))
        _click(qtbot, d.import_button)
        assert d.notice.text().startswith(f"Imported case {code}: ")
        assert "new entries" in d.notice.text() and "custody" in d.notice.text()
        assert [c.code for c in ws.cases.list()] == [code]
        assert d.case_choice.currentText().startswith(code)
        _click(qtbot, d.import_button)
        assert d.notice.text() == (f"Nothing new: every entry of case {code} is already in this "
                                   "vault.")
        errors: list[str] = []
        monkeypatch.setattr(dialogs, "error", lambda _p, m: errors.append(m))
        broken = tmp_path / "broken.json"
        broken.write_text("{not json", encoding="utf-8")
        monkeypatch.setattr(practice, "open_file", lambda *_a: str(broken))
        _click(qtbot, d.import_button)
        assert errors == ["This case file cannot be imported: it is not a JSON file (at $). "
                          "Nothing was imported."]
    finally:
        ws.close()


@pytest.mark.parametrize("who", [SURROGATE, SUPERVISOR])
def test_other_roles_see_disabled_buttons_with_reasons(
        qtbot: QtBot, opened: Callable[..., Workspace], who: str) -> None:
    d = _dialog(qtbot, opened(who))
    for button, why in ((d.add_button, "Only a therapist can add members."),
                        (d.remove_button, "Only a therapist can remove members."),
                        (d.recovery_button, "Only a therapist can replace the recovery code."),
                        (d.import_button, "Only a therapist can import a case file")):
        assert not button.isEnabled() and button.toolTip().startswith(why), button.text()
    _select(qtbot, d, THERAPIST)
    assert not d.remove_button.isEnabled()
    for button in (d.passphrase_button, d.backup_button, d.verify_button):
        assert button.isEnabled() and not button.toolTip()
    assert not d.export_button.isEnabled()  # a case file carries the process recordings too
    assert d.export_button.toolTip().startswith("Only the case's therapist can export it")


def test_the_dialog_cannot_be_closed_while_busy_but_lock_still_closes_it(
        qtbot: QtBot, opened: Callable[..., Workspace]) -> None:
    ops = DeferredOps()
    d = _dialog(qtbot, opened(), ops)
    ops.flush()
    _click(qtbot, d.verify_button)
    qtbot.keyClick(d, Qt.Key.Key_Escape)
    d.close()
    assert d.isVisible() and not d.buttons.isEnabled()
    d.reject()  # what locking does
    assert not d.isVisible() and d.closed
    ops.flush()  # the work ends; nothing is shown in the closed dialog
    assert d.verify_result.text() == "Not verified in this window yet."


def test_open_file_wraps_the_file_dialog(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog, QWidget

    w = QWidget()
    qtbot.addWidget(w)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: ("/x/case.json", ""))
    assert practice.open_file(w, "t", "*.json") == "/x/case.json"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: ("", ""))
    assert practice.open_file(w, "t", "*.json") is None


def test_verify_names_an_altered_entry(qtbot: QtBot, opened: Callable[..., Workspace]) -> None:
    ws = opened()
    row = ws.vault.db.one("SELECT id, seq FROM entries WHERE kind='session.debriefed' LIMIT 1")
    assert row is not None
    ws.vault.db.execute("UPDATE entries SET body=? WHERE id=?", ('{"altered": true}', row[0]))
    d = _dialog(qtbot, ws)
    _click(qtbot, d.verify_button)
    text = d.verify_result.text()
    assert "PROBLEMS FOUND" in text
    assert f"• entry {row[0][:8]} (#{row[1]} of its author's chain): altered after it was signed" \
        in text
    assert "altered" not in d.notice.text() and d.notice.text().startswith("Verification found")


def test_verify_says_when_the_vault_is_older_than_the_one_last_opened_here(
        qtbot: QtBot, demo_copy: Path, tmp_path: Path) -> None:
    import shutil

    aside = tmp_path / "aside.triad"
    shutil.copytree(demo_copy, aside)
    ws = open_as(demo_copy, None)
    ws.members.add("Extra Person", Role.SUPERVISOR, DEMO_PASS)
    ws.close()  # this computer has seen the vault with the new member
    shutil.rmtree(demo_copy)
    shutil.copytree(aside, demo_copy)  # the older copy put back
    with pytest.raises(VaultOlder):  # refused at open since issue 18 ...
        open_as(demo_copy, None)
    # ... unless opened on record: then Backup and verify says so, and that it was accepted
    ws = Workspace.open(demo_copy, DEMO_PASS, accept_older="the Tuesday copy, on purpose")
    try:
        assert ws.behind is not None
        d = _dialog(qtbot, ws)
        _click(qtbot, d.verify_button)
        text = d.verify_result.text()
        assert "older than the one last opened on this computer" in text
        assert "opened on purpose and the reason is recorded" in text
        assert d.notice.text() == "The vault verifies."
    finally:
        ws.close()
