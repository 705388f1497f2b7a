"""The practice's retention settings in Preferences (issue 17): years kept after the last
service, and for clients who were minors years after the age of majority, with the
jurisdiction they follow. Kept in the vault as a therapist's signed entry
(``vault.retention_settings``), not on this computer: every member sees the same figures; only
a therapist changes them."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QSpinBox, QWidget

from triad.casefile.retention import MINOR_YEARS_RANGE, NOTE_MAX, YEARS_RANGE
from triad.errors import TriadError
from triad.roles import Role
from triad.workspace import Workspace


class RetentionBox(QGroupBox):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Record retention (the practice's, kept in the vault)"))
        self.ws = ws
        s = ws.retention.settings()
        self._before = (s.years, s.minor_years, s.note)
        form = QFormLayout(self)
        self.years = QSpinBox()
        self.years.setRange(*YEARS_RANGE)
        self.years.setValue(s.years)
        self.years.setSuffix(self.tr(" years"))
        self.years.setAccessibleName(self.tr("Years kept after the last service"))
        self.minor_years = QSpinBox()
        self.minor_years.setRange(*MINOR_YEARS_RANGE)
        self.minor_years.setValue(s.minor_years)
        self.minor_years.setSuffix(self.tr(" years"))
        self.minor_years.setAccessibleName(
            self.tr("For a client who was a minor: years kept after the age of majority"))
        self.note = QLineEdit(s.note)
        self.note.setMaxLength(NOTE_MAX)
        self.note.setPlaceholderText(self.tr("e.g. Germany, §630f BGB: 10 years"))
        self.note.setAccessibleName(self.tr("Jurisdiction"))
        form.addRow(self.tr("Keep &closed cases"), self.years)
        form.addRow(self.tr("&Minors: after majority"), self.minor_years)
        form.addRow(self.tr("&Jurisdiction"), self.note)
        explain = QLabel(self.tr(
            "Counted from the last service: the later of the closing and the last held session. "
            "For a client who was a minor (under %1) at the first service, the record is kept "
            "until the later of the two dates. The defaults, 7 and 3 years, follow the APA's "
            "record-keeping guidance; HIPAA keeps documentation 6 years, Germany 10 years, some "
            "NHS mental-health records about 20. Set the figures your jurisdiction requires.")
            .replace("%1", str(ws.retention.age_of_majority())))
        explain.setWordWrap(True)
        form.addRow(explain)
        therapist = ws.actor.role is Role.THERAPIST
        for w in (self.years, self.minor_years, self.note):
            w.setEnabled(therapist)
            if not therapist:
                w.setToolTip(self.tr("Only a therapist changes the practice's retention "
                                     "settings."))

    def changed(self) -> bool:
        return (self.years.value(), self.minor_years.value(),
                self.note.text().strip()) != self._before

    def apply(self) -> TriadError | None:
        """Put the figures on record if they changed (a therapist); the error, if refused."""
        if not self.changed() or self.ws.actor.role is not Role.THERAPIST:
            return None
        try:
            self.ws.retention.set(self.years.value(), self.minor_years.value(),
                                  self.note.text())
        except TriadError as exc:
            return exc
        return None
