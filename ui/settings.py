"""Machine-local UI state in QSettings, each setting declared once with its type and default.
Only paths and window state live here -- never a name, a passphrase or record text."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

FULL_CHECK_CHOICES = ("unlock", "daily", "weekly", "asked")
"""How often the whole record is checked in the background (ui/main/fullcheck.py)."""
FULL_CHECK_DEFAULT = "daily"


class Settings:
    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._s = qsettings or QSettings("Triad", "Triad")

    @property
    def last_vault(self) -> str:
        return str(self._s.value("vault/last", "", type=str))

    @last_vault.setter
    def last_vault(self, path: str) -> None:
        self._s.setValue("vault/last", path)
        recent = [path, *[p for p in self.recent_vaults if p != path]][:8]
        self._s.setValue("vault/recent", recent)

    @property
    def recent_vaults(self) -> list[str]:
        value = self._s.value("vault/recent", [], type=list)
        return [str(v) for v in value] if isinstance(value, list) and value else []

    @property
    def idle_lock_minutes(self) -> int:
        value = self._s.value("lock/idle_minutes", 5, type=int)
        return min(max(value, 1), 120) if isinstance(value, int) and value else 5

    @idle_lock_minutes.setter
    def idle_lock_minutes(self, minutes: int) -> None:
        self._s.setValue("lock/idle_minutes", min(max(int(minutes), 1), 120))

    @property
    def scheme(self) -> str:
        value = str(self._s.value("appearance/scheme", "system", type=str))
        return value if value in ("system", "light", "dark") else "system"

    @scheme.setter
    def scheme(self, value: str) -> None:
        self._s.setValue("appearance/scheme", value if value in ("system", "light", "dark") else "system")

    @property
    def show_names(self) -> bool:
        """The case list's Show names toggle: a boolean only, never a name."""
        return bool(self._s.value("cases/show_names", False, type=bool))

    @show_names.setter
    def show_names(self, on: bool) -> None:
        self._s.setValue("cases/show_names", bool(on))

    @property
    def full_check(self) -> str:
        """How often the app checks the whole record in the background (issue 18): "unlock",
        "daily" (the default), "weekly" or "asked" (ui/main/fullcheck.py)."""
        value = str(self._s.value("verify/full_check", FULL_CHECK_DEFAULT, type=str))
        return value if value in FULL_CHECK_CHOICES else FULL_CHECK_DEFAULT

    @full_check.setter
    def full_check(self, value: str) -> None:
        self._s.setValue("verify/full_check",
                         value if value in FULL_CHECK_CHOICES else FULL_CHECK_DEFAULT)

    @property
    def language(self) -> str:
        """Preferences → Language: "system" (the default), "en" or "de" (ui/language.py)."""
        value = str(self._s.value("appearance/language", "system", type=str))
        return value if value in ("system", "en", "de") else "system"

    @language.setter
    def language(self, value: str) -> None:
        self._s.setValue("appearance/language", value if value in ("en", "de") else "system")

    def file_name(self) -> str:
        """Where these settings are kept (for Help → Where your data lives)."""
        return str(self._s.fileName())

    def sync(self) -> None:
        self._s.sync()


def default_vault_path() -> Path:
    from PySide6.QtCore import QStandardPaths  # only the first-run page asks

    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base or Path.home() / ".triad") / "practice.triad"
