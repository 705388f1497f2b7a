"""The app's language: Qt's translators installed at start-up, and the locale they go with.

    from ui import language
    language.install(app, settings.language)   # in ui.app.start, before any window

The choice is the person's (Preferences → Language: System, English, Deutsch, kept in QSettings)
over the system's: LANGUAGE, LC_ALL, LC_MESSAGES or LANG as the command line reads them
(:func:`triad.i18n.from_environment`), else Qt's idea of the system locale (Windows and macOS
have no LANG). A change takes effect at the next start: every window's words are set when it is
built, and rebuilding them all live is not worth its risk for a setting changed once.

German loads two compiled catalogues: ours, ``ui/data/i18n/triad_de.qm`` (compiled from the one
catalogue ``triad_de.ts`` at build time: ``python3 dev.py app`` / ``test``, the package), and Qt's
own ``qtbase_de.qm`` from PySide6's translations folder (the standard buttons: OK, Cancel,
Yes, No). A missing ``.qm`` never stops the app: it speaks English and says so in the log. The
core speaks the same language (:func:`triad.i18n.use`): the Reports tab's documents follow it.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from triad import i18n

__all__ = ["CHOICES", "QM", "choose", "install"]

log = logging.getLogger(__name__)

QM = Path(__file__).resolve().parent / "data" / "i18n" / "triad_de.qm"
# Preferences → Language: (value, the words shown, in their own language)
CHOICES = (("system", ""), ("en", "English"), ("de", "Deutsch"))
SETTINGS_CHOICES = tuple(value for value, _ in CHOICES)

_installed: list[QTranslator] = []  # kept alive as long as the application


def choose(setting: str) -> str:
    """The language the app speaks: the Preferences choice, else the environment's, else the
    system locale's."""
    if setting in ("en", "de"):
        return setting
    if any(os.environ.get(v) for v in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")):
        return i18n.from_environment()
    return i18n.normalise(QLocale.system().name()) or i18n.ENGLISH


def install(app: QApplication, setting: str = "system") -> str:
    """Install the translators for the chosen language; returns it ("en" or "de")."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    lang = choose(setting)
    i18n.use(lang)
    if lang == i18n.GERMAN:
        QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
        ours = QTranslator(app)
        if QM.exists() and ours.load(str(QM)):
            app.installTranslator(ours)
            _installed.append(ours)
        else:  # a checkout whose catalogue was never compiled: English, not a failure
            log.warning("the German catalogue %s is missing: run python3 dev.py app once", QM.name)
            i18n.use(i18n.ENGLISH)
            lang = i18n.ENGLISH
        qt = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if lang == i18n.GERMAN and qt.load("qtbase_de", folder):
            app.installTranslator(qt)
            _installed.append(qt)
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    return lang
