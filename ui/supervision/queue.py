"""The findings queue (issue 16): every open audit finding across the cases the member audits
(a supervisor: the cases they supervise), filterable by severity, case and rule, with the case
and the record; Enter or a double-click opens the case's Audit tab at that finding."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from triad.audit.engine import Finding
from triad.audit.rules import SEVERITIES
from triad.audit.sentences import said
from triad.errors import TriadError
from triad.workspace import Workspace
from ui.casefile.audit.words import (
    SEVERITY_ICONS,
    SEVERITY_WORDS,
    kind_words,
    rule_words,
    standard_icon,
    tr,
    when,
)
from ui.messages import message_for
from ui.widgets.table_model import RowsModel, table_view

CTX = "FindingsQueue"


class QueueModel(RowsModel):
    """One row per open finding: severity, case, rule, when, the record it points to (its kind
    in words; ``records``: record id -> words)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.records: dict[str, str] = {}

    HEADERS: tuple[Any, ...] = (
        QT_TRANSLATE_NOOP("QueueModel", "Severity"), QT_TRANSLATE_NOOP("QueueModel", "Case"),
        QT_TRANSLATE_NOOP("QueueModel", "Rule"), QT_TRANSLATE_NOOP("QueueModel", "Concerns"),
        QT_TRANSLATE_NOOP("QueueModel", "Record"))

    def cell(self, row: Finding, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return (tr(SEVERITY_WORDS[row.severity]), row.case_code, rule_words(row.rule_id),
                    when(row.at), self.records.get(row.record_id, row.record_id[:8]))[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (row.finding_id, row.case_code, said(row), when(row.at),
                    row.record_id)[column]
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return standard_icon(SEVERITY_ICONS[row.severity])
        if role == Qt.ItemDataRole.UserRole:
            return row.finding_id
        return None


class FindingsQueueDialog(QDialog):
    """The supervisor's queue. ``finding_opened`` (case id, finding id) asks the window to show
    that case's Audit tab at the finding; the dialog stays open to come back to."""

    finding_opened = Signal(str, str)

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(self.tr("Findings queue"))
        self.model = QueueModel(self)
        self.all: list[Finding] = []
        self.error = ""
        layout = QVBoxLayout(self)
        self.intro = QLabel(self.tr(
            "Every open finding on the cases you audit, most severe first. Open one (Enter or "
            "double-click) to read its record and sign it off on the case's Audit tab."))
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        bar = QHBoxLayout()
        self.severity = QComboBox()
        self.severity.setAccessibleName(self.tr("Filter by severity"))
        self.severity.addItem(self.tr("All severities"), "")
        for s in SEVERITIES:
            self.severity.addItem(self.tr("%1 or worse").replace("%1", tr(SEVERITY_WORDS[s]))
                                  if s != "critical" else tr(SEVERITY_WORDS[s]), s)
        self.case = QComboBox()
        self.case.setAccessibleName(self.tr("Filter by case"))
        self.rule = QComboBox()
        self.rule.setAccessibleName(self.tr("Filter by rule"))
        for label, combo in ((self.tr("&Severity:"), self.severity), (self.tr("&Case:"), self.case),
                             (self.tr("&Rule:"), self.rule)):
            text = QLabel(label)
            text.setBuddy(combo)
            bar.addWidget(text)
            bar.addWidget(combo, 1 if combo is self.rule else 0)
        layout.addLayout(bar)
        self.table = table_view(self.model, self.tr("Open findings"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty)
        self.count = QLabel()
        layout.addWidget(self.count)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = buttons.addButton(self.tr("&Open finding"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setToolTip(self.tr("Show this finding on its case's Audit tab (Enter)"))
        buttons.rejected.connect(self.reject)
        self.open_button.clicked.connect(self.open_current)
        layout.addWidget(buttons)
        self.table.activated.connect(self._activated)
        self.refresh_shortcut = QShortcut(QKeySequence("F5"), self)
        self.refresh_shortcut.activated.connect(self.reload)
        for combo in (self.severity, self.case, self.rule):
            combo.currentIndexChanged.connect(self._filter)
        self.table.selectionModel().currentRowChanged.connect(
            lambda *_: self.open_button.setEnabled(self.table.currentIndex().isValid()))
        self.resize(900, 520)
        self.reload()

    def reload(self) -> None:
        """Read the open findings again (F5); the filters stay."""
        self.error = ""
        try:
            self.all = self.ws.findings.open()
        except TriadError as exc:  # a surrogate partner, say: shown, not raised
            self.all = []
            self.error = message_for(exc)
        self.model.records = {}
        for f in self.all:  # what each finding points to, in words (an entry's kind)
            entry = self.ws.log.get(f.record_id)
            self.model.records[f.record_id] = kind_words(entry.kind) if entry is not None \
                else self.tr("Member credential")
        self._fill(self.case, self.tr("All cases"),
                   sorted({(f.case_code, f.case_id) for f in self.all}))
        self._fill(self.rule, self.tr("All rules"),
                   sorted({(rule_words(f.rule_id), f.rule_id) for f in self.all}))
        self._filter()

    @staticmethod
    def _fill(combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, "")
        for text, data in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)

    def _filter(self) -> None:
        severity, case, rule = (c.currentData() for c in (self.severity, self.case, self.rule))
        limit = SEVERITIES.index(severity) if severity else len(SEVERITIES)
        rows = [f for f in self.all if SEVERITIES.index(f.severity) <= limit
                and (not case or f.case_id == case) and (not rule or f.rule_id == rule)]
        self.model.set_rows(rows)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.empty.setText(self.error or (self.tr(
            "No open findings: every finding on your cases is signed off or resolved.")
            if not self.all else self.tr("No open finding matches these filters. Choose "
                                         "All in a filter to see more.")))
        self.count.setText(self.tr("%1 of %2 open findings shown").replace(
            "%1", str(len(rows))).replace("%2", str(len(self.all))))
        if rows:
            self.table.selectRow(0)
        self.open_button.setEnabled(bool(rows))

    def selected(self) -> Finding | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() and self.model.rows else None

    def _activated(self, _index: QModelIndex) -> None:
        self.open_current()

    def open_current(self) -> None:
        f = self.selected()
        if f is not None:
            self.finding_opened.emit(f.case_id, f.finding_id)
